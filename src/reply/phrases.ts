/**
 * Phrase lists from lexicons/reply/*.tsv, matched over a reply's tokens: at each position the
 * longest phrase wins and matches never overlap. Indexed by first token, so matching is
 * linear in the reply for a fixed lexicon.
 */
import type { Token } from '../text/tokenize.ts';

export interface PhraseEntry<T> {
  tokens: readonly string[];
  data: T;
}

export interface PhraseMatch<T> {
  /** Token indices, end-exclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
  entry: PhraseEntry<T>;
}

/**
 * The entries sharing a first token, split by their second token, so a match at a common first
 * word ("i", "we", "please": hundreds of phrases) checks only the few that can fit. Longest first.
 */
export interface FirstGroup<T> {
  bySecond: Map<string, PhraseEntry<T>[]>;
  /** One-word entries. */
  single: PhraseEntry<T>[];
}

export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, FirstGroup<T>>();
  readonly size: number;

  private readonly all: readonly PhraseEntry<T>[];

  constructor(entries: readonly PhraseEntry<T>[]) {
    this.all = entries;
    for (const e of entries) {
      const first = e.tokens[0];
      if (first === undefined) continue;
      let g = this.byFirst.get(first);
      if (!g) this.byFirst.set(first, (g = { bySecond: new Map(), single: [] }));
      const second = e.tokens[1];
      if (second === undefined) g.single.push(e);
      else {
        let list = g.bySecond.get(second);
        if (!list) g.bySecond.set(second, (list = []));
        list.push(e);
      }
    }
    for (const g of this.byFirst.values()) for (const list of g.bySecond.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
    this.size = entries.length;
  }

  /** Every entry, in the order given. */
  entries(): PhraseEntry<T>[] {
    return [...this.all];
  }

  /** Entries by first token. */
  lists(): ReadonlyMap<string, FirstGroup<T>> {
    return this.byFirst;
  }
}

/** 1 for every token inside one of `matches` (token spans), else 0. A plain array: cheaper to allocate than a typed one. */
export function covering(matches: readonly { first: number; last: number }[], n: number): number[] {
  const out = new Array<number>(n).fill(0);
  for (const m of matches) out.fill(1, m.first, m.last);
  return out;
}

/**
 * Several phrase indexes matched in one pass: one Map lookup per token for all of them, each
 * index still taking the longest non-overlapping matches on its own (as `all` does).
 */
export class MultiIndex {
  private readonly byFirst = new Map<string, { k: number; list: FirstGroup<unknown> }[]>();

  constructor(private readonly indexes: readonly PhraseIndex<unknown>[]) {
    indexes.forEach((index, k) => {
      for (const [first, list] of index.lists()) {
        let row = this.byFirst.get(first);
        if (!row) this.byFirst.set(first, (row = []));
        row.push({ k, list });
      }
    });
  }

  /** For each index (in constructor order), its matches in tokens. */
  all(tokens: readonly Token[]): PhraseMatch<unknown>[][] {
    const out: PhraseMatch<unknown>[][] = this.indexes.map(() => []);
    const free = this.indexes.map(() => 0);
    for (let i = 0; i < tokens.length; i++) {
      const row = this.byFirst.get(tokens[i]!.norm);
      if (!row) continue;
      for (const { k, list } of row) {
        if (i < free[k]!) continue;
        const e = longest(list, tokens, i);
        if (!e) continue;
        const last = i + e.tokens.length;
        out[k]!.push({ first: i, last, start: tokens[i]!.start, end: tokens[last - 1]!.end, entry: e });
        free[k] = last;
      }
    }
    return out;
  }
}

function longest<T>(g: FirstGroup<T>, tokens: readonly Token[], i: number): PhraseEntry<T> | undefined {
  const next = tokens[i + 1];
  const list = next ? g.bySecond.get(next.norm) : undefined;
  if (list) {
    outer: for (const e of list) {
      if (i + e.tokens.length > tokens.length) continue;
      for (let k = 2; k < e.tokens.length; k++) if (tokens[i + k]!.norm !== e.tokens[k]) continue outer;
      return e;
    }
  }
  return g.single[0];
}
