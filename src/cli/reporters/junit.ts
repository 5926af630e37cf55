/**
 * JUnit XML for CI test dashboards: a test suite per file, a test case per template (failing when it has
 * errors or warnings; info goes to `<system-out>`), a `read` test case in error for a file that could not
 * be read. Scores are test case properties.
 */
import type { FileResult, LintMessage, LintSummary, Reporter, ReporterContext, TemplateResult } from '../types.ts';
import { DIMENSIONS, suggestionText } from './text.ts';

/**
 * Characters XML 1.0 cannot carry even as references (C0 controls but tab/LF/CR, U+FFFE, U+FFFF) are shown
 * as `\u001b`; lone surrogates become U+FFFD.
 */
export const xmlSafe = (s: string): string =>
  s
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

export const escapeText = (s: string): string => xmlSafe(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Attribute values keep their tabs and line breaks as references (a parser would normalize them to spaces). */
export const escapeAttr = (s: string): string =>
  escapeText(s).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');

const attrs = (a: Record<string, string | number>): string =>
  Object.entries(a)
    .map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`)
    .join('');

/** `3:14 error Message (rule-id)` and the suggestion under it. */
const describe = (m: LintMessage): string => {
  const s = suggestionText(m);
  return `${m.line}:${m.column} ${m.severity} ${m.message} (${m.ruleId})${s === undefined ? '' : `\n  → ${s}`}`;
};

const summaryOf = (ms: readonly LintMessage[]): string => {
  const first = ms[0];
  if (!first) return '';
  return ms.length === 1 ? first.message : `${first.message} (+${ms.length - 1} more)`;
};

interface Case {
  xml: string[];
  failure: boolean;
  error: boolean;
}

function templateCase(file: FileResult, t: TemplateResult): Case {
  const failing = t.messages.filter((m) => m.severity !== 'info');
  const info = t.messages.filter((m) => m.severity === 'info');
  const xml = [`    <testcase${attrs({ name: t.name, classname: file.path })}>`, '      <properties>'];
  xml.push(`        <property${attrs({ name: 'score', value: t.score })}/>`);
  xml.push(`        <property${attrs({ name: 'line', value: t.line })}/>`);
  for (const d of DIMENSIONS) xml.push(`        <property${attrs({ name: d, value: t.dimensions[d] })}/>`);
  xml.push('      </properties>');
  const first = failing[0];
  if (first) {
    const body = failing.map(describe).join('\n');
    xml.push(`      <failure${attrs({ message: summaryOf(failing), type: first.ruleId })}>${escapeText(body)}</failure>`);
  }
  if (info.length > 0) xml.push(`      <system-out>${escapeText(info.map(describe).join('\n'))}</system-out>`);
  xml.push('    </testcase>');
  return { xml, failure: first !== undefined, error: false };
}

function readCase(file: FileResult): Case | null {
  const first = file.messages[0];
  if (!first) return null;
  const body = file.messages.map(describe).join('\n');
  return {
    xml: [
      `    <testcase${attrs({ name: 'read', classname: file.path })}>`,
      `      <error${attrs({ message: summaryOf(file.messages), type: first.ruleId })}>${escapeText(body)}</error>`,
      '    </testcase>',
    ],
    failure: false,
    error: true,
  };
}

export const junit: Reporter = (summary: LintSummary, _ctx: ReporterContext): string => {
  let tests = 0;
  let failures = 0;
  let errors = 0;
  const suites: string[] = [];
  for (const file of summary.files) {
    const read = readCase(file);
    const cases = [...(read ? [read] : []), ...file.templates.map((t) => templateCase(file, t))];
    const f = cases.filter((c) => c.failure).length;
    const e = cases.filter((c) => c.error).length;
    tests += cases.length;
    failures += f;
    errors += e;
    const open = `  <testsuite${attrs({ name: file.path, tests: cases.length, failures: f, errors: e, skipped: 0 })}`;
    suites.push(cases.length === 0 ? `${open}/>` : [`${open}>`, ...cases.flatMap((c) => c.xml), '  </testsuite>'].join('\n'));
  }
  const root = attrs({ name: 'heard', tests, failures, errors });
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  lines.push(suites.length === 0 ? `<testsuites${root}/>` : [`<testsuites${root}>`, ...suites, '</testsuites>'].join('\n'));
  return lines.join('\n') + '\n';
};
