/** Bytes to text: rejects binary files and invalid UTF-8; keeps a BOM as char 0 so offsets round-trip. */
import { ReadError } from '../types.ts';

const SNIFF = 8192;

/** Byte offset of the first invalid UTF-8 sequence, or -1. Linear. */
export function firstInvalidUtf8(b: Uint8Array): number {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) { i++; continue; }
    let need: number;
    let min: number;
    let cp: number;
    if (c >= 0xc2 && c <= 0xdf) { need = 1; min = 0x80; cp = c & 0x1f; }
    else if (c >= 0xe0 && c <= 0xef) { need = 2; min = 0x800; cp = c & 0x0f; }
    else if (c >= 0xf0 && c <= 0xf4) { need = 3; min = 0x10000; cp = c & 0x07; }
    else return i;
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * Decodes a file's bytes as UTF-8. Throws ReadError for a binary file (a NUL byte in the first
 * 8 kB), UTF-16 text or invalid UTF-8; the message names the problem and the caller adds the path.
 */
export function decodeFile(bytes: Uint8Array, path: string): string;
export function decodeFile(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ReadError('UTF-16 text (byte order mark FF FE or FE FF): save the file as UTF-8');
  }
  const sniff = Math.min(bytes.length, SNIFF);
  for (let i = 0; i < sniff; i++) {
    if (bytes[i] === 0) throw new ReadError(`binary file (NUL byte at byte ${i}), not a text template`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new ReadError(`invalid UTF-8${at >= 0 ? ` at byte ${at}` : ''}: save the file as UTF-8`);
  }
}

/** The last path segment (either separator). */
export function baseName(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return path.slice(cut + 1);
}
