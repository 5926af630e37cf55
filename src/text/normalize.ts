import { collapseElongation, F_ELONGATED, WORD, type Token } from './tokenize.ts';

export interface NormalizeData {
  /** Typed-without-apostrophe contractions and common misspellings -> canonical form. */
  variants: ReadonlyMap<string, string>;
  /** Words any lexicon or the model knows; used to undo elongation ("sooo" -> "so"). */
  isKnown: (word: string) => boolean;
}

/**
 * Rewrites `token.norm` in place: elongated words are collapsed to a known word
 * ("pleeease" -> "please"), typed variants are mapped ("dont" -> "don't").
 */
export function normalizeTokens(tokens: Token[], data: NormalizeData): void {
  for (const t of tokens) {
    if (t.kind !== WORD) continue;
    let norm = t.norm;
    if (t.flags & F_ELONGATED) {
      const two = collapseElongation(norm, 2);
      const one = collapseElongation(norm, 1);
      norm = data.isKnown(two) ? two : data.isKnown(one) ? one : data.variants.has(one) ? one : two;
    }
    const variant = data.variants.get(norm);
    if (variant !== undefined) norm = variant;
    t.norm = norm;
  }
}
