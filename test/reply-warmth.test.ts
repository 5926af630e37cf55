import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepare } from '../src/text/prepare.ts';
import { warmth } from '../src/reply/warmth.ts';

describe('warmth model (lexicons/learned/empathy.tsv)', () => {
  it('is derived from GoEmotions under Apache-2.0, with the command that reproduces it', () => {
    const head = readFileSync(join(import.meta.dirname, '..', 'lexicons', 'learned', 'empathy.tsv'), 'utf8').split('\n').slice(0, 12).join('\n');
    expect(head).toMatch(/#@ license: Apache-2\.0/);
    expect(head).toMatch(/#@ command: npx tsx scripts\/fit-goemotions\.ts .*--model empathy/);
    expect(head).toMatch(/#@ mapping: empathy<-caring\|remorse\|optimism/);
  });

  it.each([
    ["I'm so sorry you're going through this. Hang in there, it will get better.", 'The form is on page 3.'],
    ['Take care of yourself, I hope you feel better soon.', 'Your order number is 4412.'],
  ])('hears more warmth in %j than in %j', (warm, cold) => {
    expect(warmth(prepare(warm))).toBeGreaterThan(warmth(prepare(cold)) + 0.2);
  });

  it('returns a probability for any text', () => {
    for (const t of ['', '😡😡', '\ud800', 'a'.repeat(10000)]) {
      const p = warmth(prepare(t));
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
    }
  });
});
