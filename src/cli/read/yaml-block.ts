/**
 * YAML block scalars (`|` literal, `>` folded, with chomping and indentation indicators) decoded
 * with a map back to the source, following the `yaml` package's resolution line by line so the
 * result can be checked against the value it parsed. Indentation is removed (content maps to
 * its own column); a kept or folded line break maps to the break ending the previous line.
 */
import { MappedBuilder, type Mapped } from './mapped.ts';

interface Line {
  /** Offset of the line's first char, its count of leading spaces, its content length (a CR included). */
  at: number;
  indent: number;
  length: number;
}

function splitLines(text: string, start: number, end: number): Line[] {
  const lines: Line[] = [];
  let at = start;
  for (;;) {
    let p = at;
    while (p < end && text.charCodeAt(p) === 32) p++;
    let nl = text.indexOf('\n', p);
    if (nl < 0 || nl > end) nl = end;
    lines.push({ at, indent: p - at, length: nl - p });
    if (nl >= end) return lines;
    at = nl + 1;
  }
}

/**
 * `header` is the block scalar header (`|-`, `>2` …), `parentIndent` the indentation of the node
 * holding it (the yaml CST's `indent`), and text[start, end) the scalar's content lines.
 */
export function blockScalar(text: string, header: string, parentIndent: number, start: number, end: number): Mapped {
  const out = new MappedBuilder();
  const literal = header[0] === '|';
  let chomp = '';
  let explicit = 0;
  for (const ch of header.slice(1)) {
    if (!chomp && (ch === '-' || ch === '+')) chomp = ch;
    else if (!explicit && Number(ch)) explicit = Number(ch);
  }
  const lines = start < end ? splitLines(text, start, end) : [];
  const contentOf = (l: Line): number => l.at + l.indent;
  const isEmpty = (l: Line): boolean => l.length === 0 || (l.length === 1 && text.charCodeAt(contentOf(l)) === 13);
  /** Offset of the break ending a line (its CR when CRLF), or the content end for the last line. */
  const breakOf = (l: Line): number => {
    const e = contentOf(l) + l.length;
    return l.length > 0 && text.charCodeAt(e - 1) === 13 ? e - 1 : e;
  };

  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0 && isEmpty(lines[i]!); i--) chompStart = i;
  if (chompStart === 0) {
    if (chomp === '+' && lines.length > 0) out.char('\n'.repeat(Math.max(1, lines.length - 1)), start);
    return out.done(end);
  }
  let trim = parentIndent + explicit;
  let contentStart = 0;
  for (let i = 0; i < chompStart; i++) {
    const l = lines[i]!;
    if (isEmpty(l)) {
      if (explicit === 0 && l.indent > trim) trim = l.indent;
    } else {
      if (explicit === 0) trim = l.indent;
      contentStart = i;
      break;
    }
  }
  for (let i = lines.length - 1; i >= chompStart; i--) if (lines[i]!.indent > trim) chompStart = i + 1;

  for (let i = 0; i < contentStart; i++) {
    const l = lines[i]!;
    out.copy(text, l.at + trim, l.at + l.indent); // spaces beyond the indentation are content
    out.char('\n', breakOf(l));
  }
  let sep = '';
  let sepAt = start;
  let prevMore = false;
  for (let i = contentStart; i < chompStart; i++) {
    const l = lines[i]!;
    const from = contentOf(l);
    const to = breakOf(l);
    const indentFrom = l.at + Math.min(trim, l.indent);
    if (literal) {
      out.char(sep, sepAt);
      out.copy(text, indentFrom, to);
      sep = '\n';
    } else if (l.indent > trim || text.charCodeAt(from) === 9) {
      if (sep === ' ') sep = '\n';
      else if (!prevMore && sep === '\n') sep = '\n\n';
      out.char(sep, sepAt);
      out.copy(text, indentFrom, to);
      sep = '\n';
      prevMore = true;
    } else if (from === to) {
      if (sep === '\n') out.char('\n', sepAt);
      else sep = '\n';
    } else {
      out.char(sep, sepAt);
      out.copy(text, from, to);
      sep = ' ';
      prevMore = false;
    }
    sepAt = breakOf(l);
  }
  if (chomp === '+') {
    for (let i = chompStart; i < lines.length; i++) {
      const l = lines[i]!;
      out.char('\n', breakOf(lines[i - 1]!));
      out.copy(text, l.at + trim, l.at + l.indent); // spaces beyond the indentation are content
    }
    if (!out.endsWith('\n')) out.char('\n', breakOf(lines[lines.length - 1]!));
  } else if (chomp === '') {
    out.char('\n', sepAt);
  }
  return out.done(end);
}
