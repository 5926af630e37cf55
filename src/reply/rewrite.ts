/**
 * Turning a matched lexicon phrase into a finding with its suggestion: a drop-in
 * replacement (capitalized like the original), a deletion that leaves the sentence
 * well-formed, or an example rewrite when only a person can rewrite it safely.
 */
import { PUNCT, WORD } from '../text/tokenize.ts';
import type { Suggestion } from '../types.ts';
import type { ReplyDoc } from './document.ts';
import type { Rewrite } from './lexicon.ts';
import type { PhraseMatch } from './phrases.ts';
import type { Report } from './rule.ts';

export function capitalizeLike(original: string, s: string): string {
  const c = original.charCodeAt(0);
  return c >= 65 && c <= 90 && s.length > 0 ? s[0]!.toUpperCase() + s.slice(1) : s;
}

const TERMINAL = new Set(['.', '!', '?', '...']);

/** A word that can safely start a sentence in capitals: lower-case letters only ("refunds", not "iPhone"). */
function capitalizable(word: string): boolean {
  return /^[a-z][a-z']*$/.test(word);
}

/**
 * How to delete match m so that the sentence stays well formed, or undefined when only a
 * person can: the whole sentence; an opening phrase (with its comma or colon), re-capitalizing
 * the next word; a phrase between two words; a closing ", unfortunately" before the stop.
 */
function deletion(doc: ReplyDoc, m: PhraseMatch<Rewrite>): { start: number; end: number; replacement: string } | undefined {
  const { tokens, text } = doc;
  const s = tokens[m.first]!.sentence;
  const before = m.first > 0 && tokens[m.first - 1]!.sentence === s ? tokens[m.first - 1] : undefined;
  const after = tokens[m.last] && tokens[m.last]!.sentence === s ? tokens[m.last] : undefined;
  const endsSentence = !after || (after.kind === PUNCT && TERMINAL.has(after.norm));
  if (!before && endsSentence) {
    // The whole sentence: take its stop and the spaces after it.
    let start = m.start;
    let end = after ? after.end : m.end;
    while (end < text.length && (text.charCodeAt(end) === 32 || text.charCodeAt(end) === 9)) end++;
    // Last in its line: take the spaces before it instead.
    if (end === text.length || text.charCodeAt(end) === 10 || text.charCodeAt(end) === 13) {
      while (start > 0 && (text.charCodeAt(start - 1) === 32 || text.charCodeAt(start - 1) === 9)) start--;
    }
    return { start, end, replacement: '' };
  }
  if (!before && after) {
    let next = after;
    let k = m.last;
    if (after.kind === PUNCT && (after.norm === ',' || after.norm === ':')) next = tokens[++k]!;
    if (!next || next.sentence !== s || next.kind !== WORD) return undefined;
    const word = text.slice(next.start, next.end);
    if (!capitalizable(word)) return undefined;
    return { start: m.start, end: next.end, replacement: word[0]!.toUpperCase() + word.slice(1) };
  }
  if (before && after && before.kind !== PUNCT && after.kind !== PUNCT && text.charCodeAt(m.start - 1) === 32) {
    return { start: m.start - 1, end: m.end, replacement: '' };
  }
  if (before && before.kind === PUNCT && before.norm === ',' && endsSentence && after) {
    return { start: before.start, end: m.end, replacement: '' };
  }
  return undefined;
}

/** A report for `m` with the suggestion its lexicon row allows. */
export function phraseReport(doc: ReplyDoc, m: PhraseMatch<Rewrite>, message: string): Report {
  const { text } = doc;
  const matched = text.slice(m.start, m.end);
  const { action, alternative } = m.entry.data;
  const suggestions: Suggestion[] = [];
  let { start, end } = m;
  if (action === 'replace' && alternative !== undefined) {
    const replacement = capitalizeLike(matched, alternative);
    suggestions.push({ message: `Write “${replacement}” instead.`, replacement });
  } else if (action === 'delete') {
    const del = deletion(doc, m);
    if (del) {
      start = del.start;
      end = del.end;
      suggestions.push({ message: `Delete “${matched}”: it adds nothing.`, replacement: del.replacement });
    } else suggestions.push({ message: `Delete “${matched}” and reword the sentence around it: it adds nothing.` });
  } else {
    suggestions.push({ message: alternative ? `Rewrite it in your own words, for example: “${alternative}”` : 'Rewrite it in your own words.' });
  }
  return { start, end, message, suggestions };
}

/** `matches` without those whose text is on `allow` (case-insensitive, spacing ignored). */
export function allowed<M extends { start: number; end: number }>(text: string, matches: M[], allow: readonly string[]): M[] {
  if (allow.length === 0) return matches;
  const key = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();
  const ok = new Set(allow.map(key));
  return matches.filter((m) => !ok.has(key(text.slice(m.start, m.end))));
}
