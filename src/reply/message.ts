/**
 * The specifics of a customer's message that a personal reply refers back to: identifiers
 * and amounts ("#48213", "$45"), dates and days, named products and things ("my router",
 * "Visa card"), and what the customer already tried ("tried restarting").
 */
import type { WordInfo } from '../lexicon/index.ts';
import type { EmotionReport } from '../types.ts';
import { F_CAPS, NUM, WORD, type Token } from '../text/tokenize.ts';
import { LEXICONS } from '../lexicon/compiled.ts';

export type SpecificKind = 'id' | 'date' | 'thing' | 'tried';

export interface Specific {
  kind: SpecificKind;
  /** The normalized word that a reply must repeat (or share a stem with) to refer to it. */
  key: string;
  /** How it reads in the message. */
  text: string;
}

export interface MessageFacts {
  specifics: Specific[];
  /**
   * What the customer said they went through, as echo keys: the words and numbers inside the
   * evidence of their feelings ("third technician visit", "give up", "2 hours"). A reply that
   * says them back ("three visits", "want to give up") acknowledges this customer specifically.
   */
  felt: ReadonlySet<string>;
}

let generic: Set<string> | undefined;
/** Nouns too general to count as a specific after "my" ("my problem", "my time"). */
function genericNouns(): Set<string> {
  generic ??= new Set((LEXICONS['reply/generic-nouns'] ?? []).map((r) => String(r[0])));
  return generic;
}

const PRONOUN_I = new Set(['i', "i'm", "i've", "i'll", "i'd"]);

/** /\d/.test(s), without a regex run per word. */
function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** Evidence whose words a reply can say back: cues and signals of negative feelings, not the learned model's single words, CAPS or punctuation. */
function echoable(source: string, emotion: string): boolean {
  if (emotion === 'gratitude') return false;
  if (source.startsWith('lexicon:')) return true;
  return source.startsWith('signal:') && source !== 'signal:caps' && source !== 'signal:punctuation' && source !== 'signal:signoff';
}

/**
 * The echo key of token i: `#` and the value for a number, cardinal or ordinal ("3", "three",
 * "third" -> "#3"), the first five letters of a word of four letters or more, else undefined.
 */
export function echoKey(t: Token, info: WordInfo | undefined): string | undefined {
  if (t.kind === NUM) {
    const v = Number(t.norm);
    return Number.isFinite(v) ? '#' + v : undefined;
  }
  if (t.kind !== WORD) return undefined;
  const v = info?.number ?? info?.ordinal;
  if (v !== undefined) return '#' + v;
  return t.norm.length >= 4 ? stemKey(t.norm) : undefined;
}

/** Evidence longer than this many tokens (a whole shouted sentence) is too broad to echo. */
const MAX_ECHO_TOKENS = 8;

/** Echo keys of the tokens inside the echoable evidence (both sorted by start: one forward pass, at most MAX_ECHO_TOKENS per item). */
function feltKeys(report: EmotionReport | undefined, tokens: readonly Token[], infos: readonly WordInfo[]): Set<string> {
  const felt = new Set<string>();
  if (!report) return felt;
  let i = 0;
  for (const ev of report.evidence) {
    if (!echoable(ev.source, ev.emotion)) continue;
    while (i < tokens.length && tokens[i]!.start < ev.start) i++;
    for (let k = i; k < tokens.length && k < i + MAX_ECHO_TOKENS && tokens[k]!.end <= ev.end; k++) {
      const key = echoKey(tokens[k]!, infos[k]);
      if (key !== undefined) felt.add(key);
    }
  }
  return felt;
}

/** Reads the specifics of a message from its tokens and lexicon entries (as detectEmotions prepared them). */
export function readMessage(message: string, tokens: readonly Token[], infos: readonly WordInfo[], report?: EmotionReport): MessageFacts {
  const out: Specific[] = [];
  const seen = new Set<string>();
  const add = (kind: SpecificKind, key: string, t: Token, until = t.end): void => {
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ kind, key, text: message.slice(t.start, until) });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    if (t.kind === NUM || (t.kind === WORD && hasDigit(t.norm))) {
      // Identifiers, amounts, dates and times; a lone digit ("3 times") is too vague.
      const digits = t.norm.replace(/\D/g, '');
      if (digits.length >= 2) add('id', digits, t);
      continue;
    }
    if (t.kind !== WORD) continue;
    const info = infos[i];
    if (info?.deadline !== undefined && t.norm.length > 3) { add('date', t.norm, t); continue; }
    // "my router", "my Visa card": the thing right after a possessive.
    if (prev && (prev.norm === 'my' || prev.norm === 'our') && !genericNouns().has(t.norm) && !info?.negator) {
      // Two capitalized words are one name ("my Visa Card"); otherwise the one word.
      const next = tokens[i + 1];
      const name = next && next.kind === WORD && next.sentence === t.sentence && !(t.flags & F_CAPS) &&
        isUpper(message.charCodeAt(t.start)) && isUpper(message.charCodeAt(next.start));
      add('thing', t.norm, t, name ? next.end : t.end);
      continue;
    }
    // Names of products and places mid-sentence ("the Pixel", "in Denver").
    const c = message.charCodeAt(t.start);
    // Not words in a shouted (all-capitals) or Title Case message, and not feeling words ("ASAP").
    if (isUpper(c) && prev && prev.sentence === t.sentence && !PRONOUN_I.has(t.norm) && t.norm.length >= 2 && !info?.cue?.single.length &&
        !(t.flags & F_CAPS) && !isUpper(message.charCodeAt(prev.start))) {
      add('thing', t.norm, t);
      continue;
    }
    // "tried restarting", "already reinstalled"
    if (prev && (prev.norm === 'tried' || prev.norm === 'already') && t.norm !== 'tried') {
      // "tried to reinstall": the verb after "to".
      const word = t.norm === 'to' ? tokens[i + 1] : t;
      if (word && word.kind === WORD && word.norm.length >= 4 && !genericNouns().has(word.norm)) add('tried', word.norm, word);
    }
  }
  return { specifics: out, felt: feltKeys(report, tokens, infos) };
}

/** The key two forms share for "same thing" purposes, their first five letters: restart/restarting -> "resta". */
export function stemKey(norm: string): string {
  return norm.length <= 5 ? norm : norm.slice(0, 5);
}
