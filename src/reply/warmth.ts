/**
 * Expressed warmth, compassion and concern, from the learned model in
 * lexicons/learned/empathy.tsv (fitted on GoEmotions train by `npm run fit -- --model empathy`,
 * labels caring | remorse | optimism). Same features as the emotion model: normalized words,
 * `not:`word in a negation scope, emoji. Returns a probability 0..1.
 */
import { LEXICONS } from '../lexicon/compiled.ts';
import { forEachFeature } from '../emotion/features.ts';
import type { Prepared } from '../text/prepare.ts';

interface WarmthModel {
  bias: number;
  weights: Map<string, number>;
}

let cached: WarmthModel | undefined;

function model(): WarmthModel {
  if (cached) return cached;
  const weights = new Map<string, number>();
  let bias = 0;
  for (const r of LEXICONS['learned/empathy'] ?? []) {
    if (r[0] === '__bias__') bias = Number(r[1]);
    else weights.set(String(r[0]), Number(r[1]));
  }
  cached = { bias, weights };
  return cached;
}

/** Probability that the text expresses warmth, compassion or concern. */
export function warmth(p: Prepared): number {
  const m = model();
  if (m.weights.size === 0) return 0;
  let z = m.bias;
  forEachFeature(p, (f) => {
    z += m.weights.get(f) ?? 0;
  });
  return 1 / (1 + Math.exp(-z));
}
