/** Config discovery (nearest file wins, package.json "heard" key, --config), extends, presets and validation. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigFinder, DEFAULT_CONFIG, loadConfigFile } from '../../src/cli/config/load.ts';
import { validateConfig } from '../../src/cli/config/schema.ts';
import { ConfigError } from '../../src/cli/errors.ts';

const root = mkdtempSync(join(tmpdir(), 'heard-config-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(root, 't-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('config discovery', () => {
  it('finds the nearest config upward, in the documented order, and caches per folder', async () => {
    const dir = tree({
      'heard.config.json': JSON.stringify({ rules: { 'no-jargon': 'off' } }),
      'a/.heardrc.json': JSON.stringify({ rules: { 'use-name': 'error' } }),
      'a/b/c/x.txt': 'hi',
      'pkg/package.json': JSON.stringify({ name: 'x', heard: { minScores: { overall: 50 } } }),
      'nokey/package.json': JSON.stringify({ name: 'y' }),
      'both/heard.config.json': JSON.stringify({ rules: { timeline: 'off' } }),
      'both/.heardrc.json': JSON.stringify({ rules: { timeline: 'error' } }),
    });
    const finder = new ConfigFinder();
    const deep = await finder.forDir(join(dir, 'a', 'b', 'c'));
    expect(deep.file).toBe(join(dir, 'a', '.heardrc.json'));
    expect(deep.rules).toEqual({ 'use-name': 'error' }); // nearest wins, no cascade
    expect((await finder.forDir(dir)).rules).toEqual({ 'no-jargon': 'off' });
    expect((await finder.forDir(join(dir, 'pkg'))).minScores).toEqual({ overall: 50 });
    expect((await finder.forDir(join(dir, 'nokey'))).file).toBe(join(dir, 'heard.config.json'));
    expect((await finder.forDir(join(dir, 'both'))).rules).toEqual({ timeline: 'off' });
    expect(await finder.forDir(join(dir, 'a', 'b'))).toBe(await finder.forDir(join(dir, 'a', 'b')));
  });

  it('loads .mjs configs and extends presets and files, later keys winning', async () => {
    const dir = tree({
      'base.json': JSON.stringify({ rules: { 'no-jargon': 'error', timeline: 'off' }, phrases: ['kindly'], ignore: ['drafts/'] }),
      'heard.config.mjs': "export default { extends: ['strict', './base.json'], rules: { timeline: 'info' }, phrases: [{ phrase: 'per our policy', replacement: 'because' }] };",
    });
    const c = await loadConfigFile(join(dir, 'heard.config.mjs'));
    expect(c.rules['no-jargon']).toBe('error');
    expect(c.rules.timeline).toBe('info');
    expect(c.rules['sentence-length']).toBe('warning'); // strict raises info -> warning
    expect(c.minScores.overall).toBe(70);
    expect(c.phrases.map((p) => p.phrase)).toEqual(['kindly', 'per our policy']);
    expect(c.ignore[0]!.base).toBe(dir);
    expect(c.options.phrases).toHaveLength(2);
  });

  it('the defaults pass no options', () => {
    expect(DEFAULT_CONFIG.options).toEqual({});
  });
});

describe('config validation names the file, the key and what was expected', () => {
  const bad: [unknown, RegExp][] = [
    [[], /f\.json: expected an object, got an array/],
    [{ rulez: {} }, /f\.json: rulez: unknown key \(did you mean "rules"\?\)/],
    [{ rules: { 'no-jargn': 'off' } }, /rules\.no-jargn: unknown rule \(did you mean "no-jargon"\?\)/],
    [{ rules: { 'no-jargon': 'loud' } }, /rules\.no-jargon: expected "off", "info", "warning", "error" or \[level, \{ options \}\], got "loud"/],
    [{ rules: { 'sentence-length': ['warning', { max: 'x' }] } }, /rules\.sentence-length\[1\]\.max: expected a number, got "x"/],
    [{ rules: { 'sentence-length': ['warning', { maxx: 3 }] } }, /rules\.sentence-length\[1\]\.maxx: unknown option; "sentence-length" takes max/],
    [{ rules: { 'no-jargon': ['warning', { allow: 'SSO' }] } }, /allow: expected an array of strings/],
    [{ minScores: { overal: 50 } }, /minScores\.overal: unknown score \(did you mean "overall"\?\)/],
    [{ minScores: { overall: 150 } }, /minScores\.overall: expected a number from 0 to 100, got 150/],
    [{ weights: { empathy: -1 } }, /weights\.empathy: expected a number >= 0/],
    [{ phrases: [{ phrase: '' }] }, /phrases\[0\]\.phrase: expected a phrase with at least one word/],
    [{ phrases: [{ phrase: 'x', replace: 'y' }] }, /phrases\[0\]\.replace: unknown key/],
    [{ ignore: 3 }, /ignore: expected a string or an array of strings, got 3/],
    [{ extends: [1] }, /extends: expected a string or an array of strings/],
  ];
  it.each(bad.map(([raw, re]) => [JSON.stringify(raw), raw, re] as const))('%s', (_, raw, re) => {
    expect(() => validateConfig('f.json', raw)).toThrow(ConfigError);
    expect(() => validateConfig('f.json', raw)).toThrow(re);
  });

  it('reports broken files, unknown presets and cycles', async () => {
    const dir = tree({
      'broken.json': '{ "rules": ',
      'preset.json': JSON.stringify({ extends: 'lenient' }),
      'a.json': JSON.stringify({ extends: './b.json' }),
      'b.json': JSON.stringify({ extends: './a.json' }),
      'missing.json': JSON.stringify({ extends: './nope.json' }),
      'throws.mjs': "throw new Error('boom');",
    });
    await expect(loadConfigFile(join(dir, 'broken.json'))).rejects.toThrow(/broken\.json: invalid JSON/);
    await expect(loadConfigFile(join(dir, 'preset.json'))).rejects.toThrow(/extends\[0\]: unknown preset "lenient"/);
    await expect(loadConfigFile(join(dir, 'a.json'))).rejects.toThrow(/extends itself/);
    await expect(loadConfigFile(join(dir, 'missing.json'))).rejects.toThrow(/cannot read "\.\/nope\.json": no such file/);
    await expect(loadConfigFile(join(dir, 'throws.mjs'))).rejects.toThrow(/throws\.mjs: could not load it: boom/);
    await expect(loadConfigFile(join(dir, 'absent.json'))).rejects.toThrow(/no such file/);
  });
});
