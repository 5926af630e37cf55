import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/cli/read/csv.ts';
import { readTemplates } from '../../../src/cli/read/index.ts';
import { ReadError } from '../../../src/cli/types.ts';
import { checkMap, fixSpan } from './helpers.ts';

const cells = (text: string): string[][] => parseCsv(text).map((r) => r.map((c) => text.slice(c.start, c.end)));

function read(file: string, field?: string): [string, number, string][] {
  return readTemplates('t.csv', file, field === undefined ? {} : { field }).map((u) => {
    checkMap(u, file);
    return [u.name, u.index, u.text];
  });
}

describe('parseCsv', () => {
  it.each([
    ['a,b\n1,2\n', [['a', 'b'], ['1', '2']]],
    ['a,b\r\n1,2', [['a', 'b'], ['1', '2']]],
    ['a,b\r1,2\r', [['a', 'b'], ['1', '2']]],
    ['a,,\n', [['a', '', '']]],
    ['a,', [['a', '']]],
    ['"x, ""y""\n z",w\n', [['"x, ""y""\n z"', 'w']]],
    ['\ufeffa\n', [['a']]],
    ['a\n\nb\n', [['a'], [''], ['b']]],
    ['un"quoted",x', [['un"quoted"', 'x']]],
    ['', []],
  ])('%j', (text, expected) => {
    expect(cells(text)).toEqual(expected);
  });

  it.each([
    ['a,b\n"open,c\n', 'malformed CSV: unterminated quoted field', 4],
    ['a,"x"y\n', 'malformed CSV: expected a comma or line break after a closing quote', 5],
  ])('reports %j', (text, message, offset) => {
    expect(() => parseCsv(text)).toThrow(new ReadError(message, offset));
    try { parseCsv(text); } catch (e) { expect((e as ReadError).offset).toBe(offset); }
  });
});

describe('CSV templates', () => {
  it('takes the first known template column and the title column', () => {
    const file = 'id,subject,body,message\n1,Hello,"Hi ""you"",\nbye",ignored\n2,,Plain,x\n';
    expect(read(file)).toEqual([['Hello', 0, 'Hi "you",\nbye'], ['#2', 1, 'Plain']]);
  });

  it.each([
    ['content', 'title,content\nT,c\n'], ['content_html', 'name,content_html\nT,c\n'], ['text', 'subject,text\nT,c\n'],
    ['comment_value', 'title,comment_value\nT,c\n'], ['value', 'title,Value\nT,c\n'], ['template', 'title, Template \nT,c\n'],
    ['message', 'title,message\nT,c\n'],
  ])('recognizes a %s column', (_, file) => {
    expect(read(file)).toEqual([['T', 0, 'c']]);
  });

  it('reads *_html columns and tagged cells as HTML', () => {
    expect(read('title,content_html\nT,"<p>A &amp; B</p>"\n')).toEqual([['T', 0, 'A & B']]);
    expect(read('title,body\nT,<b>bold</b> move\n')).toEqual([['T', 0, 'bold move']]);
  });

  it('uses --field as the column name', () => {
    expect(read('title,content,Reply Text\nT,not this,this one\n', 'reply text')).toEqual([['T', 0, 'this one']]);
    expect(() => read('title,content\n', 'nope')).toThrow(new ReadError('no templates found: no column named "nope" in the CSV header'));
  });

  it('skips blank lines and rows without the column, keeps empty cells', () => {
    expect(read('title,content\n\nA,\nB\nC,c\n')).toEqual([['A', 0, ''], ['C', 1, 'c']]);
  });

  it('rejects a header without a template column, returns nothing for no rows', () => {
    expect(() => read('id,foo\n1,2\n')).toThrow(/^no templates found: expected a CSV header with a content, content_html, body/);
    expect(() => read('')).toThrow(/^no templates found/);
    expect(read('title,content\r\n')).toEqual([]);
  });

  it('maps quoted cells: "" to its first quote, the end to the closing quote', () => {
    const file = 'title,content\nT,"say ""hi"""\n';
    const [u] = readTemplates('t.csv', file);
    expect(u!.text).toBe('say "hi"');
    expect(file.slice(u!.map[4], u!.map[5])).toBe('""');
    expect(file[u!.map[8]!]).toBe('"');
    expect(u!.map[8]).toBe(file.length - 2);
  });

  it('encodes for quoted and unquoted cells', () => {
    const [q] = readTemplates('t.csv', 'title,content\nT,"a, b"\n');
    expect(q!.encode('say "x", ok\n')).toBe('say ""x"", ok\n');
    const [u] = readTemplates('t.csv', 'title,content\nT,plain words\n');
    expect(u!.encode('new words')).toBe('new words');
    expect(u!.encode('a, b')).toBeNull();
    expect(u!.encode('"q"')).toBeNull();
    expect(u!.encode('a\nb')).toBeNull();
  });

  it('writes fixes that read back as intended', () => {
    const file = 'title,content\r\nT,"Hi ""there"",\r\nfriend"\r\nU,plain there\r\n';
    const units = readTemplates('t.csv', file);
    for (const [k, u] of units.entries()) {
      const s = u.text.indexOf('there');
      const fixed = fixSpan(u, file, s, s + 5, k === 0 ? 'a "new", one' : 'new one');
      expect(readTemplates('t.csv', fixed!)[k]!.text).toBe(u.text.slice(0, s) + (k === 0 ? 'a "new", one' : 'new one') + u.text.slice(s + 5));
    }
  });
});
