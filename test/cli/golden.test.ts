/**
 * Golden outputs (as Vale tests its CLI): every reporter over fixtures/templates/, which holds one
 * file of each format and helpdesk export plus broken files. Regenerate after a deliberate change
 * with `UPDATE_GOLDEN=1 npx vitest run test/cli/golden.test.ts` and review the diff.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { heard, ROOT } from './run.ts';

const GOLDEN = join(ROOT, 'fixtures', 'golden');
const update = process.env.UPDATE_GOLDEN === '1';

function golden(name: string, actual: string): void {
  const file = join(GOLDEN, name);
  if (update || !existsSync(file)) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

const FORMATS = [['stylish', 'txt'], ['json', 'json'], ['sarif', 'sarif'], ['github', 'txt'], ['junit', 'xml']] as const;

describe('golden output over fixtures/templates', () => {
  it.each(FORMATS)('%s', async (format, ext) => {
    const r = await heard(['lint', 'fixtures/templates', '--format', format, '--no-color']);
    expect(r.code).toBe(2); // the broken/ files are file errors
    golden(`lint.${format}.${ext}`, r.stdout);
  });

  it('--field reads a custom export', async () => {
    const r = await heard(['lint', 'fixtures/templates/custom-export.json', '--field', 'items[].body', '--no-color']);
    expect(r.code).toBeLessThan(2);
    golden('lint.custom-export.txt', r.stdout);
  });

  it('each helpdesk export is read into its named templates', async () => {
    const r = await heard(['lint', 'fixtures/templates', '--format', 'json']);
    const report = JSON.parse(r.stdout) as { files: { path: string; templates: { name: string }[]; messages: { ruleId: string }[] }[] };
    const by = new Map(report.files.map((f) => [f.path.replace('fixtures/templates/', ''), f]));
    for (const name of ['zendesk-macros.json', 'freshdesk-canned.json', 'helpscout-saved-replies.json', 'macros.yaml', 'canned.csv']) {
      const f = by.get(name)!;
      expect(f.templates.length).toBeGreaterThanOrEqual(3);
      expect(f.templates.every((t) => t.name && !t.name.startsWith('#'))).toBe(true);
    }
    for (const name of ['broken/binary.txt', 'broken/latin1.txt', 'broken/malformed.json']) expect(by.get(name)!.messages[0]!.ruleId).toBe('read-error');
    expect(by.has('custom-export.json')).toBe(false); // not an export heard knows: skipped in a folder walk
  });

  it('the SARIF output is valid against the SARIF 2.1.0 schema', async () => {
    const r = await heard(['lint', 'fixtures/templates', '--format', 'sarif']);
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'fixtures', 'sarif', 'sarif-2.1.0.json'), 'utf8')));
    const log = JSON.parse(r.stdout);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(log.runs[0].results.length).toBeGreaterThan(50);
  });

  it('the JUnit output is well-formed XML', async () => {
    const r = await heard(['lint', 'fixtures/templates', '--format', 'junit']);
    expect(XMLValidator.validate(r.stdout)).toBe(true);
  });

  it('reported spans point into the original file', async () => {
    const r = await heard(['lint', 'fixtures/templates', '--format', 'json']);
    const report = JSON.parse(r.stdout) as { files: { path: string; templates: { messages: { start: number; end: number; text: string; line: number; column: number }[] }[] }[] };
    let checked = 0;
    for (const f of report.files) {
      const text = readFileSync(join(ROOT, f.path), 'utf8');
      const lines = text.split('\n');
      for (const t of f.templates) {
        for (const m of t.messages) {
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(lines.slice(0, m.line - 1).reduce((n, l) => n + l.length + 1, 0) + m.column - 1).toBe(m.start);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});
