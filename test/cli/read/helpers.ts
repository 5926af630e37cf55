import { expect } from 'vitest';
import type { TemplateUnit } from '../../../src/cli/types.ts';

/**
 * Checks a unit's map against the file: length, bounds, non-decreasing, and every text char
 * either copied verbatim (file[map[i]] === text[i]) or accounted for: an escape (`\`), an entity
 * (`&`), a block tag's line break (`<`), collapsed or folded whitespace (or a line break YAML adds
 * at the very end). Chars of a comment blanked to spaces count as verbatim. Returns how many
 * chars were verbatim.
 */
export function checkMap(unit: TemplateUnit, file: string): number {
  const { text, map } = unit;
  expect(map.length).toBe(text.length + 1);
  let verbatim = 0;
  for (let i = 0; i <= text.length; i++) {
    expect(map[i]).toBeGreaterThanOrEqual(i > 0 ? map[i - 1]! : 0);
    expect(map[i]).toBeLessThanOrEqual(file.length);
  }
  const blanked = new Uint8Array(text.length);
  for (const c of unit.comments) blanked.fill(1, c.start, c.end);
  for (let i = 0; i < text.length; i++) {
    const src = file[map[i]!]!;
    const ch = text[i]!;
    if (src === ch) { verbatim++; continue; }
    if (blanked[i] && ch === ' ') { verbatim++; continue; } // a comment blanked to spaces
    const ok = src === '\\' || src === '&' || (ch === '\n' && src === '<') ||
      ((ch === ' ' || ch === '\n') && /[\s<]/.test(src)) ||
      (ch === '\n' && map[i] === file.length); // YAML's clipped final line break, added at the end of input
    if (!ok) throw new Error(`${unit.name}: text[${i}] ${JSON.stringify(ch)} maps to ${map[i]} ${JSON.stringify(src)}`);
  }
  return verbatim;
}

/** Word spans [s, e) of a unit's text. */
export function words(text: string): [number, number][] {
  return [...text.matchAll(/[A-Za-z]{2,}/g)].map((m) => [m.index, m.index + m[0].length]);
}

/** For every word that the file spells verbatim, encode round-trips; returns how many did. */
export function checkEncodeWords(unit: TemplateUnit, file: string): number {
  let n = 0;
  for (const [s, e] of words(unit.text)) {
    const slice = file.slice(unit.map[s], unit.map[e]);
    if (slice === unit.text.slice(s, e)) {
      expect(unit.encode(slice)).toBe(slice);
      n++;
    }
  }
  return n;
}

/**
 * Simulates --fix on one span: when the file spells text[s, e) exactly, writes
 * `encode(replacement)` there and returns the new file; null when encode refuses.
 */
export function fixSpan(unit: TemplateUnit, file: string, s: number, e: number, replacement: string): string | null {
  expect(unit.encode(unit.text.slice(s, e))).toBe(file.slice(unit.map[s], unit.map[e]));
  const enc = unit.encode(replacement);
  if (enc === null) return null;
  return file.slice(0, unit.map[s]) + enc + file.slice(unit.map[e]);
}
