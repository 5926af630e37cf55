import { lexicon } from '../lexicon/index.ts';
import { negationScope } from './negation.ts';
import { normalizeTokens } from './normalize.ts';
import { tokenize, type Token } from './tokenize.ts';

export interface Prepared {
  text: string;
  tokens: Token[];
  /** 1 where the token lies in a negation scope. */
  negated: Uint8Array;
}

/** The shared text pipeline: tokenize, normalize, negation scope. */
export function prepare(text: string): Prepared {
  const lex = lexicon();
  const tokens = tokenize(text);
  normalizeTokens(tokens, { variants: lex.variants, isKnown: (w) => lex.known.has(w) });
  const negated = negationScope(tokens, (w) => lex.negators.has(w), (w) => lex.breakers.has(w));
  return { text, tokens, negated };
}
