/** Machine-readable results: the summary with a fixed key order, for scripts and golden files. */
import type { LintMessage, LintSummary, Reporter, ReporterContext, TemplateResult } from '../types.ts';
import { DIMENSIONS } from './text.ts';

const message = (m: LintMessage) => ({
  ruleId: m.ruleId,
  severity: m.severity,
  ...(m.dimension !== undefined && { dimension: m.dimension }),
  message: m.message,
  text: m.text,
  start: m.start,
  end: m.end,
  line: m.line,
  column: m.column,
  endLine: m.endLine,
  endColumn: m.endColumn,
  suggestions: m.suggestions.map((s) => ({ message: s.message, ...(s.replacement !== undefined && { replacement: s.replacement }) })),
  ...(m.fatal === true && { fatal: true }),
});

const template = (t: TemplateResult) => ({
  name: t.name,
  index: t.index,
  line: t.line,
  score: t.score,
  dimensions: Object.fromEntries(DIMENSIONS.map((d) => [d, t.dimensions[d]])),
  messages: t.messages.map(message),
});

export const json: Reporter = (summary: LintSummary, ctx: ReporterContext): string =>
  JSON.stringify(
    {
      version: ctx.version,
      files: summary.files.map((f) => ({ path: f.path, templates: f.templates.map(template), messages: f.messages.map(message), fixed: f.fixed })),
      errorCount: summary.errorCount,
      warningCount: summary.warningCount,
      infoCount: summary.infoCount,
      fatalCount: summary.fatalCount,
      fixedCount: summary.fixedCount,
    },
    null,
    2,
  ) + '\n';
