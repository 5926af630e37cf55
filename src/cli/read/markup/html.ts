/**
 * HTML to the text a customer reads: tags dropped, block-level tags as a line break (mapped to
 * the tag's start), whitespace runs collapsed to one space as a browser renders them (so source
 * line wrapping does not split sentences), `<script>`/`<style>` content dropped, character
 * references decoded (mapped to their `&`), comments reported at their place (start === end)
 * and dropped. One forward pass; an unterminated comment, tag or quoted attribute runs to the end.
 */
import type { Comment } from '../../types.ts';
import { MappedBuilder } from '../mapped.ts';
import { entityAt } from './entities.ts';
import type { MarkupResult } from './types.ts';

const BLOCK = new Set([
  'p', 'div', 'br', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'ul', 'ol', 'blockquote', 'table',
  'hr', 'dl', 'dt', 'dd', 'pre', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav',
  'address', 'figure', 'figcaption', 'thead', 'tbody', 'tfoot', 'caption', 'center', 'form', 'fieldset',
  'details', 'summary', 'body', 'html', 'head', 'title',
]);
const CELL = new Set(['td', 'th']);
const RAW = new Set(['script', 'style']);

function isWs(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 12;
}

function isLetter(c: number): boolean {
  return (c | 0x20) >= 97 && (c | 0x20) <= 122;
}

/** After a tag name at p: skips attributes (quoted values may hold `>`); returns the offset past `>`, or n. */
export function tagEnd(s: string, p: number): number {
  const n = s.length;
  for (;;) {
    while (p < n && (isWs(s.charCodeAt(p)) || s.charCodeAt(p) === 47)) p++;
    if (p >= n) return n;
    if (s.charCodeAt(p) === 62) return p + 1;
    do p++;
    while (p < n && !isWs(s.charCodeAt(p)) && s.charCodeAt(p) !== 47 && s.charCodeAt(p) !== 62 && s.charCodeAt(p) !== 61);
    while (p < n && isWs(s.charCodeAt(p))) p++;
    if (s.charCodeAt(p) !== 61) continue;
    p++;
    while (p < n && isWs(s.charCodeAt(p))) p++;
    const q = s.charCodeAt(p);
    if (q === 34 || q === 39) {
      const close = s.indexOf(q === 34 ? '"' : "'", p + 1);
      if (close < 0) return n;
      p = close + 1;
    } else {
      while (p < n && !isWs(s.charCodeAt(p)) && s.charCodeAt(p) !== 62) p++;
    }
  }
}

function nameEnd(s: string, p: number): number {
  for (;;) {
    const c = s.charCodeAt(p);
    if (isLetter(c) || (c >= 48 && c <= 57) || c === 45 || c === 58 || c === 95) p++;
    else return p;
  }
}

/** Offset past the `</name …>` that ends raw text starting at `from`, or n. */
function rawEnd(s: string, from: number, name: string): number {
  for (let j = s.indexOf('</', from); j >= 0; j = s.indexOf('</', j + 2)) {
    const e = j + 2 + name.length;
    if (s.slice(j + 2, e).toLowerCase() === name && (e >= s.length || isWs(s.charCodeAt(e)) || s.charCodeAt(e) === 47 || s.charCodeAt(e) === 62)) {
      return tagEnd(s, e);
    }
  }
  return s.length;
}

export function htmlToText(s: string): MarkupResult {
  const n = s.length;
  const out = new MappedBuilder();
  const comments: Comment[] = [];
  let space = -1; // pending collapsed whitespace: offset of its first char
  let brk = -1; // pending line break: offset of the first block tag since the last text
  const flush = (): void => {
    if (out.length > 0) {
      if (brk >= 0) out.char('\n', brk);
      else if (space >= 0) out.char(' ', space);
    }
    space = brk = -1;
  };
  const boundary = (name: string, at: number): void => {
    if (BLOCK.has(name)) { if (brk < 0) brk = at; }
    else if (CELL.has(name) && space < 0) space = at;
  };

  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isWs(c)) {
      if (space < 0) space = i;
      i++;
      continue;
    }
    if (c === 38) {
      const ref = entityAt(s, i);
      flush();
      out.char(ref ? ref.text : '&', i);
      i += ref ? ref.length : 1;
      continue;
    }
    if (c !== 60) {
      let j = i + 1;
      for (;;) {
        const d = s.charCodeAt(j);
        if (j >= n || d === 60 || d === 38 || isWs(d)) break;
        j++;
      }
      flush();
      out.copy(s, i, j);
      i = j;
      continue;
    }
    const d = s.charCodeAt(i + 1);
    if (d === 33 && s.startsWith('--', i + 2)) {
      let close: number;
      let end: number;
      if (s.charCodeAt(i + 4) === 62) { close = i + 4; end = i + 5; } // <!-->
      else if (s.startsWith('->', i + 4)) { close = i + 4; end = i + 6; } // <!--->
      else {
        close = s.indexOf('-->', i + 4);
        end = close < 0 ? n : close + 3;
        if (close < 0) close = n;
      }
      comments.push({ start: out.length, end: out.length, body: s.slice(i + 4, close).trim() });
      i = end;
    } else if (d === 33 || d === 63) { // <!DOCTYPE …>, <![CDATA[…]]>, <?…?>: skipped to `>`
      const close = s.indexOf('>', i + 2);
      i = close < 0 ? n : close + 1;
    } else if (d === 47) {
      if (isLetter(s.charCodeAt(i + 2))) {
        const e = nameEnd(s, i + 2);
        boundary(s.slice(i + 2, e).toLowerCase(), i);
        i = tagEnd(s, e);
      } else {
        const close = s.indexOf('>', i + 2);
        i = close < 0 ? n : close + 1;
      }
    } else if (isLetter(d)) {
      const e = nameEnd(s, i + 1);
      const name = s.slice(i + 1, e).toLowerCase();
      boundary(name, i);
      i = tagEnd(s, e);
      if (RAW.has(name)) i = rawEnd(s, i, name);
    } else {
      flush();
      out.char('<', i);
      i++;
    }
  }
  return { ...out.done(n), comments };
}
