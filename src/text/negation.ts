import type { WordInfo } from '../lexicon/index.ts';
import { PUNCT, WORD, type Token } from './tokenize.ts';

/** Punctuation that never ends a scope (apostrophes, hyphens, quotes inside a clause). */
const SOFT_PUNCT = new Set(["'", '"', '-', '\u2014', '\u2013', '*', '/', '&']);

/**
 * Marks the tokens inside a negation scope: from after a negator up to
 * `maxWords` words, ending early at clause punctuation or a scope breaker
 * ("not angry, just confused"). Returns 1 for negated tokens. Linear time.
 */
export function negationScope(
  tokens: readonly Token[],
  infos: readonly WordInfo[],
  maxWords = 4,
): number[] {
  const out = new Array<number>(tokens.length).fill(0);
  let remaining = 0;
  let sentence = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.sentence !== sentence) { remaining = 0; sentence = t.sentence; }
    if (t.kind === PUNCT && !SOFT_PUNCT.has(t.norm)) { remaining = 0; continue; }
    if (t.kind !== WORD) continue;
    if (infos[i]!.negator) { remaining = maxWords; continue; }
    if (remaining > 0) {
      if (infos[i]!.breaker) { remaining = 0; continue; }
      out[i] = 1;
      remaining--;
    }
  }
  return out;
}
