/**
 * How replacement text is written into a YAML scalar of a given style, or null when the style
 * cannot take it safely: anything that could end the scalar, start a comment or an indicator,
 * or be trimmed or folded away at a line edge.
 */
import type { Scalar } from 'yaml';

const INDICATORS = '-?:,[]{}#&*!|>\'"%@`';

function edgeBlank(s: string): boolean {
  return /^[ \t]|[ \t]$/.test(s);
}

function plain(flow: boolean) {
  return (s: string): string | null => {
    if (s === '') return s;
    if (edgeBlank(s) || INDICATORS.includes(s[0]!) || /[\r\n\t#:]/.test(s)) return null;
    if (flow && /[,[\]{}]/.test(s)) return null;
    return s;
  };
}

function singleQuoted(s: string): string | null {
  return edgeBlank(s) || /[\r\n]/.test(s) ? null : s.replace(/'/g, "''");
}

function doubleQuoted(s: string): string | null {
  if (edgeBlank(s)) return null;
  let out = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (ch === '\\' || ch === '"') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out;
}

function block(s: string): string | null {
  return edgeBlank(s) || /[\r\n]/.test(s) ? null : s;
}

export function yamlEncoder(type: Scalar['type'], flow: boolean): ((s: string) => string | null) | null {
  switch (type) {
    case 'PLAIN': return plain(flow);
    case 'QUOTE_SINGLE': return singleQuoted;
    case 'QUOTE_DOUBLE': return doubleQuoted;
    case 'BLOCK_LITERAL':
    case 'BLOCK_FOLDED': return block;
    default: return null;
  }
}
