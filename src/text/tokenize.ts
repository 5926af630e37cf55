import { HASH_SEED, hashStep, type WordTable } from './word-table.ts';

/**
 * One-pass tokenizer over UTF-16 code units. Linear in the input length, no
 * regex backtracking, never throws: every code unit is either inside exactly
 * one token or skipped as whitespace. Offsets index the exact input string.
 */

export const WORD = 0;
export const NUM = 1;
export const PUNCT = 2;
export const EMOJI = 3;
export const EMOTICON = 4;
export const URL = 5;
export const MENTION = 6;
export const SYMBOL = 7;
export type TokenKind = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Every letter is upper case and there are at least two of them. */
export const F_CAPS = 1;
/** A letter repeated three or more times in a row ("sooo"). */
export const F_ELONGATED = 2;
/** Written as a hashtag ("#fail"); `norm` omits the `#`. */
export const F_HASHTAG = 4;
/** A line break separates this token from the previous one. */
export const F_NEWLINE = 8;

/** `Token.entry` of a word the table does not hold. */
export const ENTRY_UNKNOWN = -1;
/** `Token.entry` when `tokenize` had no table. */
export const ENTRY_NOT_LOOKED_UP = -2;

export interface Token {
  start: number;
  end: number;
  /** Lower-cased text; typographic apostrophes become `'`; hashtags lose `#`; emoji lose modifiers. */
  norm: string;
  kind: TokenKind;
  flags: number;
  /** Index of the sentence the token belongs to. */
  sentence: number;
  /** Id of `norm` in the word table given to `tokenize`, ENTRY_UNKNOWN or ENTRY_NOT_LOOKED_UP. */
  entry: number;
}

const LETTER_RE = /[\p{L}\p{M}]/u;
const DIGIT_RE = /\p{Nd}/u;

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0 ||
    c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0x202f || (c >= 0x2000 && c <= 0x200a) ||
    c === 0xfeff || c === 0x180e || c === 0x1680 || c === 0x85;
}
function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 0x85;
}
/** Letter test for one code unit or a valid surrogate pair starting at i; returns its length or 0. */
function letterAt(text: string, i: number, c: number): number {
  if (c < 128) return isAsciiLetter(c) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
      if (cp >= 0x1f000 && cp <= 0x1faff) return 0; // emoji plane
      return LETTER_RE.test(text.slice(i, i + 2)) || DIGIT_RE.test(text.slice(i, i + 2)) ? 2 : 0;
    }
    return 0;
  }
  if (c >= 0xdc00 && c <= 0xdfff) return 0;
  if (c === 0x2019 || c === 0x2018) return 0;
  return LETTER_RE.test(text[i] as string) || DIGIT_RE.test(text[i] as string) ? 1 : 0;
}

/** Code point starting at i if it begins an emoji, else 0. */
function emojiAt(text: string, i: number, c: number): number {
  if (c >= 0xd83c && c <= 0xd83e) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
    return 0;
  }
  if ((c >= 0x2600 && c <= 0x27bf) || c === 0x2b50 || c === 0x2b55 || c === 0x231a || c === 0x231b ||
      c === 0x23f0 || c === 0x23f3 || c === 0x2b06 || c === 0x2b07 || c === 0x203c || c === 0x2049) {
    return c;
  }
  return 0;
}

/** Length of the emoji sequence (modifiers, ZWJ joins, keycaps) starting at i. */
function emojiLength(text: string, i: number, firstCp: number): number {
  let j = i + (firstCp > 0xffff ? 2 : 1);
  const n = text.length;
  for (;;) {
    const c = text.charCodeAt(j);
    if (c === 0xfe0f || c === 0xfe0e || c === 0x20e3) { j++; continue; }
    if (c === 0xd83c) { // skin tones 1F3FB..1F3FF
      const d = text.charCodeAt(j + 1);
      if (d >= 0xdffb && d <= 0xdfff) { j += 2; continue; }
      // regional indicator pair continuation
      if (firstCp >= 0x1f1e6 && firstCp <= 0x1f1ff && d >= 0xdde6 && d <= 0xddff && j === i + 2) { j += 2; continue; }
    }
    if (c === 0x200d && j + 1 < n) {
      const next = emojiAt(text, j + 1, text.charCodeAt(j + 1));
      if (next) { j += 1 + (next > 0xffff ? 2 : 1); continue; }
    }
    return j - i;
  }
}

