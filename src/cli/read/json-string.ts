/** JSON string literals: decoding with a char-by-char map back to the source, and encoding. */
import type { Container } from './container.ts';
import { MappedBuilder, type Mapped } from './mapped.ts';

const SIMPLE: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/**
 * Decodes the string literal whose opening quote is at `text[quote]` (already validated by the
 * parser). An escape's decoded unit maps to its backslash; each half of a `\uD83D\uDE00` pair
 * to its own escape; map[value.length] is the closing quote.
 */
export function decodeJsonString(text: string, quote: number): Mapped {
  const out = new MappedBuilder();
  let i = quote + 1;
  let run = i;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 34 || Number.isNaN(c)) break;
    if (c !== 92) { i++; continue; }
    out.copy(text, run, i);
    const e = text[i + 1] ?? '';
    if (e === 'u') {
      out.char(String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16)), i);
      i += 6;
    } else {
      out.char(SIMPLE[e] ?? e, i);
      i += 2;
    }
    run = i;
  }
  out.copy(text, run, i);
  return out.done(i);
}

export function encodeJson(s: string): string {
  return JSON.stringify(s).slice(1, -1);
}

export function jsonContainer(text: string, quote: number): Container {
  return { ...decodeJsonString(text, quote), encode: encodeJson };
}
