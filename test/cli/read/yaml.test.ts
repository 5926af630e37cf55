import { describe, expect, it } from 'vitest';
import { readTemplates } from '../../../src/cli/read/index.ts';
import { MAX_YAML_DEPTH, nestingBound, parseYaml } from '../../../src/cli/read/yaml.ts';
import type { Tree } from '../../../src/cli/read/tree.ts';
import { ReadError } from '../../../src/cli/types.ts';
import { checkMap, fixSpan } from './helpers.ts';

/** The one template at `v` of a YAML document, its map checked. */
function scalar(doc: string) {
  const [u] = readTemplates('x.yaml', doc, { field: 'v' });
  checkMap(u!, doc);
  return u!;
}

describe('YAML scalars', () => {
  it.each([
    ['plain', 'v: Hi there', 'Hi there'],
    ['plain, folded over lines', 'v: Hi\n  there\n\n  friend  \n', 'Hi there\nfriend'],
    ['plain with a comment after', 'v: Hi there # note\n', 'Hi there'],
    ['single-quoted', "v: 'it''s ok'", "it's ok"],
    ['single-quoted, folded', "v: 'a  \n   b\n\n\n   c'", 'a b\n\nc'],
    ['double-quoted escapes', 'v: "tab\\tnl\\n\\u00e9\\x41\\U0001F600\\"q\\\\"', 'tab\tnl\néA😀"q\\'],
    ['double-quoted, escaped line break', 'v: "one \\\n   two"', 'one two'],
    ['double-quoted, folded', 'v: "one  \n  two\n\n  three"', 'one two\nthree'],
    ['literal', 'v: |\n  Hi,\n\n    indented\n  end\n', 'Hi,\n\n  indented\nend\n'],
    ['literal, strip', 'v: |-\n  a\n  b\n\n', 'a\nb'],
    ['literal, keep', 'v: |+\n  a\n\n\n', 'a\n\n\n'],
    ['literal, explicit indent', 'v: |2\n    lead\n  b\n', '  lead\nb\n'],
    ['literal, leading blank lines', 'v: |\n\n  a\n', '\na\n'],
    ['folded', 'v: >\n  one\n  two\n\n  three\n', 'one two\nthree\n'],
    ['folded, more-indented', 'v: >-\n  a\n    code\n  b\n', 'a\n  code\nb'],
    ['folded in a sequence', 'v:\n  - >\n    x\n    y\n', null],
    ['CRLF plain', 'v: a\r\n  b\r\n', 'a b'],
    ['CRLF literal', 'v: |\r\n  a\r\n  b\r\n', 'a\nb\n'],
    ['CRLF double-quoted', 'v: "a\r\n  b"', 'a b'],
    ['tagged', 'v: !!str plain', 'plain'],
    ['anchored', 'v: &x "quoted"', 'quoted'],
    ['flow mapping', 'v: {x: 1}\n', null],
  ])('%s', (_, doc, text) => {
    if (text === null) return; // not a string at v: covered elsewhere
    const u = scalar(doc);
    expect(u.text).toBe(text);
    expect(u.encode('ok')).toBe('ok'); // the exact map, not the coarse fallback
  });

  it('maps escapes and folds to the right source positions', () => {
    const doc = 'v: "a\\u00e9b\n  c"';
    const u = scalar(doc);
    expect(u.text).toBe('aéb c');
    expect(doc.slice(u.map[1], u.map[2])).toBe('\\u00e9');
    expect(doc[u.map[3]!]).toBe('\n');
    expect(doc[u.map[4]!]).toBe('c');
    expect(u.map[5]).toBe(doc.length - 1);
  });

  it('maps block content to its own column', () => {
    const doc = 'v: |\n    Hi {{name}},\n    bye\n';
    const u = scalar(doc);
    expect(u.text).toBe('Hi {{name}},\nbye\n');
    expect(u.map[0]).toBe(doc.indexOf('Hi'));
    expect(u.map[u.text.indexOf('bye')]).toBe(doc.indexOf('bye'));
  });

  it('reads the Zendesk shape, and a list of documents', () => {
    const doc = 'macros:\n  - title: A\n    actions:\n      - field: comment_value\n        value: |\n          Hi a\n';
    expect(readTemplates('m.yaml', doc).map((u) => [u.name, u.text])).toEqual([['A', 'Hi a\n']]);
    const docs = '---\ntitle: One\ncontent: first\n---\nname: Two\ntext: second\n';
    expect(readTemplates('m.yml', docs).map((u) => [u.name, u.index, u.text])).toEqual([['One', 0, 'first'], ['Two', 1, 'second']]);
  });

  it('treats aliases and non-string values as non-templates', () => {
    const doc = 'base: &b "shared"\nitems:\n  - body: *b\n  - body: 12\n  - body: real\n';
    expect(readTemplates('a.yaml', doc, { field: 'items[].body' }).map((u) => u.text)).toEqual(['real']);
  });
});

