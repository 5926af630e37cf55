/**
 * A small JSON parser that keeps offsets (JSON.parse loses them): strict RFC 8259, one pass,
 * iterative (an explicit stack, so `[[[[…` nested a million deep is fine), malformed input
 * reported as a ReadError at the offending offset.
 */
import { ReadError } from '../types.ts';
import { jsonContainer } from './json-string.ts';
import { OTHER, type Tree, type TreeArray, type TreeObject } from './tree.ts';

type Frame = { node: TreeObject; key: string } | { node: TreeArray; key?: undefined };

const ESCAPES = '"\\/bfnrtu';

function fail(what: string, at: number): never {
  throw new ReadError(`malformed JSON: ${what}`, at);
}

function describe(text: string, at: number): string {
  if (at >= text.length) return 'unexpected end of input';
  const cp = text.codePointAt(at)!;
  return `unexpected ${cp < 0x20 ? `control character U+${cp.toString(16).padStart(4, '0').toUpperCase()}` : `character ${JSON.stringify(String.fromCodePoint(cp))}`}`;
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 102);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function parseJson(text: string): Tree {
  const n = text.length;
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const ws = (): void => {
    for (;;) {
      const c = text.charCodeAt(pos);
      if (c === 32 || c === 10 || c === 13 || c === 9) pos++;
      else return;
    }
  };

  /** Scans the string at pos (a quote); returns its decoded value and leaves pos after it. */
  const string = (): string => {
    const quote = pos;
    let i = pos + 1;
    let escaped = false;
    for (;;) {
      if (i >= n) fail('unterminated string', quote);
      const c = text.charCodeAt(i);
      if (c === 34) break;
      if (c < 0x20) fail(`${describe(text, i)} in a string (escape it)`, i);
      if (c === 92) {
        const e = text.charAt(i + 1);
        if (e === '' || !ESCAPES.includes(e)) fail(i + 1 >= n ? 'unterminated string' : `invalid escape \\${e}`, i + 1 >= n ? quote : i);
        if (e === 'u') {
          for (let k = 2; k < 6; k++) if (!isHex(text.charCodeAt(i + k))) fail('invalid \\u escape: expected 4 hex digits', i);
          i += 6;
        } else i += 2;
        escaped = true;
        continue;
      }
      i++;
    }
    pos = i + 1;
    return escaped ? JSON.parse(text.slice(quote, pos)) as string : text.slice(quote + 1, i);
  };

  const number = (): void => {
    const start = pos;
    if (text.charCodeAt(pos) === 45) pos++;
    const first = text.charCodeAt(pos);
    if (first === 48) pos++;
    else if (first >= 49 && first <= 57) while (isDigit(text.charCodeAt(pos))) pos++;
    else fail(pos === start ? describe(text, pos) : `invalid number: ${describe(text, pos)}`, pos);
    if (text.charCodeAt(pos) === 46) {
      pos++;
      if (!isDigit(text.charCodeAt(pos))) fail(`invalid number: expected a digit after '.'`, pos);
      while (isDigit(text.charCodeAt(pos))) pos++;
    }
    if ((text.charCodeAt(pos) | 0x20) === 101) {
      pos++;
      const s = text.charCodeAt(pos);
      if (s === 43 || s === 45) pos++;
      if (!isDigit(text.charCodeAt(pos))) fail('invalid number: expected a digit in the exponent', pos);
      while (isDigit(text.charCodeAt(pos))) pos++;
    }
  };

  const literal = (word: string): void => {
    if (!text.startsWith(word, pos)) fail(describe(text, pos), pos);
    pos += word.length;
  };

  /** Reads `"key" :` at pos (after whitespace). */
  const key = (): string => {
    ws();
    if (text.charCodeAt(pos) !== 34) fail(`${describe(text, pos)}: expected a quoted key`, pos);
    const k = string();
    ws();
    if (text.charCodeAt(pos) !== 58) fail(`${describe(text, pos)}: expected ':' after a key`, pos);
    pos++;
    return k;
  };

  const stack: Frame[] = [];
  let root: Tree | undefined;
  outer: for (;;) {
    // Expecting a value.
    ws();
    let value: Tree;
    const c = text.charCodeAt(pos);
    if (c === 123) {
      const node: TreeObject = { kind: 'object', entries: [] };
      pos++;
      ws();
      if (text.charCodeAt(pos) === 125) { pos++; value = node; }
      else { stack.push({ node, key: key() }); continue; }
    } else if (c === 91) {
      const node: TreeArray = { kind: 'array', items: [] };
      pos++;
      ws();
      if (text.charCodeAt(pos) === 93) { pos++; value = node; }
      else { stack.push({ node }); continue; }
    } else if (c === 34) {
      const quote = pos;
      value = { kind: 'string', value: string(), container: () => jsonContainer(text, quote) };
    } else if (c === 45 || isDigit(c)) {
      number();
      value = OTHER;
    } else if (c === 116) { literal('true'); value = OTHER; }
    else if (c === 102) { literal('false'); value = OTHER; }
    else if (c === 110) { literal('null'); value = OTHER; }
    else fail(describe(text, pos), pos);

    // A value is complete: attach it and close finished containers.
    for (;;) {
      const top = stack[stack.length - 1];
      if (!top) { root = value; break outer; }
      if (top.key !== undefined) top.node.entries.push({ key: top.key, value });
      else top.node.items.push(value);
      ws();
      const d = text.charCodeAt(pos);
      if (d === 44) {
        pos++;
        if (top.key !== undefined) top.key = key();
        continue outer;
      }
      const close = top.key !== undefined ? 125 : 93;
      if (d !== close) fail(`${describe(text, pos)}: expected ',' or '${top.key !== undefined ? '}' : ']'}'`, pos);
      pos++;
      stack.pop();
      value = top.node;
    }
  }
  ws();
  if (pos < n) fail(`${describe(text, pos)} after the end of the document`, pos);
  return root;
}
