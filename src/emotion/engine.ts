/**
 * What a detector runs: which signals, negation on or off, decision thresholds, and extra cue
 * phrases. The default engine runs everything; createAnalyzer builds others.
 */
import type { PhraseIndex } from '../reply/phrases.ts';
import type { Emotion } from '../types.ts';

/** The signals of detectEmotions, each one a file of src/emotion/signals/ (plus negation scopes). */
export const SIGNALS = ['lexicon', 'negation', 'negated-positive', 'sarcasm', 'signoff', 'caps', 'punctuation', 'time', 'contradiction', 'model'] as const;
export type SignalName = (typeof SIGNALS)[number];

export const SIG: Readonly<Record<SignalName, number>> = Object.fromEntries(SIGNALS.map((s, i) => [s, 1 << i])) as Record<SignalName, number>;
export const ALL_SIGNALS = (1 << SIGNALS.length) - 1;

/** An extra emotion cue: a phrase and how much it moves one emotion (logit scale, like lexicons/emotion/*.tsv). */
export interface EmotionCue {
  phrase: string;
  emotion: Emotion;
  weight: number;
}

export interface EmotionEngine {
  /** SIG bits of the signals that run. */
  signals: number;
  /** Per emotion index, or undefined for the calibrated defaults. */
  thresholds: readonly (number | undefined)[] | undefined;
  /** Extra cues, matched by tokens. */
  cues: PhraseIndex<EmotionCue> | undefined;
  /**
   * Benchmarks only (bench/compare.ts --timing): milliseconds spent per signal, indexed like
   * SIGNALS, plus one last slot for preparing the text; `now` is the clock. Unset in analyzers.
   */
  profile?: { now: () => number; spent: Float64Array } | undefined;
}

export const DEFAULT_EMOTION_ENGINE: EmotionEngine = Object.freeze({ signals: ALL_SIGNALS, thresholds: undefined, cues: undefined });