/** Strip variation selectors and skin tones so "👍🏽" and "👍" share a lexicon entry. */
function emojiNorm(s: string): string {
  let out = '';
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 0xfe0f || c === 0xfe0e) continue;
    if (c === 0xd83c) {
      const d = s.charCodeAt(k + 1);
      if (d >= 0xdffb && d <= 0xdfff) { k++; continue; }
    }
    out += s[k];
  }
  return out;
}

const EYES = ':;=8';
const NOSES = "-'^o";
const MOUTHS = '()[]DPpOo/\\|*3@$Ss{}';

function boundaryBefore(text: string, i: number): boolean {
  if (i === 0) return true;
  const c = text.charCodeAt(i - 1);
  return isSpace(c) || c === 40 || c === 44 || c === 46 || c === 33 || c === 63;
}
function boundaryAfter(text: string, j: number): boolean {
  if (j >= text.length) return true;
  const c = text.charCodeAt(j);
  return isSpace(c) || c === 44 || c === 46 || c === 33 || c === 63 || c === 41;
}

/** Length of an emoticon such as ":-(", ">:(", ":'(", "<3", "D:" at i, else 0. */
function emoticonAt(text: string, i: number): number {
  if (!boundaryBefore(text, i)) return 0;
  let j = i;
  const c0 = text[j];
  if (c0 === '<' && text[j + 1] === '3') return boundaryAfter(text, j + 2) ? 2 : 0;
  if (c0 === 'D' && text[j + 1] === ':') return boundaryAfter(text, j + 2) ? 2 : 0;
  if (c0 === '>' || c0 === '}') j++;
  if (!EYES.includes(text[j] ?? '_')) return 0;
  j++;
  if (text[j] !== undefined && NOSES.includes(text[j] as string) && text[j + 1] !== undefined &&
      MOUTHS.includes(text[j + 1] as string)) j++;
  const m = text[j];
  if (m === undefined || !MOUTHS.includes(m)) return 0;
  // "8o" / "8s" look like words or numbers: require punctuation eyes for letter mouths.
  if (text[i] === '8' && /[A-Za-z]/.test(m)) return 0;
  j++;
  while (j < text.length && text[j] === m && (m === '(' || m === ')' || m === 'D')) j++;
  // Avoid "http://": the mouth "/" must not be followed by another "/".
  if (m === '/' && text[j] === '/') return 0;
  return boundaryAfter(text, j) ? j - i : 0;
}

/** ASCII-case-insensitive match of lower-case `word` at i. */
function matchesAt(text: string, i: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(i + k) | 0x20) !== word.charCodeAt(k)) return false;
  return true;
}

function isUrlStart(text: string, i: number): number {
  const c = text.charCodeAt(i) | 0x20;
  if (c === 104) { // h
    if (text.charCodeAt(i + 4) === 58 && matchesAt(text, i, 'http') && text.charCodeAt(i + 5) === 47 && text.charCodeAt(i + 6) === 47) return 7;
    if (text.charCodeAt(i + 5) === 58 && matchesAt(text, i, 'https') && text.charCodeAt(i + 6) === 47 && text.charCodeAt(i + 7) === 47) return 8;
    return 0;
  }
  if (c === 119 && text.charCodeAt(i + 3) === 46 && matchesAt(text, i, 'www')) return 4;
  return 0;
}

function token(start: number, end: number, norm: string, kind: TokenKind, flags: number, sentence: number, entry: number): Token {
  return { start, end, norm, kind, flags, sentence, entry };
}

/** A token that is not a plain word: looked up by its finished `norm` when there is a table. */
function other(start: number, end: number, norm: string, kind: TokenKind, flags: number, sentence: number, table: WordTable | undefined): Token {
  return { start, end, norm, kind, flags, sentence, entry: table ? table.findKey(norm) : ENTRY_NOT_LOOKED_UP };
}

