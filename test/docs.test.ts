import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFixtures } from '../bench/lib/datasets.ts';
import { detectEmotions } from '../src/index.ts';

const root = join(import.meta.dirname, '..');

describe('every evidence source is documented', () => {
  it('each source seen on the fixtures has a row in docs/signals.md', () => {
    const doc = readFileSync(join(root, 'docs', 'signals.md'), 'utf8');
    const sources = new Set<string>();
    for (const split of ['dev', 'test'] as const) {
      const loaded = loadFixtures(root, split);
      if (!loaded.ok) throw new Error(loaded.reason);
      for (const it of loaded.items) for (const ev of detectEmotions(it.text).evidence) sources.add(ev.source.replace(/^lexicon:.*/, 'lexicon:<emotion>'));
    }
    expect(sources.size).toBeGreaterThanOrEqual(10);
    for (const s of sources) expect(doc, s).toContain('`' + s + '`');
  });
});
