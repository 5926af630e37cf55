/**
 * Readers: a file's text to template units. Two stages: the container (the whole file, or each
 * template string in a JSON/YAML/CSV export, decoded with a map back to the file) and the markup
 * (HTML tags and comments out, placeholders kept), composed so `map[i]` is a file offset.
 */
import type { FileFormat, Markup, TemplateUnit } from '../types.ts';
import { ReadError } from '../types.ts';
import { NO_TEMPLATES_PREFIX, type Found } from './container.ts';
import { csvTemplates } from './csv.ts';
import { baseName } from './decode.ts';
import { fieldTemplates } from './field-path.ts';
import { formatOf } from './format.ts';
import { helpdeskTemplates } from './helpdesk.ts';
import { parseJson } from './json.ts';
import { identity } from './mapped.ts';
import type { Tree } from './tree.ts';
import { toUnit } from './unit.ts';
import { parseYaml } from './yaml.ts';

export { decodeFile } from './decode.ts';
export { formatOf } from './format.ts';

const PLAIN: Partial<Record<FileFormat, Markup>> = { text: 'text', markdown: 'markdown', html: 'html', handlebars: 'handlebars', liquid: 'liquid' };

function fromTree(tree: Tree, field: string | undefined): Found[] {
  return field !== undefined ? fieldTemplates(tree, field) : helpdeskTemplates(tree);
}

/**
 * The template units in a file's decoded text. `field` is `--field`: a path into JSON/YAML
 * (`items[].body`) or a CSV column name; ignored for plain files. Throws ReadError (with an
 * offset when known) for malformed JSON/YAML/CSV or a collection without recognizable templates.
 */
export function readTemplates(path: string, text: string, options: { field?: string | undefined } = {}): TemplateUnit[] {
  const format = formatOf(path);
  if (format === null) throw new ReadError('unsupported file type: expected .txt, .md, .html, .hbs, .liquid, .json, .yaml, .yml or .csv');
  const markup = PLAIN[format];
  if (markup) {
    const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const container = { ...identity(text, start, text.length), encode: (s: string) => s };
    return [toUnit({ title: undefined, markup, container }, 0, baseName(path))];
  }
  const found = format === 'json' ? fromTree(parseJson(text), options.field)
    : format === 'yaml' ? fromTree(parseYaml(text), options.field)
    : csvTemplates(text, options.field);
  return found.map((f, i) => toUnit(f, i));
}

/**
 * True for the ReadError of a JSON/YAML/CSV file that parsed but holds no recognizable templates
 * (no known export shape, nothing at --field, no template column), which a folder walk skips quietly.
 */
export function isNoTemplates(error: unknown): boolean {
  return error instanceof ReadError && error.message.startsWith(NO_TEMPLATES_PREFIX);
}
