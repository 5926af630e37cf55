/** File format by extension. */
import type { FileFormat } from '../types.ts';
import { baseName } from './decode.ts';

const BY_EXTENSION: Readonly<Record<string, FileFormat>> = {
  txt: 'text', text: 'text',
  md: 'markdown', markdown: 'markdown',
  html: 'html', htm: 'html',
  hbs: 'handlebars', handlebars: 'handlebars',
  liquid: 'liquid',
  json: 'json',
  yaml: 'yaml', yml: 'yaml',
  csv: 'csv',
};

/** The format a path's extension names (case-insensitive), or null for any other file. */
export function formatOf(path: string): FileFormat | null {
  const name = baseName(path);
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return null;
  return BY_EXTENSION[name.slice(dot + 1).toLowerCase()] ?? null;
}
