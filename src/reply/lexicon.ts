/**
 * Typed, lazily built views of the reply lexicons (lexicons/reply/*.tsv, compiled into
 * src/lexicon/compiled.ts). Nothing here reads files.
 */
import { LEXICONS, type Row } from '../lexicon/compiled.ts';
import { MultiIndex, PhraseIndex, type PhraseEntry } from './phrases.ts';

/** What to do about a flagged phrase: swap in `alternative`, delete it, or rewrite the sentence. */
export type Action = 'replace' | 'delete' | 'rewrite';
export interface Rewrite {
  action: Action;
  alternative: string | undefined;
}

export type AckKind = 'validate' | 'apology' | 'ownership' | 'wait' | 'effort' | 'reassure' | 'warmth';
export type CommitKind = 'action' | 'step' | 'time' | 'followup';
export interface Weighted<K extends string> {
  kind: K;
  weight: number;
}

export interface ReplyLexicon {
  canned: PhraseIndex<Rewrite>;
  jargon: PhraseIndex<Rewrite>;
  negative: PhraseIndex<Rewrite>;
  blame: PhraseIndex<Rewrite>;
  acknowledgement: PhraseIndex<Weighted<AckKind>>;
  commitments: PhraseIndex<Weighted<CommitKind>>;
  /** Irregular past participles ("sent", "lost"); regular ones end in -ed. */
  participles: Set<string>;
  /** Participles that after "be" name a state, not a hidden actor ("interested", "located"). */
  stative: Set<string>;
  /** canned, jargon, negative, blame, acknowledgement, commitments: matched in one pass. */
  phrases: MultiIndex;
}

function rows(id: string): readonly Row[] {
  return LEXICONS[`reply/${id}`] ?? [];
}

function rewrites(id: string): PhraseIndex<Rewrite> {
  return new PhraseIndex(rows(id).map((r): PhraseEntry<Rewrite> => ({
    tokens: String(r[0]).split(' '),
    data: { action: String(r[1]) as Action, alternative: r[2] == null ? undefined : String(r[2]) },
  })));
}

function weighted<K extends string>(id: string): PhraseIndex<Weighted<K>> {
  return new PhraseIndex(rows(id).map((r): PhraseEntry<Weighted<K>> => ({
    tokens: String(r[0]).split(' '),
    data: { kind: String(r[1]) as K, weight: Number(r[2]) },
  })));
}

/** A commitment phrase about what comes next ("I'll", "we will", "I'm going to"), not a report of what was done ("I've"). */
export function isFuture(tokens: readonly string[]): boolean {
  return tokens.some((t) => t === 'will' || t.endsWith("'ll") || t === 'going');
}

let cached: ReplyLexicon | undefined;

export function replyLexicon(): ReplyLexicon {
  if (cached) return cached;
  const canned = rewrites('canned');
  const jargon = rewrites('jargon');
  const negative = rewrites('negative-framing');
  const blame = rewrites('blame');
  const acknowledgement = weighted<AckKind>('acknowledgement');
  const commitments = weighted<CommitKind>('commitments');
  cached = {
    canned,
    jargon,
    negative,
    blame,
    acknowledgement,
    commitments,
    participles: new Set(rows('participles').map((r) => String(r[0]))),
    stative: new Set(rows('stative-participles').map((r) => String(r[0]))),
    phrases: new MultiIndex([canned, jargon, negative, blame, acknowledgement, commitments] as PhraseIndex<unknown>[]),
  };
  return cached;
}
