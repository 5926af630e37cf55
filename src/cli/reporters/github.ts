/**
 * GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` annotation per message, escaped as
 * the Actions toolkit does, then one plain summary line for the log.
 */
import type { Severity } from '../../index.ts';
import type { LintSummary, Reporter, ReporterContext } from '../types.ts';
import { allMessages, messageWithSuggestion, plural, visible } from './text.ts';

const COMMAND: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escapes a command's message (data): `%`, CR and LF. */
export const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** Escapes a property value: as data, plus `:` and `,`, which delimit properties. */
export const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export const github: Reporter = (summary: LintSummary, _ctx: ReporterContext): string => {
  const out: string[] = [];
  for (const [m, , file] of allMessages(summary)) {
    const props: [string, string | number][] = [['file', file.path]];
    if (m.line >= 1) props.push(['line', m.line], ['col', m.column], ['endLine', m.endLine], ['endColumn', m.endColumn]);
    props.push(['title', `heard ${m.ruleId}`]);
    const list = props.map(([k, v]) => `${k}=${escapeProperty(visible(String(v)))}`).join(',');
    out.push(`::${COMMAND[m.severity]} ${list}::${escapeData(visible(messageWithSuggestion(m)))}`);
  }
  const { errorCount: e, warningCount: w, infoCount: i } = summary;
  out.push(`heard: ${plural(e + w + i, 'problem')} (${plural(e, 'error')}, ${plural(w, 'warning')}, ${i} info) in ${plural(summary.files.length, 'file')}`);
  return out.join('\n') + '\n';
};