/**
 * Split `text` into tokens. Words keep inner apostrophes ("don't"), digits
 * ("3rd", "2pm") and asterisks ("f***"); runs of `!`/`?` and `.` form one
 * token; emoji sequences (ZWJ, skin tones, flags) form one token.
 *
 * With a `table`, each plain ASCII word or number is looked up while it is scanned: a known
 * word gets its id in `entry` and the table's own string as `norm`, so it costs no string
 * allocation or hashing by the caller.
 */
export function tokenize(text: string, table?: WordTable): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let sentence = 0;
  let newline = false;
  let pendingBreak = false;

  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || isSpace(c)) {
      if (isLineBreak(c)) {
        newline = true;
        if (tokens.length > 0) pendingBreak = true;
      }
      i++;
      continue;
    }
    // A token starts here: settle its sentence and line-break flag once (plain locals, no
    // closure, so the loop keeps them in registers).
    if (pendingBreak) { sentence++; pendingBreak = false; }
    const nl = newline ? F_NEWLINE : 0;
    newline = false;

    // URLs: up to the next space.
    const lc = c | 0x20;
    const urlHead = lc === 104 || lc === 119 ? isUrlStart(text, i) : 0;
    if (urlHead && i + urlHead < n && !isSpace(text.charCodeAt(i + urlHead))) {
      let j = i + urlHead;
      while (j < n && !isSpace(text.charCodeAt(j))) j++;
      tokens.push(other(i, j, text.slice(i, j).toLowerCase(), URL, nl, sentence, table));
      i = j;
      continue;
    }

    // Mentions and hashtags.
    if ((c === 64 || c === 35) && i + 1 < n && letterAt(text, i + 1, text.charCodeAt(i + 1))) {
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        const len = letterAt(text, j, d);
        if (len) { j += len; continue; }
        if (isDigit(d) || d === 95) { j++; continue; }
        break;
      }
      if (c === 64) tokens.push(other(i, j, text.slice(i, j).toLowerCase(), MENTION, nl, sentence, table));
      else tokens.push(other(i, j, text.slice(i + 1, j).toLowerCase(), WORD, F_HASHTAG | nl, sentence, table));
      i = j;
      continue;
    }

    // Emoticons start with one of : ; = 8 < > } D
    const emo = c === 58 || c === 59 || c === 61 || c === 56 || c === 60 || c === 62 || c === 125 || c === 68 ? emoticonAt(text, i) : 0;
    if (emo) {
      tokens.push(other(i, i + emo, text.slice(i, i + emo).replace(/-/g, ''), EMOTICON, nl, sentence, table));
      i += emo;
      continue;
    }

    const cp = c >= 0x203c ? emojiAt(text, i, c) : 0; // no emoji below U+203C
    if (cp) {
      const len = emojiLength(text, i, cp);
      tokens.push(other(i, i + len, emojiNorm(text.slice(i, i + len)), EMOJI, nl, sentence, table));
      i += len;
      continue;
    }

    const first = (lc >= 97 && lc <= 122) || letterAt(text, i, c);
    if (first || isDigit(c)) {
      let j = i;
      let letters = 0;
      let upper = 0;
      let digits = 0;
      let run = 0;
      let maxRun = 0;
      let prev = -1;
      // Hash of the normalized word, valid while every code unit is ASCII (or U+2019).
      let h = HASH_SEED;
      let plain = true;
      let curly = false;
      while (j < n) {
        const d = text.charCodeAt(j);
        // Fast path: ASCII letters.
        if ((d >= 97 && d <= 122) || (d >= 65 && d <= 90)) {
          letters++;
          const low = d | 0x20;
          h = hashStep(h, low);
          if (low !== d) upper++;
          run = low === prev ? run + 1 : 1;
          if (run > maxRun) maxRun = run;
          prev = low;
          j++;
          continue;
        }
        const len = isDigit(d) ? 1 : letterAt(text, j, d);
        if (len) {
          if (isDigit(d)) { digits++; h = hashStep(h, d); }
          else {
            plain = false;
            letters++;
            if (d >= 65 && d <= 90) upper++;
            else if (d > 127 && len === 1) {
              const ch = text[j] as string;
              if (ch !== ch.toLowerCase()) upper++;
            }
          }
          const low = d | 0x20;
          run = low === prev ? run + 1 : 1;
          if (run > maxRun && !isDigit(d)) maxRun = run;
          prev = low;
          j += len;
          continue;
        }
        // inner apostrophe: don't, it’s
        if ((d === 39 || d === 0x2019) && j + 1 < n && letterAt(text, j + 1, text.charCodeAt(j + 1)) && letters > 0) {
          if (d === 0x2019) curly = true;
          h = hashStep(h, 39);
          j++;
          prev = -1;
          continue;
        }
        // decimal / time separators inside numbers: 2.5, 10:30, 1,200
        if ((d === 46 || d === 58 || d === 44) && digits > 0 && letters === 0 && j + 1 < n && isDigit(text.charCodeAt(j + 1))) {
          h = hashStep(h, d);
          j++;
          continue;
        }
        // masked profanity: f***, sh*t
        if (d === 42 && letters > 0) {
          h = hashStep(h, d);
          j++;
          prev = -1;
          continue;
        }
        break;
      }
      const end = j;
      let flags = 0;
      if (letters >= 2 && upper === letters) flags |= F_CAPS;
      if (maxRun >= 3) flags |= F_ELONGATED;
      const kind: TokenKind = letters === 0 ? NUM : WORD;
      let entry = ENTRY_NOT_LOOKED_UP;
      let norm: string;
      if (plain && table) {
        entry = table.find(text, i, end, h);
        norm = entry >= 0 ? table.keys[entry]! : lowerAscii(text, i, end, upper > 0, curly);
      } else if (plain) norm = lowerAscii(text, i, end, upper > 0, curly);
      else {
        norm = text.slice(i, end).toLowerCase();
        if (norm.indexOf('\u2019') >= 0) norm = norm.replace(/\u2019/g, "'");
        if (table) entry = table.findKey(norm);
      }
      tokens.push(token(i, end, norm, kind, flags | nl, sentence, entry));
      i = end;
      continue;
    }

    // Punctuation runs: "!!!", "?!?", "...".
    if (c === 33 || c === 63) {
      let j = i + 1;
      while (j < n && (text.charCodeAt(j) === 33 || text.charCodeAt(j) === 63)) j++;
      tokens.push(other(i, j, text.slice(i, j), PUNCT, nl, sentence, table));
      pendingBreak = true;
      i = j;
      continue;
    }
    if (c === 46 || c === 0x2026) {
      let j = i + 1;
      while (j < n && (text.charCodeAt(j) === 46 || text.charCodeAt(j) === 0x2026)) j++;
      tokens.push(other(i, j, j - i > 1 || c === 0x2026 ? '...' : '.', PUNCT, nl, sentence, table));
      pendingBreak = true;
      i = j;
      continue;
    }
    const isPunct = c < 128 || (c >= 0x2010 && c <= 0x205e) || c === 0xbf || c === 0xa1;
    // A lone surrogate or any other symbol: one code unit (or one pair) as a symbol token.
    const width = c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    const raw = text.slice(i, i + width);
    tokens.push(other(i, i + width, raw === '\u2019' || raw === '\u2018' ? "'" : raw, isPunct ? PUNCT : SYMBOL, nl, sentence, table));
    i += width;
  }
  return tokens;
}

/** text[start, end) of an ASCII word, lower-cased and with U+2019 as "'" only where needed. */
function lowerAscii(text: string, start: number, end: number, upper: boolean, curly: boolean): string {
  let s = text.slice(start, end);
  if (upper) s = s.toLowerCase();
  if (curly) s = s.replace(/\u2019/g, "'");
  return s;
}

/**
 * Collapse each run of 3+ identical characters to `keep` of them, leaving
 * shorter runs alone: "sooo" -> "soo" (keep 2) or "so" (keep 1).
 */
export function collapseElongation(word: string, keep: 1 | 2): string {
  let out = '';
  let i = 0;
  while (i < word.length) {
    const ch = word[i] as string;
    let j = i + 1;
    while (j < word.length && word[j] === ch) j++;
    const run = j - i;
    out += run >= 3 ? ch.repeat(keep) : word.slice(i, j);
    i = j;
  }
  return out;
}
