import { describe, expect, it } from 'vitest';
import { decodeJsonString } from '../../../src/cli/read/json-string.ts';
import { parseJson } from '../../../src/cli/read/json.ts';
import type { Tree } from '../../../src/cli/read/tree.ts';
import { ReadError } from '../../../src/cli/types.ts';

/** The tree as plain data: strings, arrays, objects as entry lists; other values as null. */
function plain(t: Tree): unknown {
  if (t.kind === 'string') return t.value;
  if (t.kind === 'array') return t.items.map(plain);
  if (t.kind === 'object') return t.entries.map((e) => [e.key, plain(e.value)]);
  return null;
}

function error(text: string): { message: string; offset: number | undefined } {
  try { parseJson(text); } catch (e) {
    expect(e).toBeInstanceOf(ReadError);
    return { message: (e as ReadError).message, offset: (e as ReadError).offset };
  }
  throw new Error(`parsed: ${text}`);
}

describe('parseJson', () => {
  it.each([
    ['"a"', 'a'],
    ['  [1, -2.5e+3, true, false, null, "x"] ', [null, null, null, null, null, 'x']],
    ['{"a": {"b": ["c"]}, "d": []}', [['a', [['b', ['c']]]], ['d', []]]],
    ['{}', []],
    ['\ufeff{"k":"v"}', [['k', 'v']]],
    ['"\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00"', '"\\/\b\f\n\r\té😀'],
    ['{"a":1,"a":"last"}', [['a', null], ['a', 'last']]],
  ])('parses %j', (text, expected) => {
    expect(plain(parseJson(text))).toEqual(expected);
  });

  it.each([
    ['', 'malformed JSON: unexpected end of input', 0],
    ['{"a": 1', "malformed JSON: unexpected end of input: expected ',' or '}'", 7],
    ['{"a": "b', 'malformed JSON: unterminated string', 6],
    ['[1, 2,]', "malformed JSON: unexpected character \"]\"", 6],
    ['{"a": 1,}', 'malformed JSON: unexpected character "}": expected a quoted key', 8],
    ['{a: 1}', 'malformed JSON: unexpected character "a": expected a quoted key', 1],
    ['{"a" 1}', "malformed JSON: unexpected character \"1\": expected ':' after a key", 5],
    ['["a\\x"]', 'malformed JSON: invalid escape \\x', 3],
    ['["\\u12g4"]', 'malformed JSON: invalid \\u escape: expected 4 hex digits', 2],
    ['["a\nb"]', 'malformed JSON: unexpected control character U+000A in a string (escape it)', 3],
    ['[01]', "malformed JSON: unexpected character \"1\": expected ',' or ']'", 2],
    ['[1.]', "malformed JSON: invalid number: expected a digit after '.'", 3],
    ['[1e]', 'malformed JSON: invalid number: expected a digit in the exponent', 3],
    ['[-]', 'malformed JSON: invalid number: unexpected character "]"', 2],
    ['[tru]', 'malformed JSON: unexpected character "t"', 1],
    ['{"a":1} x', 'malformed JSON: unexpected character "x" after the end of the document', 8],
    ['[😀]', 'malformed JSON: unexpected character "😀"', 1],
  ])('reports %j', (text, message, offset) => {
    expect(error(text)).toEqual({ message, offset });
  });

  it('parses deep nesting without recursion, and reports deep truncation at the end', () => {
    const depth = 200_000;
    let t = parseJson('['.repeat(depth) + '"x"' + ']'.repeat(depth));
    for (let d = 0; d < depth; d++) {
      if (t.kind !== 'array') throw new Error(`depth ${d}`);
      t = t.items[0]!;
    }
    expect(plain(t)).toBe('x');
    expect(error('{"a":'.repeat(depth))).toEqual({ message: 'malformed JSON: unexpected end of input', offset: depth * 5 });
  });
});

describe('decodeJsonString', () => {
  it('maps each decoded char to its source char or its escape', () => {
    const text = '"a\\nb\\u00e9\\ud83d\\ude00\\"c"';
    const { value, map } = decodeJsonString(text, 0);
    expect(value).toBe('a\nbé😀"c');
    expect([...map]).toEqual([1, 2, 4, 5, 11, 17, 23, 25, 26]);
    expect(text[map[0]!]).toBe('a');
    expect(text.slice(map[3]!, map[4]!)).toBe('\\u00e9');
    expect(text.slice(map[4]!, map[6]!)).toBe('\\ud83d\\ude00');
    expect(map[value.length]).toBe(text.length - 1); // the closing quote
  });

  it('maps raw surrogate pairs unit by unit', () => {
    const { value, map } = decodeJsonString('"😀!"', 0);
    expect(value).toBe('😀!');
    expect([...map]).toEqual([1, 2, 3, 4]);
  });
});
