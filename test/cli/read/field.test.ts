import { describe, expect, it } from 'vitest';
import { parseFieldPath } from '../../../src/cli/read/field-path.ts';
import { readTemplates } from '../../../src/cli/read/index.ts';
import { ReadError } from '../../../src/cli/types.ts';
import { checkMap } from './helpers.ts';

describe('parseFieldPath', () => {
  it.each([
    ['items[].body', [{ kind: 'key', key: 'items' }, { kind: 'all' }, { kind: 'key', key: 'body' }]],
    ['data.templates[*].text', [{ kind: 'key', key: 'data' }, { kind: 'key', key: 'templates' }, { kind: 'all' }, { kind: 'key', key: 'text' }]],
    ['$.x[*].y', [{ kind: 'key', key: 'x' }, { kind: 'all' }, { kind: 'key', key: 'y' }]],
    ['$.replies[0].html', [{ kind: 'key', key: 'replies' }, { kind: 'index', index: 0 }, { kind: 'key', key: 'html' }]],
    ['[3]', [{ kind: 'index', index: 3 }]],
    ['$[*]', [{ kind: 'all' }]],
    ['templates.*', [{ kind: 'key', key: 'templates' }, { kind: 'all' }]],
    ['["odd key"].text', [{ kind: 'key', key: 'odd key' }, { kind: 'key', key: 'text' }]],
    ["$['a.b']", [{ kind: 'key', key: 'a.b' }]],
  ])('%s', (path, steps) => {
    expect(parseFieldPath(path)).toEqual(steps);
  });

  it.each([
    ['', 'empty path'],
    ['$', 'empty path'],
    ['items[', "unclosed '[' at 5"],
    ['items[x]', 'expected [], [*], [n] or ["key"] at 5'],
    ['a..b', 'expected a key at 2'],
    ['$x', 'unexpected "x" at 1'],
    ['a]', 'unexpected "]" at 1'],
  ])('rejects %j', (path, why) => {
    expect(() => parseFieldPath(path)).toThrow(new ReadError(`invalid --field path ${JSON.stringify(path)}: ${why}`));
  });
});

describe('--field', () => {
  const data = {
    items: [
      { id: 1, title: 'With title', body: 'First body' },
      { id: 2, name: 'With name', body: '<p>Second &amp; body</p>' },
      { id: 3, subject: 'With subject', body: 'Third' },
      { id: 4, body: 'Untitled' },
      { id: 5, body: 42 },
    ],
    data: { templates: [{ text: 'deep one' }, { text: 'deep two' }] },
    byKey: { refund: 'Refund text', welcome: 'Welcome text' },
    strings: ['s0', 's1'],
    html: { body_html: 'a &lt; b' },
  };
  const file = JSON.stringify(data, null, 2);
  const read = (field: string): [string, number, string][] =>
    readTemplates('c.json', file, { field }).map((u) => { checkMap(u, file); return [u.name, u.index, u.text]; });

  it('takes titles from title, name or subject, else #n; skips non-strings', () => {
    expect(read('items[].body')).toEqual([
      ['With title', 0, 'First body'], ['With name', 1, 'Second & body'], ['With subject', 2, 'Third'], ['#4', 3, 'Untitled'],
    ]);
  });

  it.each([
    ['data.templates[].text', [['#1', 0, 'deep one'], ['#2', 1, 'deep two']]],
    ['$.data.templates[*].text', [['#1', 0, 'deep one'], ['#2', 1, 'deep two']]],
    ['items[2].body', [['With subject', 0, 'Third']]],
    ['byKey.*', [['refund', 0, 'Refund text'], ['welcome', 1, 'Welcome text']]],
    ['strings[]', [['#1', 0, 's0'], ['#2', 1, 's1']]],
    ['html.body_html', [['#1', 0, 'a < b']]],
  ])('%s', (field, expected) => {
    expect(read(field)).toEqual(expected);
  });

  it('overrides helpdesk detection', () => {
    const zendesk = JSON.stringify({ macros: [{ title: 'T', description: 'Desc', actions: [{ field: 'comment_value', value: 'C' }] }] });
    expect(readTemplates('z.json', zendesk, { field: 'macros[].description' }).map((u) => [u.name, u.text])).toEqual([['T', 'Desc']]);
  });

  it.each(['items[].nothing', 'items[9].body', 'nothing', 'items[].id'])('reports %s finding no strings', (field) => {
    expect(() => readTemplates('c.json', file, { field })).toThrow(new ReadError(`no templates found at --field ${field}: no string values there`));
  });
});
