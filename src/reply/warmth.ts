/**
 * Expressed warmth, compassion and concern, from the learned model in
 * lexicons/learned/empathy.tsv (fitted on GoEmotions train by `npm run fit -- --model empathy`,
 * labels caring | remorse | optimism). Same features as the emotion model: normalized words,
 * `not:`word in a negation scope, emoji. Returns a probability 0..1.
 */
import { LEXICONS } from '../lexicon/compiled.ts';
import { forEachFeature } from '../emotion/features.ts';
import type { Prepared } from '../text/prepare.ts';
import { EMOJI, EMOTICON, WORD } from '../text/tokenize.ts';

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

/** The features with at least one copy outside the marked tokens. */
function featuresOutside(p: Prepared, canned: readonly number[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < p.tokens.length; i++) {
    if (canned[i] === 1) continue;
    const t = p.tokens[i]!;
    if (t.kind === WORD || t.kind === EMOJI || t.kind === EMOTICON) out.add(p.negated[i] ? 'not:' + t.norm : t.norm);
  }
  return out;
}

/**
 * Share of its weight a warm word keeps inside a stock phrase: "please accept our apologies"
 * is a formula, not felt, so "apologies" counts for little there (as acknowledgement phrases do
 * in the empathy rule, CANNED_SHARE).
 */
export const CANNED_WARMTH_SHARE = 0.2;

/**
 * Probability that the text expresses warmth, compassion or concern. `canned[i] === 1` marks
 * token i as inside a stock phrase: a warm word found only there counts CANNED_WARMTH_SHARE.
 */
export function warmth(p: Prepared, canned?: readonly number[]): number {
  const m = model();
  if (m.weights.size === 0) return 0;
  // A feature counts once; it is discounted only when every copy of it is inside a stock phrase
  // ("Sorry for any inconvenience. I'm so sorry this happened": the second "sorry" is felt).
  const outside = canned === undefined ? undefined : featuresOutside(p, canned);
  let z = m.bias;
  forEachFeature(p, (f) => {
    const w = m.weights.get(f) ?? 0;
    z += w > 0 && outside !== undefined && !outside.has(f) ? w * CANNED_WARMTH_SHARE : w;
  });
  return 1 / (1 + Math.exp(-z));
}
