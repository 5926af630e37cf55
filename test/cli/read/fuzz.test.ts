/**
 * Random inputs built from each format's own tokens: reading either yields units whose maps are
 * well formed (right length, non-decreasing, inside the file) or throws a ReadError, nothing else.
 */
import { describe, expect, it } from 'vitest';
import { readTemplates } from '../../../src/cli/read/index.ts';
import { ReadError } from '../../../src/cli/types.ts';

function rng(seed: number): (n: number) => number {
  return (n) => { // mulberry32
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (((t ^ (t >>> 14)) >>> 0) / 4294967296 * n) | 0;
  };
}

const COMMON = ['a', 'Hi ', ' ', '\n', '\r\n', '\t', 'é', '😀', '\ud800', '\ufeff', '"', "'", '\\', '{{', '}}', '{%', '%}', '<', '>', '&', ';', '#', '-', ':', ',', '[', ']', '{', '}'];
const TOKENS: Record<string, string[]> = {
  'x.json': ['{"macros":[', '{"title":"t","actions":[{"field":"comment_value","value":"', '"}]}', ']}', '\\u00e9', '\\n', '\\"', '"content":"', '"text":', 'null', '1e5', '-0.5', 'true'],
  'x.yaml': ['macros:\n', '  - title: T\n', '    actions:\n', '      - field: comment_value\n', '        value: ', '|\n', '>-\n', '|+2\n', '          ', '&a ', '*a', '!!str ', '? ', '- ', '"\\x41', '\\u00e9', '---\n', '...\n', '%YAML 1.2\n'],
  'x.csv': ['title,content\r\n', 'title,body\n', '"', '""', ',', '\r', 'x'],
  'x.html': ['<p>', '</p>', '<br>', '<!--', '-->', '<script>', '</script>', '&amp;', '&#x1F600;', '&#', '<a href="', '<!DOCTYPE', '<?', '</', '<td>'],
  'x.hbs': ['{{!--', '--}}', '{{!', '~}}', '{{~', '{{#if x}}', '{{/if}}'],
  'x.liquid': ['{% comment %}', '{% endcomment %}', '{%- comment -%}', '{% # ', '{% if x %}', '-%}'],
  'x.md': ['<!--', '-->', '1. ', '**'],
};

describe.each(Object.keys(TOKENS))('%s', (path) => {
  it('reads or throws a ReadError, with well-formed maps', () => {
    const rnd = rng(path.length * 7919);
    const alphabet = [...TOKENS[path]!, ...COMMON];
    for (let k = 0; k < 1500; k++) {
      const parts: string[] = [];
      for (let n = rnd(40); n > 0; n--) parts.push(alphabet[rnd(alphabet.length)]!);
      const file = parts.join('');
      let units;
      try {
        units = readTemplates(path, file, rnd(4) === 0 ? { field: 'macros[].title' } : {});
      } catch (e) {
        if (!(e instanceof ReadError)) throw new Error(`${JSON.stringify(file)}: ${String(e)}`);
        if (e.offset !== undefined) expect(e.offset).toBeLessThanOrEqual(file.length);
        continue;
      }
      for (const u of units) {
        expect(u.map.length).toBe(u.text.length + 1);
        for (let i = 1; i < u.map.length; i++) {
          if (u.map[i]! < u.map[i - 1]!) throw new Error(`${JSON.stringify(file)}: map decreases at ${i}`);
        }
        expect(u.map[0]).toBeGreaterThanOrEqual(0);
        expect(u.map[u.text.length]).toBeLessThanOrEqual(file.length);
        for (const c of u.comments) expect(c.start <= c.end && c.end <= u.text.length).toBe(true);
        const enc = u.encode('plain words');
        expect(enc === null || typeof enc === 'string').toBe(true);
      }
    }
  });
});
