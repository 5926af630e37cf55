import { describe, expect, it } from 'vitest';
import { isNoTemplates, readTemplates } from '../../../src/cli/read/index.ts';
import { ReadError } from '../../../src/cli/types.ts';
import { checkMap } from './helpers.ts';

const NO_TEMPLATES = 'no templates found: expected a Zendesk, Freshdesk or Help Scout export, or pass --field';

/** [name, index, text] of every unit, after checking each unit's map against the file. */
function read(path: string, file: string, field?: string): [string, number, string][] {
  return readTemplates(path, file, field === undefined ? {} : { field }).map((u) => {
    checkMap(u, file);
    return [u.name, u.index, u.text];
  });
}

const macro = (title: string, actions: unknown[]): unknown => ({ id: 1, title, actions });
const comment = (value: unknown, field = 'comment_value'): unknown => ({ field, value });

describe('Zendesk macros', () => {
  it.each([
    ['{macros: [...]}', { macros: [macro('A', [comment('Hi a')]), macro('B', [comment('Hi b')])], count: 2 }],
    ['an array of macros', [macro('A', [comment('Hi a')]), macro('B', [comment('Hi b')])]],
  ])('reads %s', (_, data) => {
    expect(read('m.json', JSON.stringify(data))).toEqual([['A', 0, 'Hi a'], ['B', 1, 'Hi b']]);
  });

  it('reads {macro: {...}}, the single-macro API shape', () => {
    expect(read('m.json', JSON.stringify({ macro: macro('Only', [comment('Hello')]) }))).toEqual([['Only', 0, 'Hello']]);
  });

  it('takes comment_value as text and comment_value_html as HTML, skipping other actions', () => {
    const data = { macros: [macro('M', [
      { field: 'status', value: 'solved' },
      comment('<b>kept</b> as typed'),
      comment('<p>Hi &amp; bye</p>', 'comment_value_html'),
      { field: 'set_tags', value: 'x y' },
    ])] };
    expect(read('m.json', JSON.stringify(data))).toEqual([['M', 0, '<b>kept</b> as typed'], ['M', 1, 'Hi & bye']]);
  });

  it('takes the last string of an array value (["channel:all", "text"])', () => {
    const data = [macro('Arr', [comment(['channel:all', 'The comment'])]), macro('Nums', [comment([1, 'only string', 2])])];
    expect(read('m.json', JSON.stringify(data))).toEqual([['Arr', 0, 'The comment'], ['Nums', 1, 'only string']]);
  });

  it('names untitled macros by position among the templates', () => {
    const data = [{ actions: [comment('one')] }, { title: '  ', actions: [comment('two')] }];
    expect(read('m.json', JSON.stringify(data))).toEqual([['#1', 0, 'one'], ['#2', 1, 'two']]);
  });

  it('maps escapes back into the file', () => {
    const file = '{"macro":{"title":"T","actions":[{"field":"comment_value","value":"Hi \\u00e9\\nok"}]}}';
    const [u] = readTemplates('m.json', file);
    expect(u!.text).toBe('Hi é\nok');
    expect(file.slice(u!.map[3], u!.map[4])).toBe('\\u00e9');
    expect(file.slice(u!.map[4], u!.map[5])).toBe('\\n');
    expect(file.slice(u!.map[5], u!.map[7])).toBe('ok');
    expect(file[u!.map[7]!]).toBe('"');
  });
});

describe('Freshdesk canned responses', () => {
  const both = { id: 1, title: 'Both', content: 'Plain words', content_html: '<div>Html words</div>' };
  const htmlOnly = { id: 2, title: 'Html', content_html: '<div>Only&nbsp;html</div>' };
  const emptyPlain = { id: 3, title: 'Empty plain', content: '', content_html: '<p>From html</p>' };
  it.each([
    ['an array', [both, htmlOnly, emptyPlain]],
    ['{canned_responses: [...]}', { canned_responses: [both, htmlOnly, emptyPlain] }],
  ])('reads %s, preferring content, else content_html', (_, data) => {
    expect(read('f.json', JSON.stringify(data))).toEqual([['Both', 0, 'Plain words'], ['Html', 1, 'Only html'], ['Empty plain', 2, 'From html']]);
  });

  it('reads a single response object', () => {
    expect(read('f.json', JSON.stringify(both))).toEqual([['Both', 0, 'Plain words']]);
  });
});

describe('Help Scout saved replies', () => {
  const replies = [
    { id: 1, name: 'Html', text: '<p>Hi {%customer.firstName%},</p><p>Done.</p>' },
    { id: 2, name: 'Plain', text: 'Plain <3 text' },
  ];
  it.each([
    ['an array', replies],
    ['{_embedded: {replies: [...]}}', { _embedded: { replies }, page: { size: 50 } }],
  ])('reads %s; text is HTML only when it has tags', (_, data) => {
    expect(read('h.json', JSON.stringify(data))).toEqual([['Html', 0, 'Hi {%customer.firstName%},\nDone.'], ['Plain', 1, 'Plain <3 text']]);
  });

  it('reads a single saved reply', () => {
    expect(read('h.json', JSON.stringify(replies[1]))).toEqual([['Plain', 0, 'Plain <3 text']]);
  });
});

describe('collections without templates', () => {
  it.each([
    ['an object of something else', { users: [{ name: 'x' }] }],
    ['macros without comments', { macros: [macro('Tag only', [{ field: 'set_tags', value: 'a' }])] }],
    ['a bare string', 'just a string'],
    ['a number', 42],
    ['an array of numbers', [1, 2]],
  ])('rejects %s', (_, data) => {
    expect(() => readTemplates('x.json', JSON.stringify(data))).toThrow(new ReadError(NO_TEMPLATES));
  });

  it('returns no units for an empty list', () => {
    expect(read('x.json', '[]')).toEqual([]);
    expect(read('x.json', '{"macros": []}')).toEqual([]);
  });

  it('keeps an empty template as a unit', () => {
    expect(read('x.json', JSON.stringify([{ title: 'Empty', content: '' }]))).toEqual([['Empty', 0, '']]);
  });
});

describe('isNoTemplates', () => {
  it('tells "no templates" from malformed input', () => {
    const error = (path: string, text: string, field?: string): unknown => {
      try { readTemplates(path, text, { field }); } catch (e) { return e; }
      return null;
    };
    expect(isNoTemplates(error('a.json', '{"users": []}'))).toBe(true);
    expect(isNoTemplates(error('a.json', '{"a": "b"}', 'x'))).toBe(true);
    expect(isNoTemplates(error('a.csv', 'id,foo\n'))).toBe(true);
    expect(isNoTemplates(error('a.csv', 'id,foo\n', 'bar'))).toBe(true);
    expect(isNoTemplates(error('a.yaml', '# nothing\n'))).toBe(true);
    expect(isNoTemplates(error('a.json', '{'))).toBe(false);
    expect(isNoTemplates(error('a.json', '[]', 'x['))).toBe(false);
    expect(isNoTemplates(new Error('no templates found'))).toBe(false);
  });
});
