/**
 * heard: detect customer emotion in support messages.
 * This is the one public entry point.
 */
export { detectEmotions } from './emotion/detect.ts';
export { EMOTIONS } from './lexicon/index.ts';
export type { DetectOptions, Emotion, EmotionEvidence, EmotionReport, Span } from './types.ts';
