import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Log, Result } from 'sarif';
import { describe, expect, it } from 'vitest';
import { pathToUri, sarif } from '../../../src/cli/reporters/sarif.ts';
import { clean, ctx, mixed, moved, summarize } from './summaries.ts';

// The SARIF 2.1.0 schema, vendored with its provenance in fixtures/sarif/SOURCE.md.
const schema = JSON.parse(readFileSync(new URL('../../../fixtures/sarif/sarif-2.1.0.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);

const run = (out: string) => {
  const log = JSON.parse(out) as Log;
  expect(validate(log), ajv.errorsText(validate.errors, { separator: '\n' })).toBe(true);
  expect(log.runs).toHaveLength(1);
  return log.runs[0]!;
};

const results = (out: string): Result[] => run(out).results ?? [];

describe('sarif reporter', () => {
  it('validates against the SARIF 2.1.0 schema', () => {
    for (const s of [mixed(), clean(), moved(), summarize([])]) {
      const out = sarif(s, ctx());
      expect(out.endsWith('}\n')).toBe(true);
      const log = JSON.parse(out) as Log;
      expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
      expect(log.version).toBe('2.1.0');
      run(out);
    }
  });

  it('rejects what the schema forbids (the validator is live)', () => {
    const log = JSON.parse(sarif(mixed(), ctx())) as Log;
    log.runs[0]!.results![0]!.level = 'fatal' as 'error';
    expect(validate(log)).toBe(false);
    const log2 = JSON.parse(sarif(mixed(), ctx())) as Log;
    log2.runs[0]!.results![0]!.locations![0]!.physicalLocation!.region!.startLine = 0;
    expect(validate(log2)).toBe(false);
  });

  it('describes the tool and every rule a result names', () => {
    const r = run(sarif(mixed(), ctx()));
    const driver = r.tool.driver;
    expect(driver).toMatchObject({ name: 'heard', version: '0.1.0', informationUri: 'https://github.com/heard-dev/heard' });
    expect(driver.rules!.map((x) => x.id)).toEqual(['no-canned-phrases', 'no-jargon', 'use-name', 'min-score', 'read-error']);
    expect(driver.rules![0]).toEqual({
      id: 'no-canned-phrases',
      name: 'no-canned-phrases',
      shortDescription: { text: 'Canned phrases sound scripted.' },
      helpUri: 'https://github.com/heard-dev/heard/blob/main/docs/rules/no-canned-phrases.md',
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['authenticity'] },
    });
    expect(driver.rules![2]!.defaultConfiguration!.level).toBe('note');
    for (const res of r.results!) expect(driver.rules![res.ruleIndex!]!.id).toBe(res.ruleId);
  });

  it('adds a descriptor for a rule the context does not list', () => {
    const s = mixed();
    s.files[0]!.templates[0]!.messages[0]!.ruleId = 'plugin-rule';
    const r = run(sarif(s, ctx()));
    expect(r.tool.driver.rules!.at(-1)!.id).toBe('plugin-rule');
    expect(r.results![0]!.ruleIndex).toBe(r.tool.driver.rules!.length - 1);
  });

  it('gives each result what GitHub code scanning needs', () => {
    const rs = results(sarif(mixed(), ctx()));
    expect(rs.map((x) => [x.ruleId, x.level])).toEqual([
      ['no-canned-phrases', 'error'],
      ['no-jargon', 'warning'],
      ['no-canned-phrases', 'error'],
      ['no-jargon', 'warning'],
      ['use-name', 'note'],
      ['min-score', 'error'],
      ['read-error', 'error'],
    ]);
    for (const x of rs) {
      expect(x.message.text).toBeTruthy();
      const loc = x.locations![0]!.physicalLocation!;
      expect(loc.artifactLocation!.uri).not.toMatch(/^(\/|[a-z]+:)/i); // relative to the repository root
      expect(loc.region!.startLine).toBeGreaterThanOrEqual(1);
      expect(Object.keys(x.partialFingerprints!)).toEqual(['primaryLocationLineHash']);
    }
    expect(rs[0]).toMatchObject({
      message: { text: '“We apologize for any inconvenience” sounds scripted. → Name the actual problem. “I\'m sorry your refund is late”' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'replies/refund.md', index: 0 },
            region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 35, charOffset: 40, charLength: 34 },
          },
        },
      ],
      properties: { template: 'refund.md', templateIndex: 0, dimension: 'authenticity' },
    });
    expect(rs[2]!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('macros/support%2C%20100%25%20%22best%22.json');
    expect(rs[2]!.message.text).toBe('Line one\nline two: 100%, <b> & "quotes" 😀 → Delete it. (delete “Thanks for your patience”)');
  });

  it('percent-encodes paths into relative URI references', () => {
    expect(pathToUri('a b/c#d?e/ü:1.txt')).toBe('a%20b/c%23d%3Fe/%C3%BC%3A1.txt');
    expect(pathToUri('../x/y.md')).toBe('../x/y.md');
  });

  it('offers the replacements as fixes', () => {
    const rs = results(sarif(mixed(), ctx()));
    expect(rs[0]!.fixes).toEqual([
      {
        description: { text: 'Name the actual problem.' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'replies/refund.md', index: 0 },
            replacements: [
              {
                deletedRegion: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 35, charOffset: 40, charLength: 34 },
                insertedContent: { text: "I'm sorry your refund is late" },
              },
            ],
          },
        ],
      },
    ]);
    expect(rs[2]!.fixes![0]!.artifactChanges[0]!.replacements![0]!.insertedContent).toEqual({ text: '' });
    expect(rs[1]!.fixes).toBeUndefined();
  });

  it('keeps fingerprints when a template moves, and tells repeats apart', () => {
    const fp = (out: string) => results(out).map((x) => x.partialFingerprints!['primaryLocationLineHash']);
    const before = fp(sarif(mixed(), ctx()));
    expect(fp(sarif(moved(), ctx()))).toEqual(before);
    expect(new Set(before).size).toBe(before.length);
    for (const f of before) expect(f).toMatch(/^[0-9a-f]{16}:\d+$/);

    const twice = mixed();
    const t = twice.files[0]!.templates[0]!;
    t.messages.push({ ...t.messages[0]!, line: 7, start: 90, end: 124 });
    const again = fp(sarif(twice, ctx()));
    expect(again[0]!.replace(/:1$/, ':2')).toBe(again[2]);

    const renamed = mixed();
    renamed.files[1]!.templates[0]!.name = 'Refund (late)';
    expect(fp(sarif(renamed, ctx()))[2]).not.toBe(before[2]);
  });

  it('reports unreadable files as failed execution with a notification', () => {
    const r = run(sarif(mixed(), ctx()));
    expect(r.invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          {
            level: 'error',
            message: { text: 'Malformed YAML:\nunexpected “:” at byte 12' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'broken.yaml', index: 2 }, region: { startLine: 1 } } }],
            associatedRule: { id: 'read-error', index: 4 },
          },
        ],
      },
    ]);
    expect(r.artifacts!.map((a) => a.location!.uri)).toEqual(['replies/refund.md', 'macros/support%2C%20100%25%20%22best%22.json', 'broken.yaml', 'replies/thanks.txt']);
    expect(run(sarif(clean(), ctx())).invocations).toEqual([{ executionSuccessful: true }]);
    expect(run(sarif(clean(), ctx())).results).toEqual([]);
  });
});
