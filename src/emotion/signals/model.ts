import type { Context } from '../context.ts';
import { MODEL_EMOTIONS } from '../../lexicon/index.ts';
import { forEachFeature } from '../features.ts';
import type { Prepared } from '../../text/prepare.ts';
import type { Emotion } from '../../types.ts';

/**
 * The learned linear model (lexicons/learned/goemotions.tsv): each distinct
 * word feature adds its fitted weight, scaled per emotion by the calibration.
 * Returns the summed logit per model emotion; evidence is kept for features
 * whose scaled weight reaches the context's `minEvidence`.
 */
export function model(ctx: Context, p: Prepared, scale: Readonly<Record<Emotion, number>>): Float64Array {
  const sums = new Float64Array(MODEL_EMOTIONS.length);
  const weights = ctx.lex.model;
  if (weights.size === 0) return sums;
  forEachFeature(p, (feature, i) => {
    const w = weights.get(feature);
    if (!w) return;
    const s = p.tokens[i]!.sentence;
    for (let k = 0; k < w.length; k++) {
      const emotion = MODEL_EMOTIONS[k]!;
      let v = w[k]! * scale[emotion];
      if (emotion === 'gratitude' && v > 0) v *= ctx.gratitudeFactor.get(s) ?? 1;
      if (v === 0) continue;
      sums[k]! += v;
      if (Math.abs(v) >= ctx.minEvidence) ctx.add(emotion, v, i, i + 1, 'model:goemotions');
    }
  });
  return sums;
}
