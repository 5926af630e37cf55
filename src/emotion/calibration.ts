import { LEXICONS } from '../lexicon/compiled.ts';
import type { Emotion } from '../types.ts';
import { EMOTIONS } from '../lexicon/index.ts';

export interface Calibration {
  bias: Record<Emotion, number>;
  modelScale: Record<Emotion, number>;
  cueScale: Record<Emotion, number>;
  threshold: Record<Emotion, number>;
  /** The same numbers in EMOTIONS order, for the hot path. */
  byIndex: { bias: Float64Array; modelScale: Float64Array; cueScale: Float64Array; threshold: Float64Array };
}

const zero = (): Record<Emotion, number> => ({ frustration: 0, anger: 0, anxiety: 0, confusion: 0, urgency: 0, gratitude: 0 });

let cached: Calibration | undefined;

/** Per-emotion offsets, model and cue scales, and thresholds from lexicons/learned/calibration.tsv. */
export function calibration(): Calibration {
  if (cached) return cached;
  const c: Calibration = {
    bias: zero(), modelScale: zero(), cueScale: zero(), threshold: zero(),
    byIndex: { bias: new Float64Array(6), modelScale: new Float64Array(6), cueScale: new Float64Array(6), threshold: new Float64Array(6) },
  };
  for (const r of LEXICONS['learned/calibration'] ?? []) {
    const e = r[0] as Emotion;
    c.bias[e] = Number(r[1]);
    c.modelScale[e] = Number(r[2]);
    c.cueScale[e] = Number(r[3]);
    c.threshold[e] = Number(r[4]);
  }
  EMOTIONS.forEach((e, k) => {
    c.byIndex.bias[k] = c.bias[e];
    c.byIndex.modelScale[k] = c.modelScale[e];
    c.byIndex.cueScale[k] = c.cueScale[e];
    c.byIndex.threshold[k] = c.threshold[e];
  });
  cached = c;
  return c;
}
