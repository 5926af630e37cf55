/** The six customer emotions heard detects. */
export type Emotion = 'frustration' | 'anger' | 'anxiety' | 'confusion' | 'urgency' | 'gratitude';

/** A range of the input: UTF-16 code unit offsets, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** One thing in the text that moved one emotion, and by how much. */
export interface EmotionEvidence extends Span {
  emotion: Emotion;
  /** Always `input.slice(start, end)`. */
  text: string;
  /** Contribution on the logit scale: positive raises the emotion, negative lowers it. */
  weight: number;
  /** Which signal produced it, e.g. `lexicon:frustration`, `signal:caps`, `model:goemotions`. */
  source: string;
}

export interface EmotionReport {
  /** Strength 0..1 for every emotion (a calibrated probability-like score). */
  emotions: Record<Emotion, number>;
  /** Emotions at or above their decision threshold, strongest first. */
  detected: Emotion[];
  /** `detected[0] ?? null`. */
  primary: Emotion | null;
  /** 0..1: how emotionally charged the message is overall. */
  intensity: number;
  /** What caused each emotion, sorted by start. */
  evidence: EmotionEvidence[];
}

export interface DetectOptions {
  /**
   * Decision thresholds per emotion (0..1) replacing the defaults, for callers that
   * prefer precision or recall.
   */
  thresholds?: Partial<Record<Emotion, number>>;
  /** Include model evidence (learned word weights) whose |weight| is at least this. Default 0.4. */
  minEvidenceWeight?: number;
}
