import type { Context } from '../context.ts';
import { MODEL_EMOTIONS } from '../../lexicon/index.ts';
import { EMOJI, EMOTICON, WORD } from '../../text/tokenize.ts';
import type { Emotion } from '../../types.ts';

/**
 * The learned linear model (lexicons/learned/goemotions.tsv): each distinct
 * feature (word, `not:`word in a negation scope, emoji; see ../features.ts)
 * adds its fitted weight, scaled per emotion by the calibration. Returns the
 * summed logit per model emotion; evidence is kept for features whose scaled
 * weight reaches the context's `minEvidence`.
 */
export function model(ctx: Context, scale: Readonly<Record<Emotion, number>>): Float64Array {
  const sums = new Float64Array(MODEL_EMOTIONS.length);
  const { tokens, infos, negated } = ctx;
  const seen = new Set<Float64Array>();
  const scales = MODEL_EMOTIONS.map((e) => scale[e]);
  for (let i = 0; i < tokens.length; i++) {
    const kind = tokens[i]!.kind;
    if (kind !== WORD && kind !== EMOJI && kind !== EMOTICON) continue;
    const info = infos[i]!;
    const w = negated[i] ? info.modelNegated : info.model;
    if (!w || seen.has(w)) continue;
    seen.add(w);
    const gratitude = ctx.gratitudeFactor.get(tokens[i]!.sentence) ?? 1;
    for (let k = 0; k < w.length; k++) {
      let v = w[k]! * scales[k]!;
      if (k === 4 && v > 0) v *= gratitude; // gratitude column
      if (v === 0) continue;
      sums[k]! += v;
      if (Math.abs(v) >= ctx.minEvidence) ctx.add(MODEL_EMOTIONS[k]!, v, i, i + 1, 'model:goemotions');
    }
  }
  return sums;
}
