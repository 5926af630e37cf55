import { describe, expect, it } from 'vitest';
import { expandBraces, globBase, IgnoreList, matchPath, matchSegment } from '../../src/cli/glob.ts';

describe('glob', () => {
  it.each([
    ['*.md', 'a.md', true], ['*.md', 'a.mdx', false], ['a?c', 'abc', true], ['a?c', 'ac', false],
    ['*', '', true], ['[abc].txt', 'b.txt', true], ['[!abc].txt', 'b.txt', false], ['[a-c]x', 'cx', true],
    ['*a*b*c*', 'xaybzc', true], ['*a*b*c*', 'xaycb', false], ['\\*', '*', true], ['\\*', 'a', false],
  ])('segment %s vs %s -> %s', (p, n, want) => {
    expect(matchSegment(p, n)).toBe(want);
  });

  it.each([
    ['templates/**/*.md', 'templates/a.md', true],
    ['templates/**/*.md', 'templates/x/y/a.md', true],
    ['templates/**/*.md', 'other/a.md', false],
    ['**/*.json', 'a/b/c.json', true],
    ['**', 'a/b', true],
    ['*.md', 'a/b.md', false],
    ['**/*.md', '.hidden/a.md', false], // dot folders are not matched by wildcards
    ['.hidden/*.md', '.hidden/a.md', true],
  ])('path %s vs %s -> %s', (p, n, want) => {
    expect(matchPath(p, n)).toBe(want);
  });

  it('expands braces, nested, bounded', () => {
    expect(expandBraces('a.{md,txt}')).toEqual(['a.md', 'a.txt']);
    expect(expandBraces('{a,b}/{c,d}')).toEqual(['a/c', 'a/d', 'b/c', 'b/d']);
    expect(expandBraces('x{y')).toEqual(['x{y']);
    expect(expandBraces('{a,b}'.repeat(20)).length).toBe(256);
  });

  it('finds the static base of a pattern', () => {
    expect(globBase('templates/**/*.md')).toBe('templates');
    expect(globBase('*.md')).toBe('');
    expect(globBase('a/b/c.md')).toBe('a/b');
  });

  it('runs in polynomial time on adversarial patterns', () => {
    const p = `${'*a'.repeat(30)}b`;
    expect(matchSegment(p, 'a'.repeat(5000))).toBe(false);
    expect(matchPath(`${'**/'.repeat(50)}x`, `${'a/'.repeat(500)}y`)).toBe(false);
  });
});

describe('ignore lists', () => {
  const list = new IgnoreList(['# comment', 'drafts/', '*.bak.md', '/root-only.txt', 'archive/**/*.json', '!archive/keep.json', '']);
  it.each([
    ['drafts/a.md', true], ['x/drafts/a.md', true], ['a.bak.md', true], ['deep/a.bak.md', true],
    ['root-only.txt', true], ['sub/root-only.txt', false], ['archive/2020/a.json', true], ['archive/keep.json', false],
    ['templates/a.md', false],
  ])('%s -> %s', (path, want) => {
    expect(list.ignores(path)).toBe(want);
  });
});
