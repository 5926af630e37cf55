import { describe, expect, it } from 'vitest';
import { REPORTERS } from '../../../src/cli/reporters/index.ts';
import { clean, ctx, deepFreeze, mixed, summarize } from './summaries.ts';

describe('REPORTERS', () => {
  it('names exactly the five formats', () => {
    expect(Object.keys(REPORTERS)).toEqual(['stylish', 'json', 'sarif', 'github', 'junit']);
    expect(Object.isFrozen(REPORTERS)).toBe(true);
  });

  for (const [name, report] of Object.entries(REPORTERS)) {
    it(`${name}: is pure, deterministic and ends with a newline`, () => {
      for (const make of [mixed, clean, () => summarize([])]) {
        const s = deepFreeze(make());
        const a = report(s, ctx());
        expect(a).toBe(report(make(), ctx()));
        expect(a.endsWith('\n')).toBe(true);
        expect(a).not.toContain(process.cwd());
        expect(a).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d/); // no timestamps
        if (name !== 'stylish') expect(report(s, ctx(true))).toBe(a); // only stylish colors
      }
    });
  }
});
