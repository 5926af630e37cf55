import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/reply/rules/index.ts';

const root = join(import.meta.dirname, '..');

describe('every reply rule is code + table test + doc page', () => {
  it('the registry is sorted by id and ids are unique', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(RULES.map((r) => [r.meta.id]))('%s has its code file, test and doc page', (id) => {
    expect(existsSync(join(root, 'src', 'reply', 'rules', `${id}.ts`))).toBe(true);
    expect(existsSync(join(root, 'test', 'rules', `${id}.test.ts`))).toBe(true);
    const doc = join(root, 'docs', 'rules', `${id}.md`);
    expect(existsSync(doc)).toBe(true);
    const text = readFileSync(doc, 'utf8');
    expect(text).toContain(`# \`${id}\``);
    expect(text).toMatch(/## How it decides/);
  });

  it('no stray rule files, tests or pages', () => {
    const ids = new Set(RULES.map((r) => r.meta.id));
    const files = readdirSync(join(root, 'src', 'reply', 'rules')).filter((f) => f !== 'index.ts').map((f) => f.replace(/\.ts$/, ''));
    const docs = readdirSync(join(root, 'docs', 'rules')).map((f) => f.replace(/\.md$/, ''));
    expect(files.filter((f) => !ids.has(f))).toEqual([]);
    expect(docs.filter((f) => !ids.has(f))).toEqual([]);
  });
});
