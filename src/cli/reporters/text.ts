/** Helpers the reporters share: counting, naming and making untrusted text safe to print. */
import type { Dimension } from '../../index.ts';
import type { FileResult, LintMessage, LintSummary, TemplateResult } from '../types.ts';

/** The six dimensions in the order every reporter lists them. */
export const DIMENSIONS = ['empathy', 'personalization', 'positivity', 'authenticity', 'clarity', 'followup'] as const satisfies readonly Dimension[];

export const REPO_URL = 'https://github.com/heard-dev/heard';

/** Where a rule (or the CLI's own `min-score` and `read-error`) is documented. */
export const helpUri = (ruleId: string): string =>
  ruleId === 'min-score' || ruleId === 'read-error' ? `${REPO_URL}/blob/main/docs/cli.md#${ruleId}` : `${REPO_URL}/blob/main/docs/rules/${ruleId}.md`;

/** `1 problem`, `2 problems`. */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** C0 controls other than tab, LF and CR; DEL; C1 controls. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** Shows control characters as `\u001b` so a template cannot inject terminal escapes into the report. */
export const visible = (s: string): string => s.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** One printable line: line breaks (and the spaces around them) and tabs become one space. */
export const oneLine = (s: string): string => visible(s.replace(/[ \t]*(?:\r\n?|[\n\u2028\u2029])\s*/g, ' ').replace(/\t/g, ' '));

/** The first suggestion as reporters print it, with its replacement quoted, or undefined. */
export function suggestionText(m: LintMessage): string | undefined {
  const s = m.suggestions[0];
  if (!s) return undefined;
  if (s.replacement === undefined) return s.message;
  // heard's own suggestions already quote their replacement ("Write “released” instead."); others get it appended.
  if (s.replacement === '') return /^Delete “/.test(s.message) ? s.message : `${s.message} (delete “${m.text}”)`;
  if (s.message.includes(`“${s.replacement}”`)) return s.message;
  // A deletion that re-capitalizes the next word replaces "Please be advised that your" with "Your".
  return /^Delete “/.test(s.message) ? `${s.message} (“${m.text}” becomes “${s.replacement}”)` : `${s.message} “${s.replacement}”`;
}

/** The message followed by its first suggestion: what one-line formats (SARIF, GitHub) show. */
export const messageWithSuggestion = (m: LintMessage): string => {
  const s = suggestionText(m);
  return s === undefined ? m.message : `${m.message} → ${s}`;
};

/** Whether --fix can apply something: a suggestion carries a replacement. */
export const fixable = (m: LintMessage): boolean => m.suggestions.some((s) => s.replacement !== undefined);

/** Every message of a file with the template it belongs to (null for file-level messages), file-level first. */
export function* fileMessages(file: FileResult): Generator<[LintMessage, TemplateResult | null]> {
  for (const m of file.messages) yield [m, null];
  for (const t of file.templates) for (const m of t.messages) yield [m, t];
}

export function* allMessages(summary: LintSummary): Generator<[LintMessage, TemplateResult | null, FileResult]> {
  for (const f of summary.files) for (const [m, t] of fileMessages(f)) yield [m, t, f];
}

/** The last path segment: a single-template file whose template has this name is shown by path alone. */
export const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/** Terminal columns a string takes: wide East Asian characters and emoji take two, marks and joiners none. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (/[\p{M}\u200b-\u200f\ufe00-\ufe0f]/u.test(ch) || (cp >= 0xe0000 && cp <= 0xe007f)) continue;
    w += /\p{Extended_Pictographic}/u.test(ch) && cp > 0xff ? 2 : isWide(cp) ? 2 : 1;
  }
  return w;
}

const isWide = (cp: number): boolean =>
  (cp >= 0x1100 && cp <= 0x115f) ||
  (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
  (cp >= 0xac00 && cp <= 0xd7a3) ||
  (cp >= 0xf900 && cp <= 0xfaff) ||
  (cp >= 0xfe30 && cp <= 0xfe4f) ||
  (cp >= 0xff00 && cp <= 0xff60) ||
  (cp >= 0xffe0 && cp <= 0xffe6) ||
  (cp >= 0x1f300 && cp <= 0x1faff) ||
  (cp >= 0x20000 && cp <= 0x3fffd);

export const padEnd = (s: string, width: number): string => s + ' '.repeat(Math.max(0, width - displayWidth(s)));
