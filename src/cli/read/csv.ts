/**
 * CSV exports (RFC 4180: quoted fields, `""`, CRLF or LF, line breaks inside quotes): a header
 * row names the template column (`content`, `content_html`, `body`, `text`, `comment_value`,
 * `value`, `template`, `message`, or `--field <column>`) and the title column (`title`, `name`,
 * `subject`); each later row is one template. One pass, linear.
 */
import { ReadError } from '../types.ts';
import { markupFor, type Container, type Found } from './container.ts';
import { MappedBuilder, identity } from './mapped.ts';

/** A field's source span: [start, end) including its quotes when quoted. */
export interface Cell {
  start: number;
  end: number;
  quoted: boolean;
}

const TEMPLATE_COLUMNS = ['content', 'content_html', 'body', 'text', 'comment_value', 'value', 'template', 'message'];
const TITLE_COLUMNS = ['title', 'name', 'subject'];

/** Splits CSV text into records of cells; throws ReadError (with offset) on an unterminated or stray quote. */
export function parseCsv(text: string): Cell[][] {
  const n = text.length;
  const rows: Cell[][] = [];
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let row: Cell[] = [];
  while (pos < n) {
    const start = pos;
    let quoted = false;
    if (text.charCodeAt(pos) === 34) {
      quoted = true;
      let q = pos + 1;
      for (;;) {
        q = text.indexOf('"', q);
        if (q < 0) throw new ReadError('malformed CSV: unterminated quoted field', start);
        if (text.charCodeAt(q + 1) !== 34) break;
        q += 2;
      }
      pos = q + 1;
      const c = text.charCodeAt(pos);
      if (pos < n && c !== 44 && c !== 10 && c !== 13) {
        throw new ReadError('malformed CSV: expected a comma or line break after a closing quote', pos);
      }
    } else {
      for (;;) {
        const c = text.charCodeAt(pos);
        if (pos >= n || c === 44 || c === 10 || c === 13) break;
        pos++;
      }
    }
    row.push({ start, end: pos, quoted });
    const c = text.charCodeAt(pos);
    if (c === 44) {
      pos++;
      if (pos >= n) row.push({ start: pos, end: pos, quoted: false });
      continue;
    }
    if (c === 13) pos++;
    if (text.charCodeAt(pos) === 10 && (c === 10 || c === 13)) pos++;
    rows.push(row);
    row = [];
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

/** A cell's value with its map; quoted: `""` maps to its first quote, the end to the closing quote. */
export function cellContainer(text: string, cell: Cell): Container {
  if (!cell.quoted) {
    return { ...identity(text, cell.start, cell.end), encode: (s) => (/[,"\r\n]/.test(s) ? null : s) };
  }
  const out = new MappedBuilder();
  const close = cell.end - 1;
  let run = cell.start + 1;
  for (let q = text.indexOf('"', run); q >= 0 && q < close; q = text.indexOf('"', run)) {
    out.copy(text, run, q);
    out.char('"', q);
    run = q + 2;
  }
  out.copy(text, run, close);
  return { ...out.done(close), encode: (s) => s.replace(/"/g, '""') };
}

function cellText(text: string, cell: Cell | undefined): string | undefined {
  return cell ? cellContainer(text, cell).value : undefined;
}

function blankLine(row: readonly Cell[]): boolean {
  return row.length === 1 && !row[0]!.quoted && row[0]!.start === row[0]!.end;
}

export function csvTemplates(text: string, field?: string): Found[] {
  const rows = parseCsv(text).filter((r) => !blankLine(r));
  const header = (rows[0] ?? []).map((c) => cellText(text, c)!.trim().toLowerCase());
  const want = field?.trim().toLowerCase();
  const col = want !== undefined ? header.indexOf(want) : header.findIndex((h) => TEMPLATE_COLUMNS.includes(h));
  if (col < 0) {
    throw new ReadError(want !== undefined
      ? `no templates found: no column named ${JSON.stringify(field)} in the CSV header`
      : `no templates found: expected a CSV header with a ${TEMPLATE_COLUMNS.join(', ')} column, or pass --field`);
  }
  const titleCol = header.findIndex((h) => TITLE_COLUMNS.includes(h));
  const out: Found[] = [];
  for (const row of rows.slice(1)) {
    const cell = row[col];
    if (!cell) continue;
    const container = cellContainer(text, cell);
    out.push({ title: cellText(text, row[titleCol]), markup: markupFor(header[col], container.value), container });
  }
  return out;
}
