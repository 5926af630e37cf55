/**
 * Comments in text-like markup, found and blanked to spaces (line breaks kept) so the text
 * keeps its length and the map stays 1:1. Each scanner is one forward pass: once a closer is
 * known to be missing it stops looking for it, so an unterminated opener costs one scan.
 */
import type { Comment } from '../../types.ts';
import { identity } from '../mapped.ts';
import type { MarkupResult } from './types.ts';

/** `<!-- … -->` */
export function htmlComments(s: string): Comment[] {
  const out: Comment[] = [];
  for (let i = s.indexOf('<!--'); i >= 0; i = s.indexOf('<!--', i)) {
    const close = s.indexOf('-->', i + 4);
    if (close < 0) break;
    out.push({ start: i, end: close + 3, body: s.slice(i + 4, close).trim() });
    i = close + 3;
  }
  return out;
}

/** Index of the first `--}}` or `--~}}` at or after `from`, and the closer's length; -1 if none. */
function longClose(s: string, from: number): [number, number] {
  for (let j = s.indexOf('--', from); j >= 0; j = s.indexOf('--', j + 1)) {
    if (s.startsWith('}}', j + 2)) return [j, 4];
    if (s.startsWith('~}}', j + 2)) return [j, 5];
  }
  return [-1, 0];
}

/** `{{!-- … --}}`, `{{! … }}` and their `{{~!` / `~}}` whitespace-control forms. */
export function handlebarsComments(s: string): Comment[] {
  const out: Comment[] = [];
  let longOpen = true;
  let shortOpen = true;
  for (let i = s.indexOf('{{'); i >= 0 && (longOpen || shortOpen); i = s.indexOf('{{', i)) {
    let p = i + 2;
    if (s.charCodeAt(p) === 126) p++; // ~
    if (s.charCodeAt(p) !== 33) { i += 2; continue; } // !
    if (s.startsWith('--', p + 1)) {
      const [close, len] = longOpen ? longClose(s, p + 3) : [-1, 0];
      if (close >= 0) {
        out.push({ start: i, end: close + len, body: s.slice(p + 3, close).trim() });
        i = close + len;
        continue;
      }
      longOpen = false;
    }
    const close = shortOpen ? s.indexOf('}}', p + 1) : -1;
    if (close < 0) { shortOpen = false; i += 2; continue; }
    const tilde = s.charCodeAt(close - 1) === 126 && close - 1 > p;
    out.push({ start: i, end: close + 2, body: s.slice(p + 1, tilde ? close - 1 : close).trim() });
    i = close + 2;
  }
  return out;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/**
 * Liquid tags `{%-? name …-?%}`: `at(i)` gives the tag starting at i: its name (`#` for an
 * inline comment), where its inner part starts and ends, and where the tag ends (after `%}`);
 * null when no `%}` follows. The next `%}` is cached, so a run of `{%` that never close is
 * scanned once, not once per opener.
 */
function liquidTags(s: string): (i: number) => { name: string; inner: number; close: number; end: number } | null {
  let from = 0;
  let next = -2; // the first `%}` at or after `from` (-1: none)
  return (i) => {
    let p = i + 2;
    if (s.charCodeAt(p) === 45) p++;
    while (isSpace(s.charCodeAt(p))) p++;
    let q = p;
    if (s.charCodeAt(q) === 35) q++;
    else while ((s.charCodeAt(q) | 0x20) >= 97 && (s.charCodeAt(q) | 0x20) <= 122) q++;
    if (next === -2 || q < from || (next >= 0 && q > next)) { from = q; next = s.indexOf('%}', q); }
    if (next < 0) return null;
    return { name: s.slice(p, q), inner: q, close: next, end: next + 2 };
  };
}

/** `{% comment %}…{% endcomment %}` (and `{%- -%}` forms), `{% # inline %}`. */
export function liquidComments(s: string): Comment[] {
  const out: Comment[] = [];
  const at = liquidTags(s);
  let endMissing = false; // no `endcomment` after the last failed search: stop looking
  for (let i = s.indexOf('{%'); i >= 0; i = s.indexOf('{%', i)) {
    const tag = at(i);
    if (!tag) break; // no `%}` after here: no more tags
    if (tag.name === '#') {
      const body = s.slice(tag.inner, s.charCodeAt(tag.close - 1) === 45 ? tag.close - 1 : tag.close);
      out.push({ start: i, end: tag.end, body: body.trim() });
    } else if (tag.name === 'comment' && !endMissing) {
      let end = null;
      for (let j = s.indexOf('{%', tag.end); j >= 0; j = s.indexOf('{%', j + 2)) {
        const t = at(j);
        if (!t) break;
        if (t.name === 'endcomment') { end = { at: j, tag: t }; break; }
        j = t.end - 2;
      }
      if (!end) { endMissing = true; i = tag.end; continue; }
      out.push({ start: i, end: end.tag.end, body: s.slice(tag.end, end.at).trim() });
      i = end.tag.end;
      continue;
    }
    i = tag.end;
  }
  return out;
}

/** The text with each comment's characters blanked to spaces, line breaks kept. */
export function blank(s: string, comments: readonly Comment[]): string {
  if (comments.length === 0) return s;
  const parts: string[] = [];
  let at = 0;
  for (const c of comments) {
    parts.push(s.slice(at, c.start));
    let run = c.start;
    for (let j = c.start; j < c.end; j++) {
      const ch = s.charCodeAt(j);
      if (ch !== 10 && ch !== 13) continue;
      parts.push(' '.repeat(j - run), s[j]!);
      run = j + 1;
    }
    parts.push(' '.repeat(c.end - run));
    at = c.end;
  }
  parts.push(s.slice(at));
  return parts.join('');
}

export function blanked(s: string, find: (s: string) => Comment[]): MarkupResult {
  const comments = find(s);
  return { ...identity(s, 0, s.length), value: blank(s, comments), comments };
}