describe('YAML encoders', () => {
  it.each([
    ['plain', 'v: Hi there', 'new words', 'new words'],
    ['plain refuses a colon', 'v: Hi there', 'a: b', null],
    ['plain refuses a comment', 'v: Hi there', 'a #b', null],
    ['plain refuses an indicator first', 'v: Hi there', '- a', null],
    ['plain refuses edge spaces', 'v: Hi there', ' a', null],
    ['plain in flow refuses a comma', 'v: [Hi there]', 'a, b', null],
    ['plain in block takes a comma', 'v: Hi there', 'a, b', 'a, b'],
    ['single doubles quotes', "v: 'Hi there'", "it's", "it''s"],
    ['single refuses a line break', "v: 'Hi there'", 'a\nb', null],
    ['double escapes', 'v: "Hi there"', 'say "hi"\\\n\t\x01', 'say \\"hi\\"\\\\\\n\\t\\x01'],
    ['literal', 'v: |\n  Hi there\n', 'it\'s "x"', 'it\'s "x"'],
    ['literal refuses a line break', 'v: |\n  Hi there\n', 'a\nb', null],
  ])('%s', (_, doc, replacement, expected) => {
    const u = readTemplates('x.yaml', doc, { field: doc.includes('[') ? 'v[0]' : 'v' })[0]!;
    expect(u.encode(replacement)).toBe(expected);
  });

  it('writes fixes that read back as intended, per style', () => {
    const docs = [
      'v: Hi there friend\n', "v: 'Hi there friend'\n", 'v: "Hi there friend"\n',
      'v: |\n  Hi there friend\n', 'v: >\n  Hi there\n  friend\n', 'v: Hi there\n  friend\n',
    ];
    for (const doc of docs) {
      const u = scalar(doc);
      const s = u.text.indexOf('there');
      const fixed = fixSpan(u, doc, s, s + 5, 'it\'s "new" é');
      const expected = u.text.slice(0, s) + 'it\'s "new" é' + u.text.slice(s + 5);
      expect(fixed === null ? expected : scalar(fixed).text, doc).toBe(expected);
      expect(fixed, doc).not.toBeNull();
    }
  });
});

describe('YAML decoding agrees with the yaml package', () => {
  /** Deterministic generator of tricky scalars in every style. */
  function* docs(): Generator<string> {
    let seed = 7;
    const rnd = (n: number): number => { // mulberry32
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return (((t ^ (t >>> 14)) >>> 0) / 4294967296 * n) | 0;
    };
    const pick = <T>(xs: readonly T[]): T => xs[rnd(xs.length)]!;
    const words = ['Hi', "it''s", 'a  b', 'x\t', 'é😀', '{{name}}', '"q"', 'a\\tb', 'end ', '  lead', '\ttab', '--', 'w'];
    const breaks = ['\n', '\n\n', '\r\n', '\n  \n', '\n\n\n'];
    const headers = ['|', '|-', '|+', '>', '>-', '>+', '|2', '>1-'];
    for (let k = 0; k < 600; k++) {
      const lines = Array.from({ length: 1 + rnd(4) }, () => pick(words) + (rnd(2) ? ' ' + pick(words) : ''));
      const style = rnd(5);
      const ind = '  ' + ' '.repeat(rnd(3));
      if (style === 0) yield 'v: ' + lines.map((l) => l.replace(/''|\\t|"/g, 'q')).join(pick(breaks) + ind) + '\n';
      else if (style === 1) yield "v: '" + lines.join(pick(breaks) + ind) + "'\n";
      else if (style === 2) yield 'v: "' + lines.map((l) => l.replace(/"/g, '\\"')).join(pick(breaks) + ind + (rnd(3) ? '' : '\\')) + '"\n';
      else yield 'v: ' + pick(headers) + '\n' + lines.map((l) => (rnd(4) ? '' : '  ') + l).map((l) => ind + l).join(pick(breaks)) + pick(['\n', '\n\n', '', '\n  \n']);
    }
  }

  it('maps every valid generated scalar exactly', () => {
    let exact = 0;
    let invalid = 0;
    for (const doc of docs()) {
      let tree: Tree;
      try { tree = parseYaml(doc); } catch (e) { expect(e).toBeInstanceOf(ReadError); invalid++; continue; }
      const v = tree.kind === 'object' ? tree.entries[0]?.value : undefined;
      if (v?.kind !== 'string') continue;
      const c = v.container();
      expect(c.value, doc).toBe(v.value);
      expect(c.encode('w'), JSON.stringify(doc)).not.toBeNull();
      checkMap({ name: doc, index: 0, text: c.value, map: c.map, comments: [], encode: c.encode }, doc);
      exact++;
    }
    expect(exact).toBeGreaterThan(400);
    expect(invalid).toBeLessThan(200);
  });
});

describe('YAML errors', () => {
  it.each([
    ['a: "unclosed\n', 'malformed YAML: Missing closing "quote', 13],
    ['a: b: c\n', 'malformed YAML: Nested mappings are not allowed in compact mappings', 3],
    ['- a\nb: 1\n', 'malformed YAML: Unexpected scalar at node end', 4],
    ['a:\n  - x\n - y\n', 'malformed YAML: A block sequence may not be used as an implicit map key', 9],
  ])('reports %j with an offset', (doc, message, offset) => {
    try { readTemplates('x.yaml', doc); } catch (e) {
      expect(e).toBeInstanceOf(ReadError);
      expect((e as ReadError).message).toBe(message);
      expect((e as ReadError).offset).toBe(offset);
      return;
    }
    throw new Error('no error');
  });

  it('refuses nesting beyond the limit before parsing', () => {
    expect(nestingBound('a:\n  b: [1, {c: 2}]\n- - x\n')).toBe(10); // 2 × 4 columns of `- - ` + 2
    expect(nestingBound('[{}]')).toBe(4);
    const deep = '['.repeat(MAX_YAML_DEPTH);
    expect(() => readTemplates('x.yaml', deep)).toThrow(/nested deeper than 1000 levels/);
    expect(() => readTemplates('x.yaml', '- '.repeat(600) + 'x')).toThrow(ReadError);
  });

  it('reports a document without templates', () => {
    expect(() => readTemplates('x.yaml', 'just: data\n')).toThrow(/^no templates found/);
    expect(() => readTemplates('x.yaml', '')).toThrow(/^no templates found/);
  });
});
