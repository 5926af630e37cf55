import { detectEmotions } from '../src/index.ts';
import type { Emotion } from '../src/types.ts';

/** Strength of one emotion. */
export const strength = (text: string, e: Emotion): number => detectEmotions(text).emotions[e];
/** Evidence sources that raised `e`. */
export const sources = (text: string, e: Emotion): string[] =>
  detectEmotions(text).evidence.filter((ev) => ev.emotion === e && ev.weight > 0).map((ev) => ev.source);
/** Evidence texts that moved `e` in the given direction. */
export const spans = (text: string, e: Emotion, sign: 1 | -1 = 1): string[] =>
  detectEmotions(text).evidence.filter((ev) => ev.emotion === e && Math.sign(ev.weight) === sign).map((ev) => ev.text);
export const detected = (text: string): Emotion[] => detectEmotions(text).detected;
