/** Joins the two stages: a found template string plus its markup make one TemplateUnit. */
import type { TemplateUnit } from '../types.ts';
import type { Found } from './container.ts';
import { compose } from './mapped.ts';
import { applyMarkup, markupEncoder } from './markup/index.ts';

export function toUnit(found: Found, index: number, fallbackName?: string): TemplateUnit {
  const { container, markup } = found;
  const { value: text, map, comments } = applyMarkup(markup, container.value);
  const encodeMarkup = markupEncoder(markup);
  const title = found.title?.trim() ? found.title : undefined;
  return {
    name: title ?? fallbackName ?? `#${index + 1}`,
    index,
    text,
    map: compose(map, container.map),
    comments,
    encode(replacement: string): string | null {
      const inner = encodeMarkup(replacement);
      return inner === null ? null : container.encode(inner);
    },
  };
}
