/**
 * The default reporter, after ESLint's `stylish`: per file its path and scores, per message an aligned
 * `line:col  severity  message  rule-id` row with the first suggestion under it, then a count.
 */
import type { Severity } from '../../index.ts';
import { style } from '../paint.ts';
import type { FileResult, LintMessage, LintSummary, Reporter, ReporterContext, TemplateResult } from '../types.ts';
import { baseName, DIMENSIONS, displayWidth, fileMessages, fixable, oneLine, padEnd, plural, suggestionText } from './text.ts';

type Paint = (s: string) => string;
interface Palette {
  bold: Paint;
  dim: Paint;
  green: Paint;
  severity: Readonly<Record<Severity, Paint>>;
  footer: Readonly<Record<Severity, Paint>>;
}

const sgr: (open: number, close: number) => Paint = style;
const plain: Paint = (s) => s;
const COLOR: Palette = {
  bold: sgr(1, 22),
  dim: sgr(2, 22),
  green: sgr(32, 39),
  severity: { error: sgr(31, 39), warning: sgr(33, 39), info: sgr(34, 39) },
  footer: { error: (s) => sgr(1, 22)(sgr(31, 39)(s)), warning: (s) => sgr(1, 22)(sgr(33, 39)(s)), info: (s) => sgr(1, 22)(sgr(34, 39)(s)) },
};
const NO_COLOR: Palette = { bold: plain, dim: plain, green: plain, severity: { error: plain, warning: plain, info: plain }, footer: { error: plain, warning: plain, info: plain } };

/** `score 72/100 · empathy 80 · …`. */
const scores = (t: TemplateResult): string =>
  [`score ${Math.round(t.score)}/100`, ...DIMENSIONS.map((d) => `${d} ${Math.round(t.dimensions[d])}`)].join(' · ');

type Row = { kind: 'heading'; text: string } | { kind: 'message'; indent: string; m: LintMessage };

const position = (m: LintMessage): [string, string] => (m.fatal && m.line < 1 ? ['0', '0'] : [String(m.line), String(m.column)]);

function renderFile(file: FileResult, p: Palette): string[] {
  const only = file.templates.length === 1 ? file.templates[0] : undefined;
  const onHeader = only !== undefined && only.name === baseName(file.path);
  const out = [onHeader ? `${p.bold(oneLine(file.path))}  ${p.dim(scores(only))}` : p.bold(oneLine(file.path))];

  const rows: Row[] = file.messages.map((m) => ({ kind: 'message', indent: '  ', m }));
  for (const t of file.templates) {
    if (onHeader) {
      rows.push(...t.messages.map((m): Row => ({ kind: 'message', indent: '  ', m })));
      continue;
    }
    rows.push({ kind: 'heading', text: `  ${p.bold(oneLine(t.name))} ${p.dim(`(line ${t.line}) ${scores(t)}`)}` });
    rows.push(...t.messages.map((m): Row => ({ kind: 'message', indent: '    ', m })));
  }

  // Columns align across the whole file.
  const messages = [...fileMessages(file)].map(([m]) => m);
  const lineW = Math.max(0, ...messages.map((m) => position(m)[0].length));
  const colW = Math.max(0, ...messages.map((m) => position(m)[1].length));
  const sevW = Math.max(0, ...messages.map((m) => m.severity.length));
  const msgW = Math.max(0, ...messages.map((m) => displayWidth(oneLine(m.message))));

  for (const row of rows) {
    if (row.kind === 'heading') {
      out.push(row.text);
      continue;
    }
    const { m, indent } = row;
    const [line, col] = position(m);
    const pos = `${line.padStart(lineW)}:${col.padEnd(colW)}`;
    const sev = p.severity[m.severity](m.severity) + ' '.repeat(sevW - m.severity.length);
    out.push(`${indent}${p.dim(pos)}  ${sev}  ${padEnd(oneLine(m.message), msgW)}  ${p.dim(oneLine(m.ruleId))}`);
    const s = suggestionText(m);
    if (s !== undefined) out.push(`${indent}${' '.repeat(lineW + 1 + colW)}  ${' '.repeat(sevW)}  ${p.dim('→')} ${oneLine(s)}`);
  }
  return out;
}

function footer(summary: LintSummary, p: Palette): string[] {
  const { errorCount: e, warningCount: w, infoCount: i, fixedCount } = summary;
  const total = e + w + i;
  const out: string[] = [];
  if (total === 0) out.push(p.green('✔ no problems'));
  else {
    const worst: Severity = e > 0 ? 'error' : w > 0 ? 'warning' : 'info';
    out.push(p.footer[worst](`✖ ${plural(total, 'problem')} (${plural(e, 'error')}, ${plural(w, 'warning')}, ${i} info)`));
    let canFix = 0;
    for (const f of summary.files) for (const [m] of fileMessages(f)) if (fixable(m)) canFix++;
    if (canFix > 0) out.push(`  ${canFix} fixable with --fix`);
  }
  if (fixedCount > 0) out.push(`Fixed ${plural(fixedCount, 'problem')}`);
  return out;
}

export const stylish: Reporter = (summary: LintSummary, ctx: ReporterContext): string => {
  const p = ctx.color ? COLOR : NO_COLOR;
  const blocks = summary.files.map((f) => renderFile(f, p).join('\n'));
  return [...blocks, footer(summary, p).join('\n')].join('\n\n') + '\n';
};
