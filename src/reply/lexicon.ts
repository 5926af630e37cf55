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
export type CommitKind = 'action' | 'step' | 'time' | 'followup' | 'deadend';
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

/** The reply phrase lists a user may change (createAnalyzer `lexicons`). */
export const REPLY_LISTS = ['canned', 'jargon', 'negative', 'blame', 'acknowledgement', 'commitments'] as const;
export type ReplyListName = (typeof REPLY_LISTS)[number];

/** A row of a phrase list, as a user writes it. */
export interface PhraseRow {
  phrase: string;
  /** canned, jargon, negative, blame: what to do about it (default: `replace` with an alternative, else `rewrite`). */
  action?: Action;
  /** The better wording, for `replace` and as the example for `rewrite`. */
  alternative?: string;
  /** acknowledgement and commitments: which kind (e.g. `apology`, `time`). */
  kind?: string;
  /** acknowledgement and commitments: how much it counts (0..2). */
  weight?: number;
}

/** Changes to one list: rows to add, phrases to remove, or rows that replace the list. */
export interface LexiconChange {
  add?: readonly PhraseRow[];
  remove?: readonly string[];
  replace?: readonly PhraseRow[];
}

const ACTIONS = new Set<Action>(['replace', 'delete', 'rewrite']);
const ACK_KINDS = new Set<AckKind>(['validate', 'apology', 'ownership', 'wait', 'effort', 'reassure', 'warmth']);
const COMMIT_KINDS = new Set<CommitKind>(['action', 'step', 'time', 'followup', 'deadend']);

function entryOf(list: ReplyListName, row: unknown, where: string, words: (s: string) => string[]): PhraseEntry<unknown> {
  if (row === null || typeof row !== 'object' || typeof (row as PhraseRow).phrase !== 'string') throw new TypeError(`heard: ${where}: expected { phrase: string, ... }`);
  const r = row as PhraseRow;
  const tokens = words(r.phrase);
  if (tokens.length === 0) throw new TypeError(`heard: ${where}.phrase: expected at least one word`);
  if (list === 'acknowledgement' || list === 'commitments') {
    const kinds: ReadonlySet<string> = list === 'acknowledgement' ? ACK_KINDS : COMMIT_KINDS;
    if (typeof r.kind !== 'string' || !kinds.has(r.kind)) throw new TypeError(`heard: ${where}.kind: expected one of ${[...kinds].join(', ')}`);
    const weight = r.weight ?? 1;
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0 || weight > 2) throw new TypeError(`heard: ${where}.weight: expected a number from 0 to 2`);
    return { tokens, data: { kind: r.kind, weight } };
  }
  if (r.alternative !== undefined && typeof r.alternative !== 'string') throw new TypeError(`heard: ${where}.alternative: expected a string`);
  const action = r.action ?? (r.alternative !== undefined ? 'replace' : 'rewrite');
  if (!ACTIONS.has(action)) throw new TypeError(`heard: ${where}.action: expected "replace", "delete" or "rewrite"`);
  if (action === 'replace' && r.alternative === undefined) throw new TypeError(`heard: ${where}: action "replace" needs an alternative`);
  return { tokens, data: { action, alternative: r.alternative } };
}

/**
 * The reply lexicon with a user's changes (validated; `heard:` TypeErrors name the list and
 * row). `words` splits a phrase the way replies are tokenized.
 */
export function changedReplyLexicon(changes: Readonly<Partial<Record<ReplyListName, LexiconChange>>>, words: (s: string) => string[], where: string): ReplyLexicon {
  const base = replyLexicon();
  const lists: Record<ReplyListName, PhraseIndex<unknown>> = {
    canned: base.canned, jargon: base.jargon, negative: base.negative, blame: base.blame,
    acknowledgement: base.acknowledgement, commitments: base.commitments,
  };
  for (const [name, change] of Object.entries(changes) as [ReplyListName, LexiconChange | undefined][]) {
    if (!(REPLY_LISTS as readonly string[]).includes(name)) throw new TypeError(`heard: ${where}.${name}: unknown list (expected one of ${REPLY_LISTS.join(', ')})`);
    if (change === undefined) continue;
    if (change === null || typeof change !== 'object') throw new TypeError(`heard: ${where}.${name}: expected { add?, remove?, replace? }`);
    for (const k of Object.keys(change)) if (!['add', 'remove', 'replace'].includes(k)) throw new TypeError(`heard: ${where}.${name}.${k}: unknown key (expected add, remove or replace)`);
    const rowsOf = (key: 'add' | 'replace'): PhraseEntry<unknown>[] => {
      const given = change[key];
      if (given === undefined) return [];
      if (!Array.isArray(given)) throw new TypeError(`heard: ${where}.${name}.${key}: expected an array of rows`);
      return given.map((row, i) => entryOf(name, row, `${where}.${name}.${key}[${i}]`, words));
    };
    let entries: PhraseEntry<unknown>[] = change.replace !== undefined ? rowsOf('replace') : lists[name].entries();
    if (change.remove !== undefined) {
      if (!Array.isArray(change.remove) || change.remove.some((p) => typeof p !== 'string')) throw new TypeError(`heard: ${where}.${name}.remove: expected an array of phrases`);
      const gone = new Set(change.remove.map((p) => words(p).join(' ')));
      entries = entries.filter((e) => !gone.has(e.tokens.join(' ')));
    }
    entries = [...entries, ...rowsOf('add')];
    lists[name] = new PhraseIndex(entries);
  }
  const { canned, jargon, negative, blame, acknowledgement, commitments } = lists;
  return {
    canned: canned as PhraseIndex<Rewrite>,
    jargon: jargon as PhraseIndex<Rewrite>,
    negative: negative as PhraseIndex<Rewrite>,
    blame: blame as PhraseIndex<Rewrite>,
    acknowledgement: acknowledgement as PhraseIndex<Weighted<AckKind>>,
    commitments: commitments as PhraseIndex<Weighted<CommitKind>>,
    participles: base.participles,
    stative: base.stative,
    phrases: new MultiIndex([canned, jargon, negative, blame, acknowledgement, commitments]),
  };
}
