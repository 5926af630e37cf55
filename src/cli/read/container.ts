/**
 * Stage 1 of reading: a template string found in a file (a whole plain file, a JSON or YAML
 * string, a CSV field), decoded, with the way back to the file and the way to write into it.
 */
import type { Markup } from '../types.ts';
import type { Mapped } from './mapped.ts';

export interface Container extends Mapped {
  /** Spells `s` the way the file spells this string (an escaped JSON string body, a CSV field), or null when unsafe. */
  encode(s: string): string | null;
}

/** A template found in a collection (before markup is applied). */
export interface Found {
  /** The template's title in the export, if any. */
  title: string | undefined;
  markup: Markup;
  container: Container;
}

/** Every "this export holds no templates" ReadError message starts with this. */
export const NO_TEMPLATES_PREFIX = 'no templates found';
export const NO_TEMPLATES = `${NO_TEMPLATES_PREFIX}: expected a Zendesk, Freshdesk or Help Scout export, or pass --field`;

/** True when `s` contains something that looks like an HTML tag: `<` + letter, `</` + letter or `<!`. Linear. */
export function hasTags(s: string): boolean {
  for (let i = s.indexOf('<'); i >= 0; i = s.indexOf('<', i + 1)) {
    let c = s.charCodeAt(i + 1);
    if (c === 33) return true;
    if (c === 47) c = s.charCodeAt(i + 2);
    if ((c | 0x20) >= 97 && (c | 0x20) <= 122) return true;
  }
  return false;
}

/** Markup of a template found under `key`: HTML for `*html` keys or tagged content, else plain text. */
export function markupFor(key: string | undefined, value: string): Markup {
  if (key !== undefined && key.toLowerCase().endsWith('html')) return 'html';
  return hasTags(value) ? 'html' : 'text';
}
