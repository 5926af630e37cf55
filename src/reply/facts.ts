/**
 * Facts about a reply that several rules read, computed once: phrase matches of every reply
 * lexicon (outside the sign-off where that matters), list items, time expressions, and words
 * that name a negative feeling ("frustrating") for mirroring.
 */
import { warmth } from './warmth.ts';
import { NUM, PUNCT, WORD, F_NEWLINE } from '../text/tokenize.ts';
import type { ReplyDoc } from './document.ts';
import type { AckKind, CommitKind, ReplyLexicon, Rewrite, Weighted } from './lexicon.ts';
import type { PhraseMatch } from './phrases.ts';

export interface Facts {
  canned: PhraseMatch<Rewrite>[];
  jargon: PhraseMatch<Rewrite>[];
  negative: PhraseMatch<Rewrite>[];
  blame: PhraseMatch<Rewrite>[];
  acknowledgement: PhraseMatch<Weighted<AckKind>>[];
  commitments: PhraseMatch<Weighted<CommitKind>>[];
  /** Token indices of words naming a negative feeling (frustrating, worried, confusing). */
  feelingWords: number[];
  /** Token indices that say when: a deadline word ("friday", "tomorrow") or a number with a time unit. */
  timeWords: number[];
  /** Token indices that open a numbered or bulleted list line ("1.", "2)", "-", "•"). */
  listItems: number[];
  /** Probability that the reply expresses warmth, compassion or concern (learned model). */
  warmth: number;
}

const NEGATIVE_EMOTIONS = new Set(['frustration', 'anger', 'anxiety', 'confusion']);
const BULLETS = new Set(['-', '*', '•', '–']);

export function factsOf(doc: ReplyDoc, lex: ReplyLexicon): Facts {
  const { tokens } = doc;
  // doc.tokens and doc.prepared.tokens correspond one to one (a placeholder is one masked word).
  const infos = doc.prepared.infos;
  const feelingWords: number[] = [];
  const timeWords: number[] = [];
  const listItems: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const lineStart = i === 0 || (t.flags & F_NEWLINE) !== 0;
    if (lineStart) {
      const next = tokens[i + 1];
      if (t.kind === NUM && next && next.kind === PUNCT && (next.norm === '.' || next.norm === ')') && next.start === t.end) listItems.push(i);
      else if (t.kind === PUNCT && BULLETS.has(t.norm)) listItems.push(i);
    }
    if (t.kind !== WORD && t.kind !== NUM) continue;
    const info = infos[i]!;
    if (info.cue?.single.some((c) => c.weight >= 1 && NEGATIVE_EMOTIONS.has(c.emotion))) feelingWords.push(i);
    if (info.deadline !== undefined) timeWords.push(i);
    else if (info.unit !== undefined && i > 0 && (tokens[i - 1]!.kind === NUM || infos[i - 1]!.number !== undefined)) timeWords.push(i);
  }
  // Lists overlap in meaning: "it's not your fault" (acknowledgement) holds "your fault" (blame),
  // "sorry but" (blame) holds "sorry" (acknowledgement). A match inside a longer match of the
  // opposite list is dropped.
  const [canned, jargon, negative, blame, ack, commitments] = lex.phrases.all(tokens) as [
    PhraseMatch<Rewrite>[], PhraseMatch<Rewrite>[], PhraseMatch<Rewrite>[], PhraseMatch<Rewrite>[],
    PhraseMatch<Weighted<AckKind>>[], PhraseMatch<Weighted<CommitKind>>[],
  ];
  const critical = [...negative, ...blame];
  return {
    canned,
    jargon,
    negative: outside(negative, ack, tokens.length),
    blame: outside(blame, ack, tokens.length),
    acknowledgement: outside(ack, critical, tokens.length),
    commitments,
    feelingWords,
    timeWords,
    listItems,
    warmth: warmth(doc.prepared),
  };
}

/**
 * The matches of `list` not lying inside a strictly longer match of `others`. Linear: for each
 * token, the furthest reach of an `others` match starting before it, and of one starting at it.
 */
function outside<T, U>(list: PhraseMatch<T>[], others: readonly PhraseMatch<U>[], n: number): PhraseMatch<T>[] {
  if (others.length === 0 || list.length === 0) return list;
  const at = new Int32Array(n + 1);
  for (const o of others) if (o.last > at[o.first]!) at[o.first] = o.last;
  const before = new Int32Array(n + 1);
  for (let i = 1; i <= n; i++) before[i] = Math.max(before[i - 1]!, at[i - 1]!);
  return list.filter((m) => !(before[m.first]! >= m.last || at[m.first]! > m.last));
}
