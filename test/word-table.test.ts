import { describe, expect, it } from 'vitest';
import { HASH_SEED, WordTable, hashStep } from '../src/text/word-table.ts';

/** The hash the tokenizer computes while it scans a word: normalized code units, FNV-1a. */
function scanHash(s: string): number {
  let h = HASH_SEED;
  for (let k = 0; k < s.length; k++) {
    let c = s.charCodeAt(k);
    if (c >= 65 && c <= 90) c |= 0x20;
    else if (c === 0x2019) c = 39;
    h = hashStep(h, c);
  }
  return h;
}

const find = (t: WordTable, text: string, start = 0, end = text.length): number =>
  t.find(text, start, end, scanHash(text.slice(start, end)));

describe('WordTable', () => {
  const keys = ['refund', "don't", 'a', 'ab', 'abc', '3rd', 'refunds'];
  const table = new WordTable(keys);

  it('finds every key, case-insensitively and with a typographic apostrophe', () => {
    keys.forEach((k, id) => expect(find(table, k)).toBe(id));
    expect(find(table, 'REFUND')).toBe(0);
    expect(find(table, 'Don\u2019t')).toBe(1);
    expect(table.keys[find(table, 'AbC')]).toBe('abc');
  });

  it('matches a slice of a longer text by offsets', () => {
    const text = 'I want a REFUND now';
    expect(find(table, text, 9, 15)).toBe(0);
    expect(find(table, text, 7, 8)).toBe(2);
  });

  it('returns -1 for prefixes, extensions and unknown words', () => {
    for (const w of ['refun', 'refundss', 'b', '', 'dont', 'zzz']) expect(find(table, w)).toBe(-1);
  });

  it('resolves hash collisions by comparing characters', () => {
    // 3,000 keys in 8,192 slots: many share a probe chain, each still answers exactly.
    const many = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}`);
    const big = new WordTable(many);
    for (let i = 0; i < many.length; i += 7) expect(find(big, many[i]!)).toBe(i);
    expect(find(big, 'w' + (5000).toString(36))).toBe(-1);
    const empty = new WordTable([]);
    expect(find(empty, 'anything')).toBe(-1);
  });
});
