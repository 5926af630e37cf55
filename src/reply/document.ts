/**
 * A reply prepared once for every rule: tokens (placeholders turned into single tokens),
 * sentences, the greeting and the sign-off. Pure and linear in the reply length.
 */
import { prepare, type Prepared } from '../text/prepare.ts';
import { PUNCT, WORD, type Token } from '../text/tokenize.ts';
import { findPlaceholders, type Placeholder } from './placeholders.ts';

/** `norm` of the token that stands for a placeholder of each kind. */
export const PLACEHOLDER_NORM = { name: '{name}', agent: '{agent}', other: '{field}' } as const;

export interface Sentence {
  /** Token indices, end-exclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
  /** Words (WORD tokens, placeholders included) in the sentence. */
  words: number;
}

export interface ReplyDoc {
  text: string;
  tokens: Token[];
  placeholders: Placeholder[];
  sentences: Sentence[];
  /** WORD tokens in the reply. */
  words: number;
  /** "Hi Maria," / "Dear customer,": token range of the salutation, if the reply opens with one. */
  greeting: { first: number; last: number } | undefined;
  /** First token of the sign-off ("Best, Sam"), or tokens.length when there is none. */
  signoffAt: number;
  /**
   * The emotion pipeline's view of the reply (placeholders masked): normalized words ("dont" ->
   * "don't"), their lexicon entries and negation scopes, read by the warmth model. `tokens`
   * above are these tokens with each placeholder turned into one token.
   */
  prepared: Prepared;
}

const GREETINGS = new Set(['hi', 'hello', 'hey', 'dear', 'greetings', 'howdy', 'hiya', 'morning', 'afternoon', 'evening']);
/** Titles that may stand between a greeting and a name ("Dear Ms. Lopez"). */
export const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof']);
const SIGNOFFS = new Set(['best', 'regards', 'cheers', 'sincerely', 'thanks', 'thank', 'warmly', 'kind', 'warm', 'all', 'talk', 'speak', 'take']);

function maskPlaceholders(text: string, placeholders: readonly Placeholder[]): string {
  if (placeholders.length === 0) return text;
  let out = '';
  let at = 0;
  for (const p of placeholders) {
    const len = p.end - p.start;
    out += text.slice(at, p.start) + (p.malformed ? ' '.repeat(len) : ' ' + 'p'.repeat(Math.max(0, len - 2)) + ' ');
    at = p.end;
  }
  return out + text.slice(at);
}

export function readReply(text: string): ReplyDoc {
  const placeholders = findPlaceholders(text);
  const prepared = prepare(maskPlaceholders(text, placeholders));
  const raw = prepared.tokens;
  // Each well-formed placeholder is one masked word: give it the placeholder's span and norm.
  let p = 0;
  const tokens: Token[] = [];
  for (const t of raw) {
    while (p < placeholders.length && placeholders[p]!.end <= t.start) p++;
    const ph = placeholders[p];
    if (ph && !ph.malformed && t.start >= ph.start && t.end <= ph.end) {
      tokens.push({ ...t, start: ph.start, end: ph.end, norm: PLACEHOLDER_NORM[ph.kind], kind: WORD, flags: 0 });
    } else tokens.push(t);
  }
  const sentences: Sentence[] = [];
  let words = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === WORD) words++;
    const s = sentences[sentences.length - 1];
    if (!s || tokens[s.first]!.sentence !== t.sentence) {
      sentences.push({ first: i, last: i + 1, start: t.start, end: t.end, words: t.kind === WORD ? 1 : 0 });
    } else {
      s.last = i + 1;
      s.end = t.end;
      if (t.kind === WORD) s.words++;
    }
  }
  return { text, tokens, placeholders, sentences, words, greeting: greetingOf(tokens), signoffAt: signoffOf(tokens, sentences), prepared };
}

function greetingOf(tokens: readonly Token[]): ReplyDoc['greeting'] {
  const t = tokens[0];
  if (!t || t.kind !== WORD) return undefined;
  let first = 0;
  if (t.norm === 'good' && tokens[1] && GREETINGS.has(tokens[1].norm)) first = 0;
  else if (!GREETINGS.has(t.norm) || t.norm === 'morning' || t.norm === 'afternoon' || t.norm === 'evening') return undefined;
  // The salutation runs to the first comma, stop, "!" or line break, at most six words; a comma
  // right after the greeting word ("Hello, Maria!") and the stop after a title ("Ms. Lopez") do
  // not end it.
  let last = first + (t.norm === 'good' ? 2 : 1);
  if (tokens[last]?.norm === ',' && tokens[last + 1]?.kind === WORD && tokens[last + 1]!.sentence === t.sentence &&
      tokens[last + 2] && (tokens[last + 2]!.kind === PUNCT || tokens[last + 2]!.sentence !== t.sentence)) last++;
  const end = Math.min(tokens.length, first + 8);
  while (last < end) {
    const x = tokens[last]!;
    if (x.kind === PUNCT && x.norm === '.' && TITLES.has(tokens[last - 1]!.norm) && tokens[last + 1]?.kind === WORD) { last++; continue; }
    if (x.kind === PUNCT || (x.sentence !== tokens[last - 1]!.sentence && tokens[last - 1]!.norm !== '.')) break;
    last++;
  }
  return { first, last };
}

function signoffOf(tokens: readonly Token[], sentences: readonly Sentence[]): number {
  // From the end: name-only lines, then a short closing line ("Best,", "Thanks again,").
  for (let k = sentences.length - 1; k >= 1 && k >= sentences.length - 3; k--) {
    const s = sentences[k]!;
    const head = tokens[s.first]!;
    if (s.words <= 3 && SIGNOFFS.has(head.norm)) return s.first;
  }
  return tokens.length;
}
