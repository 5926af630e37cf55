/**
 * Turning a matched lexicon phrase into a finding with its suggestion: a drop-in
 * replacement (capitalized like the original), a deletion that leaves the sentence
 * well-formed, or an example rewrite when only a person can rewrite it safely.
 */
import { PUNCT } from '../text/tokenize.ts';
import type { Suggestion } from '../types.ts';
import type { ReplyDoc } from './document.ts';
import type { Rewrite } from './lexicon.ts';
import type { PhraseMatch } from './phrases.ts';
import type { Report } from './rule.ts';

function capitalizeLike(original: string, s: string): string {
  const c = original.charCodeAt(0);
  return c >= 65 && c <= 90 && s.length > 0 ? s[0]!.toUpperCase() + s.slice(1) : s;
}

/** A report for `m` with the suggestion its lexicon row allows. */
export function phraseReport(doc: ReplyDoc, m: PhraseMatch<Rewrite>, message: string): Report {
  const { text, tokens } = doc;
  const matched = text.slice(m.start, m.end);
  const { action, alternative } = m.entry.data;
  const suggestions: Suggestion[] = [];
  let { start, end } = m;
  if (action === 'replace' && alternative !== undefined) {
    const replacement = capitalizeLike(matched, alternative);
    suggestions.push({ message: `Write “${replacement}” instead.`, replacement });
  } else if (action === 'delete') {
    // Take a following comma with the phrase; at a sentence start, re-capitalize the next word.
    let last = m.last;
    const comma = tokens[last];
    if (comma && comma.kind === PUNCT && comma.norm === ',' && comma.sentence === tokens[m.first]!.sentence) last++;
    const next = tokens[last];
    const sentenceStart = m.first === 0 || tokens[m.first - 1]!.sentence !== tokens[m.first]!.sentence;
    if (next && next.sentence === tokens[m.first]!.sentence && sentenceStart) {
      end = next.end;
      const word = text.slice(next.start, next.end);
      suggestions.push({ message: `Delete “${matched}”: it adds nothing.`, replacement: word[0]!.toUpperCase() + word.slice(1) });
    } else {
      end = last > m.last ? tokens[last - 1]!.end : m.end;
      // Also take the space before, so no double space is left.
      if (start > 0 && text.charCodeAt(start - 1) === 32) start--;
      suggestions.push({ message: `Delete “${matched}”: it adds nothing.`, replacement: '' });
    }
  } else {
    suggestions.push({ message: alternative ? `Rewrite it in your own words, for example: “${alternative}”` : 'Rewrite it in your own words.' });
  }
  return { start, end, message, suggestions };
}
