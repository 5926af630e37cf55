/**
 * Bootstrap confidence intervals, paired across rule sets: every rule set is measured on the
 * same resamples of a task's items, so a difference's interval reflects only disagreement
 * between the rule sets, not which items happened to be drawn. Seeded, so runs repeat.
 */
import { mulberry32 } from '../rng.ts';
import type { Estimate } from './types.ts';

/** `b` resamples (with replacement) of n item indices. */
export function resamples(n: number, b: number, seed: number): Int32Array[] {
  const next = mulberry32(seed);
  const out: Int32Array[] = [];
  for (let k = 0; k < b; k++) {
    const idx = new Int32Array(n);
    for (let i = 0; i < n; i++) idx[i] = Math.floor(next() * n);
    out.push(idx);
  }
  return out;
}

export function allIndices(n: number): Int32Array {
  return Int32Array.from({ length: n }, (_, i) => i);
}

/** The 2.5th and 97.5th percentiles of the finite values (NaN when none). */
export function interval(samples: readonly number[]): { lo: number; hi: number } {
  const s = samples.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return { lo: Number.NaN, hi: Number.NaN };
  const at = (q: number): number => s[Math.min(s.length - 1, Math.max(0, Math.round(q * (s.length - 1))))]!;
  return { lo: at(0.025), hi: at(0.975) };
}

export function estimate(value: number, samples: readonly number[]): Estimate {
  return { value, ...interval(samples) };
}

/** A difference is called real when its interval excludes 0. */
export function significant(d: Estimate): boolean {
  return d.lo > 0 || d.hi < 0;
}
