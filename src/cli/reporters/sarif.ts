/**
 * SARIF 2.1.0 for GitHub code scanning and other result viewers. One run; rules from the context plus the
 * CLI's own `min-score` and `read-error`; a fingerprint per result that survives moving a template.
 */
import { createHash } from 'node:crypto';
import type { Artifact, ArtifactLocation, Fix, Log, Notification, Region, ReportingDescriptor, Result } from 'sarif';
import type { Severity } from '../../index.ts';
import type { FileResult, LintMessage, LintSummary, Reporter, ReporterContext, TemplateResult } from '../types.ts';
import { fileMessages, helpUri, messageWithSuggestion, REPO_URL } from './text.ts';

const LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = { error: 'error', warning: 'warning', info: 'note' };

/** Rules heard's CLI reports itself, beside the reply rules. */
const CLI_RULES: readonly { id: string; description: string; severity: Severity; tag: string }[] = [
  { id: 'min-score', description: 'A template scores below the configured minimum.', severity: 'error', tag: 'score' },
  { id: 'read-error', description: 'A file could not be read or parsed.', severity: 'error', tag: 'input' },
];

/** A relative path as a URI reference: `/` kept, each segment percent-encoded (spaces, `#`, `?`, `:` …). */
export const pathToUri = (path: string): string => path.split('/').map(encodeURIComponent).join('/');

function descriptors(summary: LintSummary, ctx: ReporterContext): ReportingDescriptor[] {
  const rules: ReportingDescriptor[] = [];
  const seen = new Set<string>();
  const add = (id: string, description: string, severity: Severity | undefined, tag: string | undefined): void => {
    if (seen.has(id)) return;
    seen.add(id);
    rules.push({
      id,
      name: id,
      shortDescription: { text: description },
      helpUri: helpUri(id),
      ...(severity !== undefined && { defaultConfiguration: { level: LEVEL[severity] } }),
      ...(tag !== undefined && { properties: { tags: [tag] } }),
    });
  };
  for (const r of ctx.rules) add(r.id, r.description, r.severity, r.dimension);
  for (const r of CLI_RULES) add(r.id, r.description, r.severity, r.tag);
  // A rule the context does not describe (a plugin's, say) still gets a descriptor so ruleIndex resolves.
  for (const f of summary.files) for (const [m] of fileMessages(f)) add(m.ruleId, m.ruleId, undefined, m.dimension);
  return rules;
}

function region(m: LintMessage): Region {
  // A file-level problem without a known place (line 0) points at the file's first line: GitHub needs a startLine.
  if (m.line < 1) return { startLine: 1 };
  return {
    startLine: m.line,
    startColumn: Math.max(1, m.column),
    endLine: Math.max(m.line, m.endLine),
    endColumn: Math.max(1, m.endColumn),
    charOffset: m.start,
    charLength: Math.max(0, m.end - m.start),
  };
}

/**
 * What GitHub matches alerts on across runs (`primaryLocationLineHash`, which the upload action keeps when
 * present): the rule, path, template name and offending text, plus an occurrence count for repeats. Line
 * numbers are left out, so moving a template or editing text around it does not reopen its alerts.
 */
function fingerprint(m: LintMessage, path: string, t: TemplateResult | null, counts: Map<string, number>): string {
  const hash = createHash('sha256')
    .update(JSON.stringify([m.ruleId, path, t?.name ?? '', m.text]))
    .digest('hex')
    .slice(0, 16);
  const n = (counts.get(hash) ?? 0) + 1;
  counts.set(hash, n);
  return `${hash}:${n}`;
}

function fixes(m: LintMessage, location: ArtifactLocation): Fix[] {
  const out: Fix[] = [];
  const seen = new Set<string>();
  for (const s of m.suggestions) {
    if (s.replacement === undefined || seen.has(s.replacement)) continue;
    seen.add(s.replacement);
    out.push({
      description: { text: s.message },
      artifactChanges: [{ artifactLocation: location, replacements: [{ deletedRegion: region(m), insertedContent: { text: s.replacement } }] }],
    });
  }
  return out;
}

export const sarif: Reporter = (summary: LintSummary, ctx: ReporterContext): string => {
  const rules = descriptors(summary, ctx);
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const artifacts: Artifact[] = [];
  const artifactIndex = new Map<string, number>();
  const results: Result[] = [];
  const notifications: Notification[] = [];

  const artifactOf = (file: FileResult): ArtifactLocation => {
    const uri = pathToUri(file.path);
    let index = artifactIndex.get(uri);
    if (index === undefined) {
      index = artifacts.length;
      artifactIndex.set(uri, index);
      artifacts.push({ location: { uri }, roles: ['analysisTarget'] });
    }
    return { uri, index };
  };

  for (const file of summary.files) {
    const location = artifactOf(file);
    const counts = new Map<string, number>();
    for (const [m, t] of fileMessages(file)) {
      const index = ruleIndex.get(m.ruleId) ?? -1;
      const physicalLocation = { artifactLocation: location, region: region(m) };
      const fileFixes = fixes(m, location);
      results.push({
        ruleId: m.ruleId,
        ruleIndex: index,
        level: LEVEL[m.severity],
        message: { text: messageWithSuggestion(m) },
        locations: [{ physicalLocation }],
        partialFingerprints: { primaryLocationLineHash: fingerprint(m, file.path, t, counts) },
        ...(fileFixes.length > 0 && { fixes: fileFixes }),
        properties: { ...(t !== null && { template: t.name, templateIndex: t.index }), ...(m.dimension !== undefined && { dimension: m.dimension }) },
      });
      if (m.fatal) {
        notifications.push({ level: 'error', message: { text: m.message }, locations: [{ physicalLocation }], associatedRule: { id: m.ruleId, index } });
      }
    }
  }

  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'heard', version: ctx.version, informationUri: REPO_URL, rules } },
        invocations: [
          {
            executionSuccessful: summary.fatalCount === 0 && notifications.length === 0,
            ...(notifications.length > 0 && { toolExecutionNotifications: notifications }),
          },
        ],
        artifacts,
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
