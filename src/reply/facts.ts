/**
 * Facts about a reply that several rules read, computed once: phrase matches of every reply
 * lexicon (outside the sign-off where that matters), list items, time expressions, and words
 * that name a negative feeling ("frustrating") for mirroring.
 */
import { warmth } from './warmth.ts';
import { NUM, PUNCT, WORD, F_NEWLINE } from '../text/tokenize.ts';
import type { ReplyDoc } from './document.ts';
import type { AckKind, CommitKind, ReplyLexicon, Rewrite, Weighted } from './lexicon.ts';
import { covering, type PhraseMatch } from './phrases.ts';

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

const BULLETS = new Set(['-', '*', '•', '–']);

export function factsOf(doc: ReplyDoc, lex: ReplyLexicon, learned = true): Facts {
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
    if (info.feeling) feelingWords.push(i);
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
  const n = tokens.length;
  const ackReach = negative.length + blame.length > 0 ? reach(ack, n) : undefined;
  const criticalReach = ack.length > 0 ? reach([...negative, ...blame], n) : undefined;
  return {
    canned,
    jargon,
    negative: ackReach ? outside(negative, ackReach) : negative,
    blame: ackReach ? outside(blame, ackReach) : blame,
    acknowledgement: criticalReach ? outside(ack, criticalReach) : ack,
    commitments,
    feelingWords,
    timeWords,
    listItems,
    warmth: learned ? warmth(doc.prepared, canned.length > 0 ? covering(canned, n) : undefined) : 0,
  };
}

/** For each token, the furthest reach of a match starting at it, and of one starting before it. */
interface Reach {
  at: number[];
  before: number[];
}

function reach(matches: readonly { first: number; last: number }[], n: number): Reach | undefined {
  if (matches.length === 0) return undefined;
  // Plain arrays: allocating a typed array costs about a microsecond each in V8.
  const at: number[] = new Array<number>(n + 1).fill(0);
  for (const o of matches) if (o.last > at[o.first]!) at[o.first] = o.last;
  const before: number[] = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= n; i++) before[i] = Math.max(before[i - 1]!, at[i - 1]!);
  return { at, before };
}

/** The matches of `list` not lying inside a strictly longer match of the others (linear). */
function outside<T>(list: PhraseMatch<T>[], r: Reach | undefined): PhraseMatch<T>[] {
  if (!r || list.length === 0) return list;
  return list.filter((m) => !(r.before[m.first]! >= m.last || r.at[m.first]! > m.last));
}
