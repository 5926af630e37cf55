import { describe, expect, it } from 'vitest';
import { decodeFile, formatOf } from '../../../src/cli/read/index.ts';
import { firstInvalidUtf8 } from '../../../src/cli/read/decode.ts';
import { ReadError } from '../../../src/cli/types.ts';

const bytes = (...b: number[]): Uint8Array => new Uint8Array(b);
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function readError(f: () => unknown): ReadError {
  try { f(); } catch (e) { expect(e).toBeInstanceOf(ReadError); return e as ReadError; }
  throw new Error('expected a ReadError');
}

describe('decodeFile', () => {
  it('decodes UTF-8, keeping a BOM as char 0 so offsets round-trip', () => {
    expect(decodeFile(utf8('héllo 😀\r\n'), 'a.txt')).toBe('héllo 😀\r\n');
    const withBom = decodeFile(bytes(0xef, 0xbb, 0xbf, 0x48, 0x69), 'a.txt');
    expect(withBom).toBe('\ufeffHi');
    expect(withBom.length).toBe(3);
    expect(decodeFile(bytes(), 'empty.txt')).toBe('');
  });

  it.each([
    ['a NUL byte', bytes(0x48, 0x69, 0x00, 0x21), /binary file \(NUL byte at byte 2\)/],
    ['a NUL in the first 8 kB', new Uint8Array([...utf8('x'.repeat(8191)), 0]), /binary file \(NUL byte at byte 8191\)/],
    ['a UTF-16 LE BOM', bytes(0xff, 0xfe, 0x48, 0x00), /UTF-16/],
    ['a UTF-16 BE BOM', bytes(0xfe, 0xff, 0x00, 0x48), /UTF-16/],
    ['Latin-1 é', bytes(0x43, 0x61, 0x66, 0xe9, 0x0a), /invalid UTF-8 at byte 3/],
    ['a truncated sequence at the end', bytes(0x61, 0xe2, 0x82), /invalid UTF-8 at byte 1/],
    ['an overlong encoding', bytes(0xc0, 0x80), /invalid UTF-8 at byte 0/],
    ['an encoded surrogate', bytes(0x61, 0x62, 0xed, 0xa0, 0x80), /invalid UTF-8 at byte 2/],
    ['a stray continuation byte', bytes(0x61, 0x80), /invalid UTF-8 at byte 1/],
  ])('rejects %s', (_, input, message) => {
    const e = readError(() => decodeFile(input, 'x.txt'));
    expect(e.message).toMatch(message);
    expect(e.offset).toBeUndefined();
  });

  it('only sniffs the first 8 kB for NUL bytes', () => {
    const text = 'x'.repeat(8192) + '\0';
    expect(decodeFile(utf8(text), 'a.txt')).toBe(text);
  });

  it('firstInvalidUtf8 agrees with TextDecoder on valid input', () => {
    expect(firstInvalidUtf8(utf8('aé€😀\u{10ffff}'))).toBe(-1);
    expect(firstInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0); // above U+10FFFF
    expect(firstInvalidUtf8(bytes(0xe0, 0x9f, 0xbf))).toBe(0); // overlong 3-byte
  });
});

describe('formatOf', () => {
  it.each([
    ['a.txt', 'text'], ['notes.TEXT', 'text'], ['dir/a.md', 'markdown'], ['a.markdown', 'markdown'],
    ['a.html', 'html'], ['C:\\t\\a.HTM', 'html'], ['a.hbs', 'handlebars'], ['a.handlebars', 'handlebars'],
    ['a.liquid', 'liquid'], ['a.json', 'json'], ['a.yaml', 'yaml'], ['a.yml', 'yaml'], ['a.csv', 'csv'],
    ['a.tsv', null], ['README', null], ['.txt', null], ['dir.md/file', null], ['a.json.bak', null],
  ])('%s → %s', (path, format) => {
    expect(formatOf(path)).toBe(format);
  });
});
