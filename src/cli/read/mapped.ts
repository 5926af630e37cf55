/**
 * A decoded string that remembers where each of its UTF-16 code units came from: the shape both
 * reader stages produce (container: file → template string; markup: template string → text).
 */
export interface Mapped {
  value: string;
  /** `map[i]` is the source offset of `value[i]`; `map[value.length]` the offset just past it. Non-decreasing. */
  map: Int32Array;
}

/** Builds a Mapped string one char or verbatim run at a time; linear in the output length. */
export class MappedBuilder {
  private parts: string[] = [];
  private map = new Int32Array(64);
  length = 0;

  private room(extra: number): void {
    if (this.length + extra < this.map.length) return;
    let size = this.map.length * 2;
    while (size <= this.length + extra) size *= 2;
    const next = new Int32Array(size);
    next.set(this.map.subarray(0, this.length));
    this.map = next;
  }

  /** Appends `ch` (one or more code units, e.g. an escape's decoded pair), every unit mapped to `at`. */
  char(ch: string, at: number): void {
    this.room(ch.length);
    this.parts.push(ch);
    for (let k = 0; k < ch.length; k++) this.map[this.length++] = at;
  }

  /** Appends `src.slice(from, to)` verbatim, `src[j]` mapped to `j + shift`. */
  copy(src: string, from: number, to: number, shift = 0): void {
    if (to <= from) return;
    this.room(to - from);
    this.parts.push(src.slice(from, to));
    for (let j = from; j < to; j++) this.map[this.length++] = j + shift;
  }

  /** True when the value built so far ends with the code unit `ch`. */
  endsWith(ch: string): boolean {
    for (let k = this.parts.length - 1; k >= 0; k--) {
      const p = this.parts[k]!;
      if (p.length > 0) return p[p.length - 1] === ch;
    }
    return false;
  }

  done(end: number): Mapped {
    const map = new Int32Array(this.length + 1);
    map.set(this.map.subarray(0, this.length));
    map[this.length] = end;
    return { value: this.parts.join(''), map };
  }
}

/** A verbatim stretch `text.slice(start, end)`: char i maps to start + i. */
export function identity(text: string, start: number, end: number): Mapped {
  const map = new Int32Array(end - start + 1);
  for (let i = 0; i <= end - start; i++) map[i] = start + i;
  return { value: text.slice(start, end), map };
}

/** Composes an inner map (into `outer.value`) with the outer one: the result maps into outer's source. */
export function compose(inner: Int32Array, outer: Int32Array): Int32Array {
  const out = new Int32Array(inner.length);
  for (let i = 0; i < inner.length; i++) out[i] = outer[inner[i]!]!;
  return out;
}
