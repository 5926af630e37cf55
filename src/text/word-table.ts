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
  /**
   * Two int32 per slot, [hash, id + 1] (id + 1 = 0: empty), so a probe reads one cache line
   * before it compares characters.
   */
  private readonly slots: Int32Array;
  /** Every key's code units back to back, and where each key starts (`ends[id]` - length). */
  private readonly chars: Uint16Array;
  private readonly ends: Int32Array;

  constructor(keys: readonly string[]) {
    this.keys = keys;
    let size = 16;
    while (size < keys.length * 2) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size * 2);
    this.ends = new Int32Array(keys.length);
    let total = 0;
    for (const k of keys) total += k.length;
    this.chars = new Uint16Array(total);
    let at = 0;
    for (let id = 0; id < keys.length; id++) {
      const key = keys[id]!;
      for (let k = 0; k < key.length; k++) this.chars[at++] = key.charCodeAt(k);
      this.ends[id] = at;
      const h = hashOf(key);
      let s = h & this.mask;
      while (this.slots[2 * s + 1] !== 0) s = (s + 1) & this.mask;
      this.slots[2 * s] = h;
      this.slots[2 * s + 1] = id + 1;
    }
  }

  /** Id of `key`, compared exactly (it is already normalized; emoticons keep capitals: ":D"), or -1. */
  findKey(key: string): number {
    const { slots, chars, ends, mask } = this;
    const hash = hashOf(key);
    const len = key.length;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const slot = slots[2 * s + 1]!;
      if (slot === 0) return -1;
      if (slots[2 * s] !== hash) continue;
      const id = slot - 1;
      const from = ends[id]! - len;
      if (from !== (id === 0 ? 0 : ends[id - 1]!)) continue;
      let k = 0;
      while (k < len && key.charCodeAt(k) === chars[from + k]) k++;
      if (k === len) return id;
    }
  }

  /**
   * Id of the key equal to text[start, end) after normalization (A-Z lower-cased, U+2019
   * read as "'"), or -1. `hash` must be that normalized slice's hash.
   */
  find(text: string, start: number, end: number, hash: number): number {
    const { slots, chars, ends, mask } = this;
    const len = end - start;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const slot = slots[2 * s + 1]!;
      if (slot === 0) return -1;
      if (slots[2 * s] !== hash) continue;
      const id = slot - 1;
      const to = ends[id]!;
      const from = to - len;
      if (from !== (id === 0 ? 0 : ends[id - 1]!)) continue;
      let k = 0;
      for (; k < len; k++) {
        let c = text.charCodeAt(start + k);
        if (c >= 65 && c <= 90) c |= 0x20;
        else if (c === 0x2019) c = 39;
        if (c !== chars[from + k]) break;
      }
      if (k === len) return id;
    }
  }
}
