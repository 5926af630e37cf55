import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepare } from '../src/text/prepare.ts';
import { warmth } from '../src/reply/warmth.ts';
import { scoreReply } from '../src/index.ts';
import { loadExtra } from '../scripts/warmth-data.ts';
import { rocAuc } from '../bench/lib/metrics.ts';

const WARMTH_DIR = join(import.meta.dirname, '..', 'fixtures', 'warmth');

describe('warmth model (lexicons/learned/empathy.tsv)', () => {
  it('is derived from GoEmotions under Apache-2.0, with the command that reproduces it', () => {
    const head = readFileSync(join(import.meta.dirname, '..', 'lexicons', 'learned', 'empathy.tsv'), 'utf8').split('\n').slice(0, 12).join('\n');
    expect(head).toMatch(/#@ license: Apache-2\.0/);
    expect(head).toMatch(/#@ command: npx tsx scripts\/fit-goemotions\.ts .*--model empathy/);
    expect(head).toMatch(/#@ mapping: empathy<-caring\|remorse\|optimism/);
  });

  it('ranks the held-out test rows of fixtures/warmth (measured ROC AUC 0.94; a floor against regressions)', () => {
    const rows = loadExtra(WARMTH_DIR, 'test');
    expect(rows.length).toBeGreaterThanOrEqual(600);
    const auc = rocAuc(rows.map((r) => r.y === 1), rows.map((r) => warmth(prepare(r.text))));
    expect(auc).toBeGreaterThan(0.9);
  });

  it('counts warm words inside a stock phrase for little', () => {
    const p = prepare("I'm so sorry for any inconvenience this may have caused.");
    const canned = p.tokens.map(() => 1);
    expect(warmth(p, canned)).toBeLessThan(warmth(p) / 2);
  });

  it('discounts a warm word only when every copy of it is inside a stock phrase (order does not matter)', () => {
    const a = scoreReply("Sorry for any inconvenience. I'm so sorry this happened to you.").dimensions.empathy.score;
    const b = scoreReply("I'm so sorry this happened to you. Sorry for any inconvenience.").dimensions.empathy.score;
    expect(a).toBe(b);
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

describe('fixtures/warmth (hand-written training rows of the warmth model)', () => {
  const files = readdirSync(WARMTH_DIR).filter((f) => f.endsWith('.tsv')).sort();

  it('are well-formed label<TAB>text rows, balanced, without duplicates', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
    const seen = new Set<string>();
    for (const f of files) {
      const lines = readFileSync(join(WARMTH_DIR, f), 'utf8').split('\n').filter((l) => l.trim() !== '');
      let ones = 0;
      for (const line of lines) {
        expect(line, f).toMatch(/^[01]\t[^\t]*\S[^\t]*$/);
        if (line[0] === '1') ones++;
        const text = line.slice(2).trim().toLowerCase();
        expect(seen.has(text), `${f}: duplicate ${text}`).toBe(false);
        seen.add(text);
      }
      expect(Math.abs(ones / lines.length - 0.5), f).toBeLessThan(0.05);
    }
  });

  it('minimal pairs come as a 1 row then a 0 row, with different texts', () => {
    for (const f of files.filter((x) => x.endsWith('.pairs.tsv'))) {
      const lines = readFileSync(join(WARMTH_DIR, f), 'utf8').split('\n').filter((l) => l.trim() !== '');
      expect(lines.length % 2, f).toBe(0);
      for (let i = 0; i < lines.length; i += 2) {
        expect([f, i, lines[i]![0], lines[i + 1]![0]]).toEqual([f, i, '1', '0']);
        expect(lines[i]!.slice(2)).not.toBe(lines[i + 1]!.slice(2));
      }
    }
  });

  it('split 60/20/20 by row (by pair in *.pairs.tsv), the same way the fit script reads them', () => {
    const n = { train: loadExtra(WARMTH_DIR, 'train').length, dev: loadExtra(WARMTH_DIR, 'dev').length, test: loadExtra(WARMTH_DIR, 'test').length };
    const total = n.train + n.dev + n.test;
    expect(total).toBe(seenRows());
    expect(n.dev / total).toBeCloseTo(0.2, 2);
    expect(n.test / total).toBeCloseTo(0.2, 2);
  });

  function seenRows(): number {
    return files.reduce((s, f) => s + readFileSync(join(WARMTH_DIR, f), 'utf8').split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#')).length, 0);
  }

  it('say where they come from and under which license', () => {
    const readme = readFileSync(join(WARMTH_DIR, 'README.md'), 'utf8');
    expect(readme).toMatch(/MIT/);
    for (const f of files) expect(readme, f).toContain(`\`${f}\``);
  });
});
