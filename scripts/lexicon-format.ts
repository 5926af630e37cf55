/**
 * Parser and validator for the TSV lexicons in `lexicons/` (format: lexicons/README.md).
 * Build-time only: used by scripts/compile-lexicons.ts and by the lexicon test.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tokenize } from '../src/text/tokenize.ts';

export type ColumnType = 'string' | 'number';
export interface Column { name: string; type: ColumnType; optional: boolean }

export interface LexiconFile {
  /** Path relative to lexicons/, without extension, e.g. `emotion/anger`. */
  id: string;
  path: string;
  meta: Record<string, string>;
  columns: Column[];
  rows: { line: number; values: (string | number | undefined)[] }[];
}

export interface LexiconProblem { file: string; line: number; message: string }

const REQUIRED_META = ['description', 'source', 'license', 'columns'];

export function parseLexicon(path: string, root: string): { file: LexiconFile; problems: LexiconProblem[] } {
  const rel = relative(root, path);
  const id = rel.replace(/\\/g, '/').replace(/\.tsv$/, '');
  const problems: LexiconProblem[] = [];
  const meta: Record<string, string> = {};
  const rows: LexiconFile['rows'] = [];
  let columns: Column[] = [];
  const text = readFileSync(path, 'utf8');
  const lines = text.split('\n');
  lines.forEach((raw, index) => {
    const line = index + 1;
    const content = raw.replace(/\r$/, '');
    if (content.trim() === '') return;
    if (content.startsWith('#@')) {
      const m = /^#@\s*([a-z0-9-]+):\s*(.*)$/.exec(content);
      if (!m) { problems.push({ file: rel, line, message: 'malformed metadata line, expected "#@ key: value"' }); return; }
      meta[m[1] as string] = (m[2] as string).trim();
      if (m[1] === 'columns') {
        columns = (m[2] as string).trim().split(/\s+/).map((spec) => {
          const [name = '', type = 'string'] = spec.replace(/\?$/, '').split(':');
          return { name, type: type as ColumnType, optional: spec.endsWith('?') };
        });
        for (const c of columns) {
          if (c.type !== 'string' && c.type !== 'number') problems.push({ file: rel, line, message: `column ${c.name}: unknown type ${c.type}` });
        }
      }
      return;
    }
    if (content.startsWith('#')) return;
    if (columns.length === 0) { problems.push({ file: rel, line, message: 'data before the "#@ columns:" line' }); return; }
    const cells = content.split('\t');
    if (cells.length > columns.length) problems.push({ file: rel, line, message: `expected at most ${columns.length} tab-separated cells, got ${cells.length}` });
    const values: (string | number | undefined)[] = [];
    columns.forEach((col, k) => {
      const cell = cells[k]?.trim();
      if (cell === undefined || cell === '') {
        if (!col.optional) problems.push({ file: rel, line, message: `missing value for column "${col.name}"` });
        values.push(undefined);
        return;
      }
      if (col.type === 'number') {
        const num = Number(cell);
        if (!Number.isFinite(num)) problems.push({ file: rel, line, message: `column "${col.name}": "${cell}" is not a number` });
        values.push(num);
      } else {
        values.push(cell);
      }
    });
    rows.push({ line, values });
  });
  for (const key of REQUIRED_META) {
    if (!meta[key]) problems.push({ file: rel, line: 1, message: `missing provenance/metadata "#@ ${key}:"` });
  }
  return { file: { id, path, meta, columns, rows }, problems };
}

/** Checks a parsed file: duplicate keys, numeric ranges, phrases in normalized form. */
export function validateLexicon(file: LexiconFile): LexiconProblem[] {
  const problems: LexiconProblem[] = [];
  const rel = file.id + '.tsv';
  const range = file.meta.range ? file.meta.range.split('..').map(Number) : undefined;
  if (range && (range.length !== 2 || range.some((x) => !Number.isFinite(x)))) {
    problems.push({ file: rel, line: 1, message: `malformed "#@ range:" (expected "min..max"), got "${file.meta.range}"` });
  }
  // "#@ values: action=replace|delete|rewrite kind=a|b": the allowed values of string columns.
  const allowed = new Map<number, Set<string>>();
  for (const spec of (file.meta.values ?? '').split(/\s+/).filter(Boolean)) {
    const m = /^([a-z0-9_-]+)=(.+)$/i.exec(spec);
    const k = m ? file.columns.findIndex((c) => c.name === m[1]) : -1;
    if (!m || k < 0) problems.push({ file: rel, line: 1, message: `malformed "#@ values:" entry "${spec}" (expected column=a|b|c with a known column)` });
    else allowed.set(k, new Set(m[2]!.split('|')));
  }
  const keyColumns = (file.meta.key ?? file.columns[0]?.name ?? '').split(',');
  const keyIdx = keyColumns.map((name) => file.columns.findIndex((c) => c.name === name));
  const seen = new Map<string, number>();
  for (const row of file.rows) {
    const key = keyIdx.map((k) => String(row.values[k] ?? '')).join('\u0000');
    const prev = seen.get(key);
    if (prev !== undefined) {
      problems.push({ file: rel, line: row.line, message: `duplicate entry "${key.replace(/\u0000/g, ' / ')}" (first on line ${prev})` });
    } else seen.set(key, row.line);
    file.columns.forEach((col, k) => {
      const v = row.values[k];
      const set = allowed.get(k);
      if (set && v !== undefined && !set.has(String(v))) {
        problems.push({ file: rel, line: row.line, message: `column "${col.name}": "${String(v)}" is not one of ${[...set].join(', ')}` });
      }
      if (col.type === 'number' && typeof v === 'number' && range && (v < (range[0] as number) || v > (range[1] as number))) {
        problems.push({ file: rel, line: row.line, message: `column "${col.name}": ${v} is outside ${file.meta.range}` });
      }
    });
    if (file.meta.phrases === 'yes') {
      const phrase = String(row.values[0] ?? '').replace(/\+/g, '');
      const toks = tokenize(phrase);
      const rebuilt = toks.map((t) => t.norm).join(' ');
      if (toks.length === 0) problems.push({ file: rel, line: row.line, message: 'empty phrase' });
      else if (rebuilt !== phrase) {
        problems.push({ file: rel, line: row.line, message: `phrase "${phrase}" is not in normalized form (tokens: "${rebuilt}"); write it lower-case with single spaces between tokens` });
      }
    }
  }
  return problems;
}

export function listLexiconFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.tsv')) out.push(p);
    }
  };
  walk(root);
  return out;
}

export function loadAllLexicons(root: string): { files: LexiconFile[]; problems: LexiconProblem[] } {
  const files: LexiconFile[] = [];
  const problems: LexiconProblem[] = [];
  for (const path of listLexiconFiles(root)) {
    const parsed = parseLexicon(path, root);
    problems.push(...parsed.problems, ...validateLexicon(parsed.file));
    files.push(parsed.file);
  }
  return { files, problems };
}
