/** Stage 2 of reading: markup (HTML tags, comments) out of a template string, placeholders kept. */
import type { Markup } from '../../types.ts';
import { blanked, handlebarsComments, htmlComments, liquidComments } from './comments.ts';
import { htmlToText } from './html.ts';
import type { MarkupResult } from './types.ts';

export { markupEncoder } from './encode.ts';
export type { MarkupResult } from './types.ts';

export function applyMarkup(markup: Markup, s: string): MarkupResult {
  switch (markup) {
    case 'html': return htmlToText(s);
    case 'handlebars': return blanked(s, handlebarsComments);
    case 'liquid': return blanked(s, liquidComments);
    case 'text':
    case 'markdown': return blanked(s, htmlComments);
  }
}
