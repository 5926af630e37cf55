import type { WordInfo } from '../lexicon/index.ts';
import { PUNCT, WORD, type Token } from './tokenize.ts';

/** Punctuation that never ends a scope (apostrophes, hyphens, quotes inside a clause). */
const SOFT_PUNCT = new Set(["'", '"', '-', '\u2014', '\u2013', '*', '/', '&']);

/**
 * Negation scope as a left-to-right state machine: a scope opens after a negator and covers
 * up to `maxWords` words, ending early at clause punctuation, a sentence end or a scope
 * breaker ("not angry, just confused"). prepare() feeds it each token in its own pass.
 */
export class NegationScope {
  private remaining = 0;
  private sentence = -1;
  constructor(private readonly maxWords = 4) {}

  /** 1 if `t` (whose lexicon entry is `info`) lies in a negation scope, else 0. */
  step(t: Token, info: WordInfo): number {
    if (t.sentence !== this.sentence) { this.remaining = 0; this.sentence = t.sentence; }
    if (t.kind === PUNCT) {
      if (!SOFT_PUNCT.has(t.norm)) this.remaining = 0;
      return 0;
    }
    if (t.kind !== WORD) return 0;
    if (info.negator) { this.remaining = this.maxWords; return 0; }
    if (this.remaining === 0) return 0;
    if (info.breaker) { this.remaining = 0; return 0; }
    this.remaining--;
    return 1;
  }
}
