import type { Prepared } from '../text/prepare.ts';
import { EMOJI, EMOTICON, WORD } from '../text/tokenize.ts';

/**
 * Features the learned model sees: each word's normalized form, prefixed with
 * `not:` inside a negation scope, plus emoji and emoticons. `onFeature` gets each
 * distinct feature once, with the index of its first token.
 */
export function forEachFeature(p: Prepared, onFeature: (feature: string, tokenIndex: number) => void): void {
  const seen = new Set<string>();
  const { tokens, negated } = p;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== WORD && t.kind !== EMOJI && t.kind !== EMOTICON) continue;
    const f = negated[i] ? 'not:' + t.norm : t.norm;
    if (seen.has(f)) continue;
    seen.add(f);
    onFeature(f, i);
  }
}
