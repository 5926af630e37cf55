import { lexicon, NO_INFO, type WordInfo } from '../lexicon/index.ts';
import { negationScope } from './negation.ts';
import { collapseElongation, F_ELONGATED, WORD, tokenize, type Token } from './tokenize.ts';

export interface Prepared {
  text: string;
  tokens: Token[];
  /** What the lexicons know about each token (parallel to `tokens`). */
  infos: WordInfo[];
  /** 1 where the token lies in a negation scope. */
  negated: Uint8Array;
}

/**
 * The shared text pipeline: tokenize; normalize words in place (elongation
 * "sooo" -> "so" when that is a known word, typed variants "dont" -> "don't");
 * look each word up once; mark negation scopes.
 */
export function prepare(text: string): Prepared {
  const { words } = lexicon();
  const tokens = tokenize(text);
  const infos = new Array<WordInfo>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let info = words.get(t.norm);
    if (t.kind === WORD) {
      if (t.flags & F_ELONGATED && !info) {
        const two = collapseElongation(t.norm, 2);
        const one = collapseElongation(t.norm, 1);
        t.norm = words.has(two) || !words.has(one) ? two : one;
        info = words.get(t.norm);
      }
      if (info?.variant !== undefined) {
        t.norm = info.variant;
        info = words.get(t.norm);
      }
    }
    infos[i] = info ?? NO_INFO;
  }
  const negated = negationScope(tokens, infos);
  return { text, tokens, infos, negated };
}
