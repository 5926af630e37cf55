/**
 * Pathological inputs of about 2 MB: each must finish (one forward pass everywhere), with the
 * output checked, not the time. A quadratic scanner would take hours on these.
 */
import { describe, expect, it } from 'vitest';
import { readTemplates } from '../../../src/cli/read/index.ts';
import { ReadError } from '../../../src/cli/types.ts';

const M = 1_000_000;

function readError(path: string, text: string): ReadError {
  try { readTemplates(path, text); } catch (e) { expect(e).toBeInstanceOf(ReadError); return e as ReadError; }
  throw new Error('expected a ReadError');
}

describe('linear time on pathological input', () => {
  it('JSON: a million nested arrays, balanced and unbalanced', () => {
    expect(readError('x.json', '['.repeat(M) + ']'.repeat(M)).message).toMatch(/^no templates found/);
    expect(readError('x.json', '['.repeat(2 * M)).offset).toBe(2 * M);
    expect(readError('x.json', '{"a":'.repeat(400_000) + '1' + '}'.repeat(399_999)).offset).toBe(2.4 * M);
  });

  it('JSON: a string of a million escapes', () => {
    const [u] = readTemplates('x.json', '[{"content":"' + '\\n'.repeat(M) + 'x"}]');
    expect(u!.text).toBe('\n'.repeat(M) + 'x');
    expect(u!.map[M]).toBe(13 + 2 * M);
  });

  it('HTML: a million &amp;', () => {
    const [u] = readTemplates('x.html', '&amp;'.repeat(M / 2) + '<p>end');
    expect(u!.text).toBe('&'.repeat(M / 2) + '\nend');
    expect(u!.map[M / 2 - 1]).toBe(5 * (M / 2 - 1));
  });

  it('HTML: unterminated comment, tag, attribute; runs of <', () => {
    expect(readTemplates('x.html', 'a<!--' + 'x-'.repeat(M))[0]!.comments).toHaveLength(1);
    expect(readTemplates('x.html', 'a<b title="' + '>'.repeat(2 * M))[0]!.text).toBe('a');
    expect(readTemplates('x.html', '<'.repeat(2 * M))[0]!.text).toBe('<'.repeat(2 * M));
    expect(readTemplates('x.html', '<a'.repeat(M))[0]!.text).toBe('');
    expect(readTemplates('x.html', '<script>' + '</scrip'.repeat(250_000))[0]!.text).toBe('');
    expect(readTemplates('x.html', '&#'.repeat(M))[0]!.text).toBe('&#'.repeat(M));
    expect(readTemplates('x.html', ' \n'.repeat(M) + 'x')[0]!.text).toBe('x');
  });

  it('text and Markdown: a run of unterminated <!--', () => {
    const [u] = readTemplates('x.md', '<!--'.repeat(500_000));
    expect(u!.comments).toEqual([]);
    expect(u!.text.length).toBe(2 * M);
  });

  it('Handlebars: runs of {{!, {{!-- and {{', () => {
    expect(readTemplates('x.hbs', '{{!'.repeat(700_000))[0]!.comments).toEqual([]);
    expect(readTemplates('x.hbs', '{{!--'.repeat(400_000) + '}}')[0]!.comments).toHaveLength(1);
    expect(readTemplates('x.hbs', '{{!-- x --'.repeat(200_000))[0]!.comments).toEqual([]);
    expect(readTemplates('x.hbs', '{{'.repeat(M))[0]!.comments).toEqual([]);
  });

  it('Liquid: runs of {%, unterminated comment blocks, comment openers', () => {
    expect(readTemplates('x.liquid', '{%'.repeat(M))[0]!.comments).toEqual([]);
    expect(readTemplates('x.liquid', '{% comment %}' + '{%'.repeat(M) + '%}')[0]!.comments).toEqual([]);
    expect(readTemplates('x.liquid', '{% comment %}'.repeat(150_000))[0]!.comments).toEqual([]);
    expect(readTemplates('x.liquid', '{% if %}'.repeat(250_000))[0]!.comments).toEqual([]);
    const many = readTemplates('x.liquid', '{% # c %}'.repeat(200_000))[0]!;
    expect(many.comments).toHaveLength(200_000);
  });

  it('CSV: an unterminated quote, and a field of a million ""', () => {
    expect(readError('x.csv', 'title,content\nT,"' + 'x,\n'.repeat(600_000)).offset).toBe(16);
    const [u] = readTemplates('x.csv', 'title,content\nT,"' + '""'.repeat(M) + '"\n');
    expect(u!.text).toBe('"'.repeat(M));
  });

  it('YAML: deep nesting is refused, long scalars are mapped', () => {
    expect(readError('x.yaml', '['.repeat(2 * M)).message).toMatch(/nested deeper/);
    expect(readError('x.yaml', '- '.repeat(M)).message).toMatch(/nested deeper/);
    const literal = readTemplates('x.yaml', 'v: |\n' + '  line\n'.repeat(200_000), { field: 'v' })[0]!;
    expect(literal.text).toBe('line\n'.repeat(200_000));
    const dq = readTemplates('x.yaml', 'v: "' + '\\t'.repeat(400_000) + '"', { field: 'v' })[0]!;
    expect(dq.text).toBe('\t'.repeat(400_000));
    const folded = readTemplates('x.yaml', 'v: a\n' + '  b\n'.repeat(200_000), { field: 'v' })[0]!;
    expect(folded.text).toBe('a' + ' b'.repeat(200_000));
  });

  it('--field: a long path on a wide document', () => {
    const doc = JSON.stringify({ items: Array.from({ length: 100_000 }, (_, i) => ({ title: `t${i}`, body: 'b' })) });
    const units = readTemplates('x.json', doc, { field: 'items[].body' });
    expect(units).toHaveLength(100_000);
    expect(units[99_999]!.name).toBe('t99999');
    expect(readError('x.json', doc.replace('"items"', '"other"')).message).toMatch(/^no templates found/);
  });
});
