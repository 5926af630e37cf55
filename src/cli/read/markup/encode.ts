/**
 * Markup encoders for --fix: how replacement text is spelled in the template string, or null
 * when writing it could change the template's structure (open or close a comment, a directive
 * or a placeholder, alone or together with the characters next to it).
 */
import type { Markup } from '../../types.ts';

const OPENERS = ['<!--', '-->', '{', '}', '[', ']'];
const BAD_START = '-!%>#~';
const BAD_END = '-!%<';

function isField(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46;
}

/** True when `s` could create template syntax: see the module comment. */
export function unsafeReplacement(s: string): boolean {
  if (s.length === 0) return false;
  if (BAD_START.includes(s[0]!) || BAD_END.includes(s[s.length - 1]!)) return true;
  for (const o of OPENERS) if (s.includes(o)) return true;
  for (let i = s.indexOf('%'); i >= 0; i = s.indexOf('%', i + 1)) {
    if (isField(s.charCodeAt(i + 1))) return true; // opens %field%
  }
  return false;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function markupEncoder(markup: Markup): (s: string) => string | null {
  if (markup === 'html') return (s) => (unsafeReplacement(s) || /[\r\n\t]/.test(s) ? null : escapeHtml(s));
  return (s) => (unsafeReplacement(s) ? null : s);
}
