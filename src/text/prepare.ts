import { lexicon, NO_INFO, WORD_CLASS, type WordInfo } from '../lexicon/index.ts';

import { HAS_CAPS, HAS_ELONGATION, HAS_NUMBER, HAS_REPEATED_MARK, HAS_TIME_WORD } from './has.ts';
import { NegationScope } from './negation.ts';
import { EMOJI, EMOTICON, collapseElongation, F_CAPS, F_ELONGATED, NUM, PUNCT, WORD, tokenize, type Token } from './tokenize.ts';

export { HAS_CAPS, HAS_ELONGATION, HAS_MODIFIER, HAS_NEGATED_POSITIVE, HAS_NUMBER, HAS_REPEATED_MARK, HAS_SARCASM_OPENER, HAS_TIME_WORD } from './has.ts';

export interface Prepared {
  text: string;
  tokens: Token[];
  /** What the lexicons know about each token (parallel to `tokens`). */
  infos: WordInfo[];
  /** 1 where the token lies in a negation scope. */
  negated: number[];
  /** HAS_* flags. */
  has: number;
  /** How many tokens report a source ("says", "told"): two or more can be a contradiction. */
  reports: number;
  /** Token indices, in order, where each signal can start: the others are never visited. */
  at: Candidates;
}

/** Where each token-driven signal can start (see `Prepared.at`). */
export interface Candidates {
  /** The word starts some emotion cue. */
  cue: number[];
  /** An intensifier or downtoner starts here. */
  modifier: number[];
  /** The learned model has weights for the word (plain or negated). */
  model: number[];
  /** A number, a digit-led word ("3hrs", "5th"), or a number, ordinal or deadline word. */
  time: number[];
  /** A word that is frustration when negated ("working"). */
  negatedPositive: number[];
  /** The first word of a sarcastic opener ("great", "thanks"). */
  sarcasm: number[];
  /** A word of two or more letters in capitals that is not an acronym (a shouting run can start here). */
  caps: number[];
}

/**
 * The shared text pipeline: tokenize; normalize words in place (elongation
 * "sooo" -> "so" when that is a known word, typed variants "dont" -> "don't");
 * look each word up once; mark negation scopes.
 */
export function prepare(text: string, negation = true): Prepared {
  const { words, table, infoById } = lexicon();
  const tokens = tokenize(text, table);
  const infos: WordInfo[] = [];
  const negated: number[] = [];
  const scope = new NegationScope();
  let has = 0;
  let reports = 0;
  const at: Candidates = { cue: [], modifier: [], model: [], time: [], negatedPositive: [], sarcasm: [], caps: [] };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let info = t.entry >= 0 ? infoById[t.entry] : undefined;
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
    const x = info ?? NO_INFO;
    infos.push(x);
    negated.push(negation ? scope.step(t, x) : 0);
    if (t.kind === NUM) {
      has |= HAS_NUMBER;
      at.time.push(i);
    } else if (t.kind === PUNCT) { if (t.end - t.start > 1) has |= HAS_REPEATED_MARK; }
    else if (t.kind === WORD) {
      const c = t.norm.charCodeAt(0);
      if (c >= 48 && c <= 57) has |= HAS_NUMBER;
      if (t.flags & F_CAPS && !x.acronym) {
        has |= HAS_CAPS;
        at.caps.push(i);
      }
      if (t.flags & F_ELONGATED) has |= HAS_ELONGATION;
      if ((c >= 48 && c <= 57) || x.has & HAS_TIME_WORD) at.time.push(i);
      if (x.negatedPositive !== undefined) at.negatedPositive.push(i);
      if (x.sarcasm) at.sarcasm.push(i);
    }
    if (x !== NO_INFO) {
      has |= x.has;
      if (x.classes & WORD_CLASS.report) reports++;
      if (x.cue) at.cue.push(i);
      if (x.modifiers) at.modifier.push(i);
      if ((x.model || x.modelNegated) && (t.kind === WORD || t.kind === EMOJI || t.kind === EMOTICON)) at.model.push(i);
    }
  }
  return { text, tokens, infos, negated, has, reports, at };
}
