/**
 * Reads heard's hand-written labeled sentences (fixtures/warmth) for scripts/fit-goemotions.ts
 * and the tests. No side effects on import.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One labeled row: `y` is 1 when the reply expresses an emotional reaction. */
export interface ExtraRow { text: string; labels: number[]; y: number; extra: true }

/**
 * One split of an extra set: every `*.tsv` in `dir` (sorted by name) holds `label<TAB>text`
 * rows, label 0 or 1 (the single target), `#` lines are comments. Rows are split in groups: a
 * group is one row, or in a `*.pairs.tsv` file two consecutive rows (a minimal pair, which must
 * not straddle two splits). Within each file, group g (counted from 0) is dev when g % 5 === 3,
 * test when g % 5 === 4, train otherwise.
 */
export function loadExtra(dir: string, name: 'train' | 'dev' | 'test'): ExtraRow[] {
  const rows: ExtraRow[] = [];
  for (const fileName of readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort()) {
    const file = join(dir, fileName);
    const groupSize = fileName.endsWith('.pairs.tsv') ? 2 : 1;
    let i = 0;
    readFileSync(file, 'utf8').split('\n').forEach((line, n) => {
      if (line.trim() === '' || line.startsWith('#')) return;
      const tab = line.indexOf('\t');
      const label = line.slice(0, tab);
      if (tab < 0 || (label !== '0' && label !== '1') || line.slice(tab + 1).trim() === '') throw new Error(`${file}:${n + 1}: expected "0|1<TAB>text"`);
      const g = Math.floor(i / groupSize);
      const split = g % 5 === 3 ? 'dev' : g % 5 === 4 ? 'test' : 'train';
      i++;
      if (split === name) rows.push({ text: line.slice(tab + 1), labels: [], y: Number(label), extra: true });
    });
  }
  return rows;
}

