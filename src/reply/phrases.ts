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

/** A node of MultiIndex's token trie: the entry of each index whose phrase ends here. */
class TrieNode {
  /** Children by the next token's norm. */
  next: Map<string, TrieNode> | undefined = undefined;
  /** Bit k set: `entries[k]` is the first entry of index k whose tokens lead here. */
  mask = 0;
  entries: PhraseEntry<unknown>[] = [];
}

/**
 * Several phrase indexes matched in one pass over a trie of their phrases' tokens: one Map
 * lookup per token and per matched depth for all of them, each index still taking the longest
 * non-overlapping matches on its own (the longest entry that fits at a position; among entries
 * with the same tokens, the first given).
 */
export class MultiIndex {
  private readonly root = new Map<string, TrieNode>();
  private readonly count: number;

  constructor(indexes: readonly PhraseIndex<unknown>[]) {
    if (indexes.length > 30) throw new RangeError('heard: MultiIndex takes at most 30 indexes');
    this.count = indexes.length;
    indexes.forEach((index, k) => {
      for (const e of index.entries()) {
        if (e.tokens.length === 0) continue;
        let level = this.root;
        let node: TrieNode | undefined;
        for (let d = 0; d < e.tokens.length; d++) {
          const word = e.tokens[d]!;
          node = level.get(word);
          if (!node) level.set(word, (node = new TrieNode()));
          if (d + 1 < e.tokens.length) level = node.next ??= new Map();
        }
        if (!(node!.mask & (1 << k))) {
          node!.mask |= 1 << k;
          node!.entries[k] = e;
        }
      }
    });
  }

  /** For each index (in constructor order), its matches in tokens. */
  all(tokens: readonly Token[]): PhraseMatch<unknown>[][] {
    const count = this.count;
    const out: PhraseMatch<unknown>[][] = [];
    const free: number[] = [];
    const best: (PhraseEntry<unknown> | undefined)[] = [];
    const bestLast: number[] = [];
    for (let k = 0; k < count; k++) {
      out.push([]);
      free.push(0);
      best.push(undefined);
      bestLast.push(0);
    }
    const all = (1 << count) - 1;
    const n = tokens.length;
    for (let i = 0; i < n; i++) {
      let node = this.root.get(tokens[i]!.norm);
      if (!node) continue;
      // Indexes whose previous match ends at or before i.
      let open = all;
      for (let k = 0; k < count; k++) if (i < free[k]!) open &= ~(1 << k);
      if (open === 0) continue;
      let found = 0;
      let j = i + 1;
      for (;;) {
        const m = node.mask & open;
        if (m !== 0) {
          for (let k = 0; k < count; k++) {
            if (m & (1 << k)) {
              best[k] = node.entries[k];
              bestLast[k] = j;
            }
          }
          found |= m;
        }
        if (node.next === undefined || j >= n) break;
        let child: TrieNode | undefined = node.next.get(tokens[j]!.norm);
        // A hyphen inside a word that the phrase doesn't spell out is skipped: "non-refundable"
        // matches the phrase "non refundable" (while a phrase "check - in" still matches as written).
        if (!child && tokens[j]!.norm === '-' && j + 1 < n && tokens[j]!.start === tokens[j - 1]!.end && tokens[j + 1]!.start === tokens[j]!.end) {
          j++;
          child = node.next.get(tokens[j]!.norm);
        }
        if (!child) break;
        node = child;
        j++;
      }
      if (found === 0) continue;
      for (let k = 0; k < count; k++) {
        if (!(found & (1 << k))) continue;
        const last = bestLast[k]!;
        out[k]!.push({ first: i, last, start: tokens[i]!.start, end: tokens[last - 1]!.end, entry: best[k]! });
        free[k] = last;
      }
    }
    return out;
  }
}
