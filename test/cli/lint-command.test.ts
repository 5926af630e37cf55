/** `heard lint` end to end, in-process: exit codes, directives, config discovery, ignores, --fix, bad input. */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { heard, ROOT } from './run.ts';

const tmp = mkdtempSync(join(tmpdir(), 'heard-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function project(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmp, 'p-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const GOOD = "Hi {{first_name}},\n\nI've refunded order #{{order.id}} today; you'll see the money within 3 business days.\nI'm sorry the wait dragged on. Just reply here if it hasn't arrived by Friday.\n\nBest,\nSam\n";
const CANNED = 'Hi {{first_name}},\n\nWe apologize for any inconvenience. Your refund is on its way and should arrive by Friday; reply here if it does not.\n';
const json = (r: { stdout: string }) => JSON.parse(r.stdout) as { files: { path: string; fixed: number; messages: { message: string }[]; templates: { name: string; score: number; messages: { ruleId: string; severity: string }[] }[] }[]; errorCount: number; warningCount: number };
const rules = (r: { stdout: string }) => json(r).files.flatMap((f) => f.templates.flatMap((t) => t.messages.map((m) => m.ruleId)));

describe('exit codes', () => {
  it('0 when clean of errors, 1 with an error-level finding, 2 on file problems', async () => {
    const dir = project({ 'good.txt': GOOD, 'canned.txt': CANNED });
    expect((await heard(['lint', 'good.txt'], { cwd: dir })).code).toBe(0);
    expect((await heard(['lint', 'canned.txt'], { cwd: dir })).code).toBe(0); // warnings only
    writeFileSync(join(dir, 'heard.config.json'), JSON.stringify({ rules: { 'no-canned-phrases': 'error' } }));
    expect((await heard(['lint', 'canned.txt'], { cwd: dir })).code).toBe(1);
    expect((await heard(['lint', 'good.txt', 'missing.txt'], { cwd: dir })).code).toBe(2);
  });

  it('--max-warnings', async () => {
    const dir = project({ 'canned.txt': CANNED });
    expect((await heard(['lint', '--max-warnings', '0'], { cwd: dir })).code).toBe(1);
    expect((await heard(['lint', '--max-warnings', '99'], { cwd: dir })).code).toBe(0);
    expect((await heard(['lint', '--max-warnings', 'x'], { cwd: dir })).code).toBe(2);
  });

  it('1 when a template is below its minimum score; 2 on usage and config errors', async () => {
    const dir = project({ 'canned.txt': CANNED, 'heard.config.json': JSON.stringify({ minScores: { overall: 99 } }) });
    const r = await heard(['lint', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(rules(r)).toContain('min-score');
    expect((await heard(['lint', '--bogus'], { cwd: dir })).code).toBe(2);
    expect((await heard(['lint', '--format', 'xml'], { cwd: dir })).code).toBe(2);
    writeFileSync(join(dir, 'heard.config.json'), JSON.stringify({ minScores: { overal: 99 } }));
    const bad = await heard(['lint'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/heard\.config\.json: minScores\.overal: unknown score \(did you mean "overall"\?\)/);
    expect(bad.stdout).toBe('');
  });
});

describe('bad input: named, the run goes on', () => {
  it('missing files, globs matching nothing, binary, invalid UTF-8, malformed JSON, empty templates', async () => {
    const dir = project({
      'ok.txt': GOOD,
      'bin.txt': new Uint8Array([104, 105, 0, 0, 1, 2]),
      'latin1.txt': new Uint8Array([99, 97, 102, 0xe9, 10]),
      'bad.json': '{"macros": [{"title": "x", "actions": [',
      'bad.csv': 'title,content\n"a,"unterminated\n',
      'bad.yaml': 'macros:\n  - title: [unclosed\n',
      'empty.txt': '',
    });
    const r = await heard(['lint', '.', 'nope.txt', '**/*.liquid', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    const report = json(r);
    const byPath = new Map(report.files.map((f) => [f.path, f]));
    expect(byPath.get('nope.txt')!.messages[0]!.message).toMatch(/no such file/);
    expect(byPath.get('**/*.liquid')!.messages[0]!.message).toMatch(/no files match/);
    expect(byPath.get('bin.txt')!.messages[0]!.message).toMatch(/binary/);
    expect(byPath.get('latin1.txt')!.messages[0]!.message).toMatch(/UTF-8/);
    for (const f of ['bad.json', 'bad.csv', 'bad.yaml']) expect(byPath.get(f)!.messages[0]!.message.length).toBeGreaterThan(5);
    expect(byPath.get('empty.txt')!.templates[0]!.messages.map((m) => m.ruleId)).toEqual(['empty-reply']);
    expect(byPath.get('ok.txt')!.templates).toHaveLength(1); // the rest of the run went on
  });

  it('an unreadable file', async () => {
    if (process.getuid?.() === 0) return; // root reads everything
    const dir = project({ 'secret.txt': GOOD });
    const { chmodSync } = await import('node:fs');
    chmodSync(join(dir, 'secret.txt'), 0o000);
    const r = await heard(['lint', 'secret.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/permission denied/);
  });

  it('writes nothing without --fix', async () => {
    const dir = project({ 'canned.txt': CANNED, 'm.json': readFileSync(join(ROOT, 'fixtures/templates/zendesk-macros.json'), 'utf8') });
    const before = readdirSync(dir).map((f) => [f, statSync(join(dir, f)).mtimeMs, readFileSync(join(dir, f), 'utf8')]);
    await heard(['lint', '.'], { cwd: dir });
    expect(readdirSync(dir).map((f) => [f, statSync(join(dir, f)).mtimeMs, readFileSync(join(dir, f), 'utf8')])).toEqual(before);
  });
});

describe('directives', () => {
  it('in text, Handlebars and Liquid comments', async () => {
    const body = 'We apologize for any inconvenience. Your refund arrives by Friday; reply here if not.';
    const dir = project({
      'a.md': `Hi {{first_name}},\n<!-- heard-disable-next-line no-canned-phrases -->\n${body}\n`,
      'b.hbs': `Hi {{first_name}},\n{{!-- heard-disable no-canned-phrases --}}\n${body}\n`,
      'c.liquid': `Hi {{ first_name }},\n{% comment %}heard-disable no-canned-phrases{% endcomment %}\n${body}\n`,
      'd.txt': `Hi {{first_name}},\n${body}\n`,
      'e.md': `<!-- heard-disable no-such-rule -->\nHi {{first_name}}, ${body}\n`,
    });
    const r = json(await heard(['lint', '.', '--format', 'json'], { cwd: dir }));
    const of = (p: string) => r.files.find((f) => f.path === p)!.templates[0]!.messages.map((m) => m.ruleId);
    for (const p of ['a.md', 'b.hbs', 'c.liquid']) expect(of(p)).not.toContain('no-canned-phrases');
    expect(of('d.txt')).toContain('no-canned-phrases');
    expect(of('e.md')).toContain('directive');
  });
});

describe('config discovery and ignores', () => {
  it('uses the nearest config per file, --config overrides, ignores apply', async () => {
    const dir = project({
      'heard.config.json': JSON.stringify({ rules: { 'no-canned-phrases': 'error' }, ignore: ['drafts/'] }),
      'team-b/.heardrc.json': JSON.stringify({ rules: { 'no-canned-phrases': 'off' } }),
      'a.txt': CANNED,
      'team-b/b.txt': CANNED,
      'drafts/c.txt': CANNED,
      'skip/d.txt': CANNED,
      '.heardignore': 'skip/\n',
      'other.json': JSON.stringify({ rules: { 'no-canned-phrases': 'info' } }),
    });
    const r = json(await heard(['lint', '--format', 'json'], { cwd: dir }));
    expect(r.files.map((f) => f.path)).toEqual(['a.txt', 'team-b/b.txt']);
    const sev = (file: string) => r.files.find((f) => f.path === file)!.templates[0]!.messages.filter((m) => m.ruleId === 'no-canned-phrases').map((m) => m.severity);
    expect(sev('a.txt')).toEqual(['error']);
    expect(sev('team-b/b.txt')).toEqual([]);
    const forced = json(await heard(['lint', 'a.txt', '--config', 'other.json', '--format', 'json'], { cwd: dir }));
    expect(forced.files[0]!.templates[0]!.messages.filter((m) => m.ruleId === 'no-canned-phrases').map((m) => m.severity)).toEqual(['info']);
  });

  it('team phrases and rule options from config', async () => {
    const dir = project({
      'heard.config.json': JSON.stringify({ phrases: [{ phrase: 'asap', replacement: 'by Friday' }], rules: { 'sentence-length': ['warning', { max: 5 }] } }),
      'a.txt': 'Hi {{first_name}}, I will send the replacement asap and tell you when it ships.\n',
    });
    const r = await heard(['lint', '--format', 'json'], { cwd: dir });
    expect(rules(r)).toEqual(expect.arrayContaining(['team-phrases', 'sentence-length']));
  });
});

describe('--fix', () => {
  it('round-trips on a copy of the fixtures: safe replacements written, files still parse, fixed findings gone', async () => {
    const dir = join(tmp, 'fix');
    cpSync(join(ROOT, 'fixtures', 'templates'), dir, { recursive: true });
    rmSync(join(dir, 'broken'), { recursive: true });
    const before = json(await heard(['lint', '.', '--format', 'json'], { cwd: dir }));
    const r = await heard(['lint', '.', '--fix', '--format', 'json'], { cwd: dir });
    const after = json(r);
    const fixed = after.files.reduce((n, f) => n + f.fixed, 0);
    expect(fixed).toBeGreaterThan(3);
    const count = (x: typeof before) => x.files.reduce((n, f) => n + f.templates.reduce((k, t) => k + t.messages.length, 0), 0);
    expect(count(after)).toBeLessThanOrEqual(count(before) - fixed); // a fix can also settle another rule's finding
    // The same templates, by name, still parse from every file.
    expect(after.files.map((f) => [f.path, f.templates.map((t) => t.name)])).toEqual(before.files.map((f) => [f.path, f.templates.map((t) => t.name)]));
    const again = json(await heard(['lint', '.', '--format', 'json'], { cwd: dir }));
    expect(again).toEqual({ ...after, files: after.files.map((f) => ({ ...f, fixed: 0 })), fixedCount: 0 });
    expect(readFileSync(join(dir, 'refund-delay.txt'), 'utf8')).not.toMatch(/Please be advised/);
    expect(readdirSync(dir).some((f) => f.endsWith('.tmp'))).toBe(false);
  });
});
