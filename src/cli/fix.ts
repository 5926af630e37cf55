/**
 * --fix: applies the safe replacements (a finding's first suggestion with a `replacement`) to a
 * file's text. An edit is made only where the file spells the span exactly as the template
 * reads it (so encoding the replacement back is exact), edits never overlap, and the edited file
 * must read back to exactly the expected templates; otherwise nothing is changed.
 */
import type { Finding } from '../index.ts';
import { fileSpan } from './position.ts';
import { readTemplates } from './read/index.ts';
import type { TemplateUnit } from './types.ts';

export interface FixResult {
  /** The new file text, or undefined when nothing could be fixed safely. */
  text: string | undefined;
  /** Replacements applied. */
  applied: number;
  /** Why fixes were skipped, if any were. */
  skipped: string[];
}

interface Edit {
  start: number;
  end: number;
  insert: string;
  unit: number;
  /** The span and replacement in the template's text. */
  s: number;
  e: number;
  replacement: string;
}

/** Expected template text after applying that template's edits. */
function expectedText(unit: TemplateUnit, edits: readonly Edit[]): string {
  let out = '';
  let at = 0;
  for (const ed of edits) {
    out += unit.text.slice(at, ed.s) + ed.replacement;
    at = ed.e;
  }
  return out + unit.text.slice(at);
}

export function fixFile(path: string, fileText: string, units: readonly TemplateUnit[], findings: readonly (readonly Finding[])[], field: string | undefined): FixResult {
  const edits: Edit[] = [];
  const skipped: string[] = [];
  units.forEach((unit, u) => {
    for (const f of findings[u] ?? []) {
      const replacement = f.suggestions?.find((s) => s.replacement !== undefined)?.replacement;
      if (replacement === undefined) continue;
      const { start, end } = fileSpan(unit.map, unit.text, fileText, f.start, f.end);
      const encoded = unit.encode(replacement);
      if (encoded === null || unit.encode(f.text) !== fileText.slice(start, end)) {
        skipped.push(`${f.ruleId} at “${f.text}”: the file spells this text differently (markup or escapes), fix it by hand`);
        continue;
      }
      edits.push({ start, end, insert: encoded, unit: u, s: f.start, e: f.end, replacement });
    }
  });
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: Edit[] = [];
  for (const ed of edits) {
    const prev = kept[kept.length - 1];
    if (prev && ed.start < prev.end) continue; // overlapping: the next --fix run gets it
    kept.push(ed);
  }
  if (kept.length === 0) return { text: undefined, applied: 0, skipped };
  let text = '';
  let at = 0;
  for (const ed of kept) {
    text += fileText.slice(at, ed.start) + ed.insert;
    at = ed.end;
  }
  text += fileText.slice(at);
  // The edited file must parse to the same templates with exactly the expected texts.
  let after: TemplateUnit[];
  try {
    after = readTemplates(path, text, field === undefined ? {} : { field });
  } catch {
    return { text: undefined, applied: 0, skipped: [...skipped, 'the fixed file would not parse; nothing was changed'] };
  }
  const ok = after.length === units.length && units.every((unit, u) => after[u]!.text === expectedText(unit, kept.filter((ed) => ed.unit === u)));
  if (!ok) return { text: undefined, applied: 0, skipped: [...skipped, 'the fixed file would not read back as intended; nothing was changed'] };
  return { text, applied: kept.length, skipped };
}
