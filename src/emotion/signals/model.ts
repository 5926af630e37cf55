import type { Context } from '../context.ts';
import { MODEL_EMOTIONS } from '../../lexicon/index.ts';
import type { Emotion } from '../../types.ts';

let epoch = 0;

let lastScale: Readonly<Record<Emotion, number>> | undefined;
let lastRow = new Float64Array(MODEL_EMOTIONS.length);
/** The scales in MODEL_EMOTIONS order, rebuilt only when a different scale object comes in. */
function scaleRow(scale: Readonly<Record<Emotion, number>>): Float64Array {
  if (scale !== lastScale) {
    lastRow = Float64Array.from(MODEL_EMOTIONS, (e) => scale[e]);
    lastScale = scale;
  }
  return lastRow;
}

/**
 * The learned linear model (lexicons/learned/goemotions.tsv): each distinct
 * feature (word, `not:`word in a negation scope, emoji; see ../features.ts)
 * adds its fitted weight, scaled per emotion by the calibration. Returns the
 * summed logit per model emotion; evidence is kept for features whose scaled
 * weight reaches the context's `minEvidence`.
 */
export function model(ctx: Context, scale: Readonly<Record<Emotion, number>>): number[] {
  const sums = [0, 0, 0, 0, 0];
  const { tokens, infos, negated } = ctx;
  // Binary features: each feature counts once per message. A per-call stamp on the word's
  // entry marks it as seen without allocating a Set per call.
  const stamp = ++epoch;
  const scales = scaleRow(scale);
  const at = ctx.at.model; // words, emoji and emoticons with weights
  for (let c = 0; c < at.length; c++) {
    const i = at[c]!;
    const info = infos[i]!;
    let w: Float64Array | undefined;
    if (negated[i]) {
      w = info.modelNegated;
      if (!w || info.stampNegated === stamp) continue;
      info.stampNegated = stamp;
    } else {
      w = info.model;
      if (!w || info.stamp === stamp) continue;
      info.stamp = stamp;
    }
    for (let k = 0; k < w.length; k++) {
      let v = w[k]! * scales[k]!;
      if (k === 4 && v > 0) v *= ctx.gratitudeFactor(tokens[i]!.sentence); // gratitude column
      if (v === 0) continue;
      sums[k]! += v;
      if (Math.abs(v) >= ctx.minEvidence) ctx.add(MODEL_EMOTIONS[k]!, v, i, i + 1, 'model:goemotions');
    }
  }
  return sums;
}
