import { describe, expect, it } from 'vitest';
import { readTemplates } from '../../../src/cli/read/index.ts';
import { handlebarsComments, htmlComments, liquidComments } from '../../../src/cli/read/markup/comments.ts';
import type { Comment } from '../../../src/cli/types.ts';

/** Comments as [source slice, body]. */
const found = (s: string, find: (s: string) => Comment[]): [string, string][] => find(s).map((c) => [s.slice(c.start, c.end), c.body]);

describe('HTML comments in text and Markdown', () => {
  it.each([
    ['a <!-- heard-disable no-jargon --> b', [['<!-- heard-disable no-jargon -->', 'heard-disable no-jargon']]],
    ['<!--x--><!--\n y \n-->', [['<!--x-->', 'x'], ['<!--\n y \n-->', 'y']]],
    ['<!-- open', []],
    ['<!-- a --> <!-- open', [['<!-- a -->', 'a']]],
    ['no comment --> here', []],
  ])('%j', (s, expected) => {
    expect(found(s, htmlComments)).toEqual(expected);
  });

  it('blanks comments to spaces in the text, keeping line breaks and length', () => {
    const file = 'Hi <!-- a\r\nb --> there';
    const [u] = readTemplates('t.md', file);
    expect(u!.text).toBe('Hi       \r\n      there');
    expect(u!.comments).toEqual([{ start: 3, end: 16, body: 'a\r\nb' }]);
    expect([...u!.map]).toEqual([...Array(file.length + 1).keys()]);
  });

  it('starts after a BOM', () => {
    const [u] = readTemplates('t.txt', '\ufeffHi');
    expect(u!.text).toBe('Hi');
    expect([...u!.map]).toEqual([1, 2, 3]);
    expect(u!.name).toBe('t.txt');
  });
});

describe('Handlebars comments', () => {
  it.each([
    ['{{!-- heard-disable-next-line no-canned-phrases --}}', [['{{!-- heard-disable-next-line no-canned-phrases --}}', 'heard-disable-next-line no-canned-phrases']]],
    ['{{! short one }} {{name}}', [['{{! short one }}', 'short one']]],
    ['{{~!-- trim --~}}x{{~! t ~}}', [['{{~!-- trim --~}}', 'trim'], ['{{~! t ~}}', 't']]],
    ['{{!-- has }} inside --}}', [['{{!-- has }} inside --}}', 'has }} inside']]],
    ['{{first_name}} {{{raw}}} {{#if x}}y{{/if}}', []],
    ['{{!-- never closed', []],
    ['{{! never closed', []],
  ])('%j', (s, expected) => {
    expect(found(s, handlebarsComments)).toEqual(expected);
  });

  it('keeps placeholders verbatim in the text', () => {
    const [u] = readTemplates('w.hbs', '{{! note }}Hi {{first_name}}');
    expect(u!.text).toBe('           Hi {{first_name}}');
    expect(u!.comments).toEqual([{ start: 0, end: 11, body: 'note' }]);
  });
});

describe('Liquid comments', () => {
  it.each([
    ['{% comment %}heard-disable use-name{% endcomment %}', [['{% comment %}heard-disable use-name{% endcomment %}', 'heard-disable use-name']]],
    ['{%- comment -%} x {%- endcomment -%}', [['{%- comment -%} x {%- endcomment -%}', 'x']]],
    ['{%comment%}a {% if b %}c{% endif %}{%endcomment%}', [['{%comment%}a {% if b %}c{% endif %}{%endcomment%}', 'a {% if b %}c{% endif %}']]],
    ['{% # inline note %} {%- # trimmed -%}', [['{% # inline note %}', 'inline note'], ['{%- # trimmed -%}', 'trimmed']]],
    ['{% if x %}y{% endif %} {{ order.number }}', []],
    ['{% comment %} never closed', []],
    ['{% comment %} no end tag {% if %}', []],
    ['{% comment %}a{% endcomment %}{% comment %}b{% endcomment %}', [['{% comment %}a{% endcomment %}', 'a'], ['{% comment %}b{% endcomment %}', 'b']]],
    ['{% comment %}x {% comment %}y{% endcomment %} {% # z %}', [['{% comment %}x {% comment %}y{% endcomment %}', 'x {% comment %}y'], ['{% # z %}', 'z']]],
  ])('%j', (s, expected) => {
    expect(found(s, liquidComments)).toEqual(expected);
  });

  it('keeps other tags in the text', () => {
    const [u] = readTemplates('s.liquid', '{% # c %}Hi {% if a %}b{% endif %}');
    expect(u!.text).toBe('         Hi {% if a %}b{% endif %}');
  });
});
