/**
 * A read-only hash table from normalized words to ids that is probed with a slice of the
 * input text, so the tokenizer can look a word up without first building its lower-cased
 * string. The tokenizer computes the hash while it scans the word (see `hashStep`).
 *
 * Matching is ASCII-case-insensitive and reads U+2019 as an apostrophe, exactly the
 * normalization the tokenizer applies to ASCII words. Open addressing, linear probing,
 * load factor <= 0.5: a probe is O(word length).
 */

/** FNV-1a offset basis: the hash of the empty string. */
export const HASH_SEED = 0x811c9dc5 | 0;

/** Folds one normalized code unit into a hash (FNV-1a, 32-bit). */
export function hashStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

function hashOf(key: string): number {
  let h = HASH_SEED;
  for (let k = 0; k < key.length; k++) h = hashStep(h, key.charCodeAt(k));
  return h;
}

export class WordTable {
  /** Keys by id. */
  readonly keys: readonly string[];
  private readonly mask: number;
  /** id + 1 per slot, 0 for empty. */
  private readonly slots: Int32Array;
  private readonly hashes: Int32Array;

  constructor(keys: readonly string[]) {
    this.keys = keys;
    let size = 16;
    while (size < keys.length * 2) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size);
    this.hashes = new Int32Array(keys.length);
    for (let id = 0; id < keys.length; id++) {
      const h = hashOf(keys[id]!);
      this.hashes[id] = h;
      let s = h & this.mask;
      while (this.slots[s] !== 0) s = (s + 1) & this.mask;
      this.slots[s] = id + 1;
    }
  }

  /**
   * Id of the key equal to text[start, end) after normalization (A-Z lower-cased, U+2019
   * read as "'"), or -1. `hash` must be that normalized slice's hash.
   */
  find(text: string, start: number, end: number, hash: number): number {
    const { slots, hashes, keys, mask } = this;
    const len = end - start;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const slot = slots[s]!;
      if (slot === 0) return -1;
      const id = slot - 1;
      if (hashes[id] !== hash) continue;
      const key = keys[id]!;
      if (key.length !== len) continue;
      let k = 0;
      for (; k < len; k++) {
        let c = text.charCodeAt(start + k);
        if (c >= 65 && c <= 90) c |= 0x20;
        else if (c === 0x2019) c = 39;
        if (c !== key.charCodeAt(k)) break;
      }
      if (k === len) return id;
    }
  }
}
