/**
 * YAML exports, parsed with the `yaml` package (which keeps source ranges) and reduced to a Tree
 * whose strings map back to the file. Several documents in one file read as a list of them.
 */
import { isMap, isScalar, isSeq, parseAllDocuments, type Node as YamlNode, type Scalar } from 'yaml';
import { ReadError } from '../types.ts';
import type { Container } from './container.ts';
import type { Mapped } from './mapped.ts';
import { OTHER, type Tree, type TreeObject } from './tree.ts';
import { blockScalar } from './yaml-block.ts';
import { yamlEncoder } from './yaml-encode.ts';
import { doubleQuoted, unfold } from './yaml-flow.ts';

/** Deeper documents are refused before parsing: the yaml package recurses per level. */
export const MAX_YAML_DEPTH = 1000;

/**
 * An upper bound on a document's nesting, in one pass: flow brackets still open, plus (per line)
 * twice the width of the leading run of spaces and block indicators (`- `, `? `, `: `), since a
 * block level needs at least one more column than its parent (or a compact indicator).
 */
export function nestingBound(text: string): number {
  let flow = 0;
  let max = 0;
  let lineStart = true;
  let lead = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) { lineStart = true; lead = 0; continue; }
    if (lineStart) {
      const next = text.charCodeAt(i + 1);
      if (c === 32 || ((c === 45 || c === 63 || c === 58) && (next === 32 || next === 9))) {
        lead++;
        max = Math.max(max, flow + 2 * lead + 2);
        continue;
      }
      lineStart = false;
    }
    if (c === 91 || c === 123) { flow++; max = Math.max(max, flow + 2 * lead + 2); }
    else if ((c === 93 || c === 125) && flow > 0) flow--;
  }
  return Math.max(max, flow);
}

function fallback(value: string, start: number, end: number): Container {
  const map = new Int32Array(value.length + 1).fill(start);
  map[value.length] = end;
  return { value, map, encode: () => null };
}

/**
 * The scalar's decoded string with its map: decoded with the yaml package's own rules; should that
 * ever disagree with the package's value, a coarse map (the whole scalar) and no encoder.
 */
function scalarContainer(text: string, node: Scalar, flow: boolean): Container {
  const value = String(node.value);
  const [start, end] = node.range ?? [0, 0];
  const token = node.srcToken;
  let mapped: Mapped | undefined;
  if (node.type === 'PLAIN') mapped = unfold(text, start, end, false);
  else if (node.type === 'QUOTE_SINGLE' && end - start >= 2) mapped = unfold(text, start + 1, end - 1, true);
  else if (node.type === 'QUOTE_DOUBLE' && end - start >= 2) mapped = doubleQuoted(text, start, end - 1);
  else if (token?.type === 'block-scalar') {
    const header = token.props[0];
    if (header?.type === 'block-scalar-header') {
      mapped = blockScalar(text, header.source, token.indent, end - token.source.length, end);
    }
  }
  const encode = yamlEncoder(node.type, flow);
  if (!mapped || mapped.value !== value || !encode) return fallback(value, start, end);
  return { ...mapped, encode };
}

function convert(text: string, root: YamlNode | null): Tree {
  let result: Tree = OTHER;
  const work: [YamlNode | null, (t: Tree) => void, boolean][] = [[root, (t) => { result = t; }, false]];
  for (let item = work.pop(); item; item = work.pop()) {
    const [node, put, flow] = item;
    if (isMap(node)) {
      const obj: TreeObject = { kind: 'object', entries: [] };
      put(obj);
      for (const pair of node.items) {
        const key = pair.key;
        if (!isScalar(key) || key.value === null || typeof key.value === 'object') continue;
        const entry = { key: String(key.value), value: OTHER as Tree };
        obj.entries.push(entry);
        work.push([pair.value as YamlNode | null, (t) => { entry.value = t; }, flow || node.flow === true]);
      }
    } else if (isSeq(node)) {
      const items: Tree[] = [];
      put({ kind: 'array', items });
      node.items.forEach((v, k) => {
        items.push(OTHER);
        work.push([v as YamlNode | null, (t) => { items[k] = t; }, flow || node.flow === true]);
      });
    } else if (isScalar(node) && typeof node.value === 'string') {
      const scalar = node;
      put({ kind: 'string', value: node.value, container: () => scalarContainer(text, scalar, flow) });
    } else {
      put(OTHER); // numbers, booleans, null, aliases (not followed: templates are written out)
    }
  }
  return result;
}

function firstLine(message: string): string {
  const nl = message.indexOf('\n');
  return (nl < 0 ? message : message.slice(0, nl)).replace(/ at line \d+, column \d+:?$/, '');
}

/** Parses YAML text into a Tree; throws ReadError (with offset) for malformed or too deeply nested YAML. */
export function parseYaml(text: string): Tree {
  if (nestingBound(text) > MAX_YAML_DEPTH) {
    throw new ReadError(`YAML nested deeper than ${MAX_YAML_DEPTH} levels (or indented more than ${MAX_YAML_DEPTH / 2} columns)`);
  }
  let docs;
  try {
    docs = parseAllDocuments(text, { keepSourceTokens: true, prettyErrors: false, uniqueKeys: false });
  } catch (e) {
    throw new ReadError(`malformed YAML: ${e instanceof Error ? firstLine(e.message) : String(e)}`);
  }
  if (!Array.isArray(docs) || docs.length === 0) return OTHER; // empty, or only comments
  for (const doc of docs) {
    const err = doc.errors[0];
    if (err) throw new ReadError(`malformed YAML: ${firstLine(err.message)}`, err.pos[0]);
  }
  if (docs.length === 1) return convert(text, docs[0]!.contents);
  return { kind: 'array', items: docs.map((d) => convert(text, d.contents)) };
}
