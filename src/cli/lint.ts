/**
 * Linting one file: read it, find its templates, score each with the file's configuration,
 * drop what directives disable, add minimum-score errors, and place everything in the file.
 */
import { builtinRules, scoreReply, type Dimension, type Finding, type ReplyScore, type Severity } from '../index.ts';
import type { Config } from './config/load.ts';
import { DIMENSIONS, type MinScoreKey } from './config/schema.ts';
import { parseDirectives, Suppressions } from './directives.ts';
import { messageOf } from './errors.ts';
import { fileSpan, LineIndex } from './position.ts';
import { decodeFile, isNoTemplates, readTemplates } from './read/index.ts';
import { ReadError, type FileResult, type LintMessage, type TemplateResult, type TemplateUnit } from './types.ts';

const KNOWN_RULES = new Set([...builtinRules.map((r) => r.id), 'min-score']);

/** A file's decoded text and templates, kept for --fix. */
export interface ReadFile {
  text: string;
  units: TemplateUnit[];
}

export function fatal(message: string, offset = 0, lines?: LineIndex): LintMessage {
  const at = lines ? lines.at(offset) : { line: 1, column: 1 };
  return { ruleId: 'read-error', severity: 'error', message, text: '', start: offset, end: offset, line: at.line, column: at.column, endLine: at.line, endColumn: at.column, suggestions: [], fatal: true };
}

/** A file that could not be read: the fatal message, and whether it parsed but holds no templates. */
export interface Unreadable {
  error: LintMessage;
  noTemplates: boolean;
}

/** Decodes and parses a file; a problem becomes a fatal message. */
export function readFileTemplates(bytes: Uint8Array, path: string, field: string | undefined): ReadFile | Unreadable {
  let text: string;
  try {
    text = decodeFile(bytes, path);
  } catch (err) {
    return { error: fatal(messageOf(err)), noTemplates: false };
  }
  try {
    return { text, units: readTemplates(path, text, { field }) };
  } catch (err) {
    if (err instanceof ReadError) return { error: fatal(err.message, err.offset ?? 0, new LineIndex(text)), noTemplates: isNoTemplates(err) };
    return { error: fatal(`could not parse it: ${messageOf(err)}`), noTemplates: false };
  }
}

function toMessage(f: { ruleId: string; severity: Severity; dimension?: Dimension; message: string; start: number; end: number; suggestions?: { message: string; replacement?: string }[] }, unit: TemplateUnit, file: string, lines: LineIndex): LintMessage {
  const { start, end } = fileSpan(unit.map, unit.text, file, f.start, f.end);
  const a = lines.at(start);
  const b = lines.at(end);
  const msg: LintMessage = {
    ruleId: f.ruleId, severity: f.severity, message: f.message, text: file.slice(start, end),
    start, end, line: a.line, column: a.column, endLine: b.line, endColumn: b.column,
    suggestions: (f.suggestions ?? []).map((s) => (s.replacement === undefined ? { message: s.message } : { message: s.message, replacement: s.replacement })),
  };
  if (f.dimension) msg.dimension = f.dimension;
  return msg;
}

function belowMinimum(result: ReplyScore, minScores: Config['minScores']): { key: MinScoreKey; score: number; min: number }[] {
  const out: { key: MinScoreKey; score: number; min: number }[] = [];
  const overall = minScores.overall;
  if (overall !== undefined && result.score < overall) out.push({ key: 'overall', score: result.score, min: overall });
  for (const d of DIMENSIONS) {
    const min = minScores[d];
    if (min !== undefined && result.dimensions[d].score < min) out.push({ key: d, score: result.dimensions[d].score, min });
  }
  return out;
}

/** Lints one template. `findings` are kept for --fix (only those not disabled). */
export function lintUnit(unit: TemplateUnit, fileText: string, lines: LineIndex, config: Config): { result: TemplateResult; findings: Finding[] } {
  const scored = scoreReply(unit.text, {}, config.options);
  const suppress = new Suppressions(unit.text, parseDirectives(unit.comments));
  const findings = scored.findings.filter((f) => !suppress.disabled(f.ruleId, f.start));
  const messages = findings.map((f) => toMessage(f, unit, fileText, lines));
  for (const { rule, comment } of suppress.named()) {
    if (KNOWN_RULES.has(rule)) continue;
    messages.push(toMessage({ ruleId: 'directive', severity: 'warning', message: `The directive names an unknown rule "${rule}".`, start: comment.start, end: comment.end, suggestions: [{ message: 'Use a rule id from docs/rules/, or remove it.' }] }, unit, fileText, lines));
  }
  const scores = Object.fromEntries(DIMENSIONS.map((d) => [d, scored.dimensions[d].score])) as Record<Dimension, number>;
  if (!suppress.disabledInTemplate('min-score')) {
    const low = belowMinimum(scored, config.minScores);
    if (low.length) {
      const what = low.map((l) => `${l.key} ${l.score} < ${l.min}`).join(', ');
      const weakest = low.filter((l) => l.key !== 'overall').map((l) => l.key);
      messages.push(toMessage({
        ruleId: 'min-score', severity: 'error', start: 0, end: 0,
        message: `“${unit.name}” scores below the configured minimum: ${what}.`,
        suggestions: [{ message: weakest.length ? `Fix the ${weakest.join(', ')} findings above first.` : 'Fix the findings above; the overall score is the weighted mean of the six dimensions.' }],
      }, unit, fileText, lines));
    }
  }
  messages.sort((a, b) => a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  const line = lines.at(unit.map[0] ?? 0).line;
  return { result: { name: unit.name, index: unit.index, line, score: scored.score, dimensions: scores, messages }, findings };
}

/** Lints a read file. */
export function lintRead(path: string, read: ReadFile, config: Config): { result: FileResult; findings: Finding[][] } {
  const lines = new LineIndex(read.text);
  const templates: TemplateResult[] = [];
  const findings: Finding[][] = [];
  for (const unit of read.units) {
    const r = lintUnit(unit, read.text, lines, config);
    templates.push(r.result);
    findings.push(r.findings);
  }
  return { result: { path, templates, messages: [], fixed: 0 }, findings };
}
