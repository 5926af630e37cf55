/** What a message contains, so signals with nothing to find can skip their pass. A known word's share is precomputed (`hasFlags` in src/lexicon/index.ts). */
export const HAS_NUMBER = 1;
export const HAS_CAPS = 2;
export const HAS_REPEATED_MARK = 4;
export const HAS_ELONGATION = 8;
export const HAS_SARCASM_OPENER = 16;
export const HAS_MODIFIER = 32;
export const HAS_NEGATED_POSITIVE = 64;
export const HAS_TIME_WORD = 128;
