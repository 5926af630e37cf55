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

/**
 * Share of its weight a warm word keeps inside a stock phrase: "please accept our apologies"
 * is a formula, not felt, so "apologies" counts for little there (as acknowledgement phrases do
 * in the empathy rule, CANNED_SHARE).
 */
export const CANNED_WARMTH_SHARE = 0.2;

/**
 * Probability that the text expresses warmth, compassion or concern. `canned[i] === 1` marks
 * token i as inside a stock phrase: its positive weight then counts CANNED_WARMTH_SHARE.
 */
export function warmth(p: Prepared, canned?: readonly number[]): number {
  const m = model();
  if (m.weights.size === 0) return 0;
  let z = m.bias;
  forEachFeature(p, (f, i) => {
    const w = m.weights.get(f) ?? 0;
    z += w > 0 && canned !== undefined && canned[i] === 1 ? w * CANNED_WARMTH_SHARE : w;
  });
  return 1 / (1 + Math.exp(-z));
}
