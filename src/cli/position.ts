/** Offsets to 1-based line and column (UTF-16 code units), for reporters. Lines end at \n, \r\n or \r. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  /** Line and column of `offset` (binary search: log n per lookup). */
  at(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}

/**
 * The file span of a template span [s, e): from the file offset of its first character to just past
 * its last one when that character is copied verbatim (so a span ending a paragraph does not swallow
 * the `</p>` after it), else to the file offset of the next character (an entity or escape).
 */
export function fileSpan(map: Int32Array, text: string, fileText: string, s: number, e: number): { start: number; end: number } {
  const start = map[s]!;
  if (e <= s) return { start, end: start };
  const last = map[e - 1]!;
  const end = fileText.charCodeAt(last) === text.charCodeAt(e - 1) ? last + 1 : map[e]!;
  return { start, end: Math.max(start, end) };
}
