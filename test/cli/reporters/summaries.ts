/** Hand-made lint summaries for the reporter tests: a clean run and a run with every kind of problem. */
import type { Dimension } from '../../../src/index.ts';
import type { FileResult, LintMessage, LintSummary, ReporterContext, TemplateResult } from '../../../src/cli/types.ts';

export const ctx = (color = false): ReporterContext => ({
  color,
  version: '0.1.0',
  rules: [
    { id: 'no-canned-phrases', dimension: 'authenticity', description: 'Canned phrases sound scripted.', severity: 'error' },
    { id: 'no-jargon', dimension: 'clarity', description: 'Jargon the customer may not know.', severity: 'warning' },
    { id: 'use-name', dimension: 'personalization', description: "Use the customer's name.", severity: 'info' },
  ],
});

type Partial_ = Pick<LintMessage, 'ruleId' | 'message' | 'line' | 'column'> & Partial<LintMessage>;

/** A message on one line; `end` and `endColumn` follow from `text`. */
export function msg(m: Partial_): LintMessage {
  const text = m.text ?? 'x';
  const start = m.start ?? 0;
  return {
    severity: 'error',
    text,
    start,
    end: start + text.length,
    endLine: m.line,
    endColumn: m.column + text.length,
    suggestions: [],
    ...m,
  };
}

const clamp = (n: number): number => Math.min(100, Math.max(0, n));
const dims = (score: number): Record<Dimension, number> => ({
  empathy: score,
  personalization: score - 10,
  positivity: clamp(score + 5),
  authenticity: score - 20,
  clarity: clamp(score + 10),
  followup: score - 5,
});

export const template = (name: string, line: number, score: number, messages: LintMessage[], index = 0): TemplateResult => ({
  name,
  index,
  line,
  score,
  dimensions: dims(score),
  messages,
});

/** Counts as the linter makes them: fatal messages are errors too. */
export function summarize(files: FileResult[], fixedCount = 0): LintSummary {
  const all = files.flatMap((f) => [...f.messages, ...f.templates.flatMap((t) => t.messages)]);
  return {
    files,
    errorCount: all.filter((m) => m.severity === 'error').length,
    warningCount: all.filter((m) => m.severity === 'warning').length,
    infoCount: all.filter((m) => m.severity === 'info').length,
    fatalCount: all.filter((m) => m.fatal).length,
    fixedCount,
  };
}

export const clean = (): LintSummary =>
  summarize([{ path: 'replies/hello.txt', templates: [template('hello.txt', 1, 92, [])], messages: [], fixed: 0 }]);

/** One single-template file, one export of two macros with hostile text, an unreadable file, a clean file. */
export const mixed = (): LintSummary =>
  summarize([
    {
      path: 'replies/refund.md',
      templates: [
        template('refund.md', 1, 61, [
          msg({
            ruleId: 'no-canned-phrases',
            dimension: 'authenticity',
            message: '“We apologize for any inconvenience” sounds scripted.',
            text: 'We apologize for any inconvenience',
            start: 40,
            line: 3,
            column: 1,
            suggestions: [{ message: 'Name the actual problem.', replacement: "I'm sorry your refund is late" }],
          }),
          msg({
            ruleId: 'no-jargon',
            severity: 'warning',
            dimension: 'clarity',
            message: '“RMA” may be unfamiliar.',
            text: 'RMA',
            start: 130,
            line: 12,
            column: 18,
            suggestions: [{ message: 'Spell it out the first time.' }],
          }),
        ]),
      ],
      messages: [],
      fixed: 0,
    },
    {
      path: 'macros/support, 100% "best".json',
      templates: [
        template(
          'Refund: late, <b>',
          2,
          48,
          [
            msg({
              ruleId: 'no-canned-phrases',
              dimension: 'authenticity',
              message: 'Line one\nline two: 100%, <b> & "quotes" 😀',
              text: 'Thanks for your patience',
              start: 25,
              line: 3,
              column: 14,
              suggestions: [{ message: 'Delete it.', replacement: '' }],
            }),
            msg({
              ruleId: 'no-jargon',
              severity: 'warning',
              dimension: 'clarity',
              message: 'Bell\u0007 and escape\u001b[31m inside',
              text: 'SLA',
              start: 60,
              line: 4,
              column: 7,
              suggestions: [],
            }),
          ],
          0,
        ),
        template(
          'Shipping & co',
          9,
          83,
          [
            msg({
              ruleId: 'use-name',
              severity: 'info',
              dimension: 'personalization',
              message: "Greet 'Ana' by name.",
              text: 'Hi there',
              start: 210,
              line: 10,
              column: 14,
              suggestions: [{ message: 'Use the name.', replacement: 'Hi {{name}}' }],
            }),
            msg({
              ruleId: 'min-score',
              message: 'Score 83 is below the minimum 85.',
              text: '',
              start: 196,
              line: 9,
              column: 0 + 1,
            }),
          ],
          1,
        ),
      ],
      messages: [],
      fixed: 0,
    },
    {
      path: 'broken.yaml',
      templates: [],
      messages: [msg({ ruleId: 'read-error', fatal: true, message: 'Malformed YAML:\nunexpected “:” at byte 12', text: '', line: 0, column: 0, endLine: 0, endColumn: 0 })],
      fixed: 0,
    },
    { path: 'replies/thanks.txt', templates: [template('thanks.txt', 1, 95, [])], messages: [], fixed: 0 },
  ]);

/** `mixed()` with every template moved 5 lines (and 100 characters) down its file. */
export const moved = (): LintSummary => {
  const s = mixed();
  const shift = (m: LintMessage): LintMessage =>
    m.line < 1 ? m : { ...m, line: m.line + 5, endLine: m.endLine + 5, start: m.start + 100, end: m.end + 100 };
  return {
    ...s,
    files: s.files.map((f) => ({ ...f, templates: f.templates.map((t) => ({ ...t, line: t.line + 5, messages: t.messages.map(shift) })) })),
  };
};

/** Freezes a value deeply, so a test fails if a reporter mutates its input. */
export function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object') {
    for (const x of Object.values(v)) deepFreeze(x);
    Object.freeze(v);
  }
  return v;
}
