/**
 * YAML flow scalars (plain, 'single', "double") decoded with a map back to the source, following
 * the `yaml` package's own resolution step by step (line folding, `''`, escapes) so the result can
 * be checked against the value it parsed. Folded line breaks map to the break (or to the trailing
 * whitespace before it); an escape's decoded units map to its backslash.
 */
import { MappedBuilder, type Mapped } from './mapped.ts';

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

/** Appends text[from, to), turning `''` into `'` when `quotes`. */
function copyRun(out: MappedBuilder, text: string, from: number, to: number, quotes: boolean): void {
  if (!quotes) { out.copy(text, from, to); return; }
  let run = from;
  for (let q = text.indexOf("''", run); q >= 0 && q + 1 < to; q = text.indexOf("''", run)) {
    out.copy(text, run, q);
    out.char("'", q);
    run = q + 2;
  }
  out.copy(text, run, to);
}

/** Plain and single-quoted content in text[start, end): lines folded as the yaml package does. */
export function unfold(text: string, start: number, end: number, quotes: boolean): Mapped {
  const out = new MappedBuilder();
  let nl = text.indexOf('\n', start);
  if (nl < 0 || nl >= end) {
    copyRun(out, text, start, end, quotes);
    return out.done(end);
  }
  /** End of a line's content before `\n` at nl: drops a CR, then trailing blanks. */
  const contentEnd = (from: number, brk: number): number => {
    let e = brk;
    if (e > from && text.charCodeAt(e - 1) === 13) e--;
    while (e > from && isBlank(text.charCodeAt(e - 1))) e--;
    return e;
  };
  let e = contentEnd(start, nl);
  copyRun(out, text, start, e, quotes);
  let sep = ' ';
  let sepAt = e;
  let line = nl + 1;
  for (nl = text.indexOf('\n', line); nl >= 0 && nl < end; nl = text.indexOf('\n', line)) {
    let a = line;
    while (a < nl && isBlank(text.charCodeAt(a))) a++;
    e = contentEnd(a, nl);
    if (a === e) {
      if (sep === '\n') out.char('\n', sepAt);
      sep = '\n';
      sepAt = line;
    } else {
      out.char(sep, sepAt);
      copyRun(out, text, a, e, quotes);
      sep = ' ';
      sepAt = e;
    }
    line = nl + 1;
  }
  let a = line;
  while (a < end && isBlank(text.charCodeAt(a))) a++;
  out.char(sep, sepAt);
  copyRun(out, text, a, end, quotes);
  return out.done(end);
}

const ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
  N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\', '\t': '\t',
};

/** A double-quoted scalar whose quotes are at text[open] and text[close]. */
export function doubleQuoted(text: string, open: number, close: number): Mapped {
  const out = new MappedBuilder();
  for (let i = open + 1; i < close; i++) {
    const ch = text[i]!;
    if (ch === '\r' && text[i + 1] === '\n') continue;
    if (ch === '\n') {
      // fold: a single break is a space; n breaks (blank lines between) are n - 1 newlines
      const at = i;
      let folded = false;
      for (let c = text[i + 1]; c === ' ' || c === '\t' || c === '\n' || c === '\r'; c = text[i + 1]) {
        if (c === '\r' && text[i + 2] !== '\n') break;
        if (c === '\n') { out.char('\n', i + 1); folded = true; }
        i++;
      }
      if (!folded) out.char(' ', at);
    } else if (ch === '\\') {
      const at = i;
      let next = text[++i];
      const simple = next === undefined ? undefined : ESCAPES[next];
      if (simple !== undefined) out.char(simple, at);
      else if (next === '\n' || (next === '\r' && text[i + 1] === '\n')) {
        if (next === '\r') i++;
        for (next = text[i + 1]; next === ' ' || next === '\t'; next = text[i + 1]) i++;
      } else if (next === 'x' || next === 'u' || next === 'U') {
        const len = next === 'x' ? 2 : next === 'u' ? 4 : 8;
        const hex = text.slice(i + 1, i + 1 + len);
        const code = /^[0-9a-fA-F]+$/.test(hex) && hex.length === len ? parseInt(hex, 16) : NaN;
        out.char(code <= 0x10ffff ? String.fromCodePoint(code) : text.slice(at, i + 1 + len), at);
        i += len;
      } else {
        out.char(text.slice(at, at + 2), at);
      }
    } else if (ch === ' ' || ch === '\t') {
      // trailing blanks before a line break are dropped
      const ws = i;
      let next = text[i + 1];
      while (next === ' ' || next === '\t') next = text[++i + 1];
      if (next !== '\n' && !(next === '\r' && text[i + 2] === '\n')) out.copy(text, ws, i + 1);
    } else {
      out.char(ch, i);
    }
  }
  return out.done(close);
}
