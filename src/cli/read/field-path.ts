/**
 * `--field` paths for exports heard does not know: `items[].body`, `data.templates[].text`,
 * `$.x[*].y`, `list[3].body`, `templates.*` (every value of an object, titled by its key),
 * `["odd key"].text`. A template's title is its object's `title`/`name`/`subject`, else `#n`.
 */
import { ReadError } from '../types.ts';
import { markupFor, type Found } from './container.ts';
import { get, titleOf, type Tree } from './tree.ts';

export type Step = { kind: 'key'; key: string } | { kind: 'all' } | { kind: 'index'; index: number };

function bad(path: string, why: string): never {
  throw new ReadError(`invalid --field path ${JSON.stringify(path)}: ${why}`);
}

/** Parses a field path; throws ReadError naming the problem. Linear. */
export function parseFieldPath(path: string): Step[] {
  const steps: Step[] = [];
  const n = path.length;
  let i = 0;
  if (path.startsWith('$')) i = 1;
  else if (n > 0 && path[0] !== '[' && path[0] !== '.') i = -1; // a leading bare key
  while (i < n) {
    const c = i < 0 ? '.' : path[i]!;
    if (c === '.') {
      const from = i + 1;
      if (path[from] === '*') { steps.push({ kind: 'all' }); i = from + 1; continue; }
      let j = from;
      while (j < n && path[j] !== '.' && path[j] !== '[' && path[j] !== ']') j++;
      if (j === from) bad(path, `expected a key at ${from}`);
      steps.push({ kind: 'key', key: path.slice(from, j) });
      i = j;
    } else if (c === '[') {
      const close = path.indexOf(']', i);
      if (close < 0) bad(path, `unclosed '[' at ${i}`);
      const inner = path.slice(i + 1, close).trim();
      if (inner === '' || inner === '*') steps.push({ kind: 'all' });
      else if (/^\d{1,9}$/.test(inner)) steps.push({ kind: 'index', index: Number(inner) });
      else if (inner.length >= 2 && (inner[0] === '"' || inner[0] === "'") && inner[inner.length - 1] === inner[0]) {
        steps.push({ kind: 'key', key: inner.slice(1, -1) });
      } else bad(path, `expected [], [*], [n] or ["key"] at ${i}`);
      i = close + 1;
    } else bad(path, `unexpected ${JSON.stringify(c)} at ${i}`);
  }
  if (steps.length === 0) bad(path, 'empty path');
  return steps;
}

interface At {
  node: Tree;
  /** The object holding the node (its title source), or the key naming it under `*`. */
  holder: Tree | undefined;
  key: string | undefined;
  title: string | undefined;
}

/** Every string the path reaches, in document order; throws ReadError when there is none. */
export function fieldTemplates(root: Tree, path: string): Found[] {
  const steps = parseFieldPath(path);
  let at: At[] = [{ node: root, holder: undefined, key: undefined, title: undefined }];
  for (const step of steps) {
    const next: At[] = [];
    for (const { node } of at) {
      if (step.kind === 'key') {
        const v = get(node, step.key);
        if (v) next.push({ node: v, holder: node, key: step.key, title: undefined });
      } else if (step.kind === 'index') {
        const v = node.kind === 'array' ? node.items[step.index] : undefined;
        if (v) next.push({ node: v, holder: undefined, key: undefined, title: undefined });
      } else if (node.kind === 'array') {
        for (const v of node.items) next.push({ node: v, holder: undefined, key: undefined, title: undefined });
      } else if (node.kind === 'object') {
        for (const e of node.entries) next.push({ node: e.value, holder: undefined, key: e.key, title: e.key });
      }
    }
    at = next;
  }
  const out: Found[] = [];
  for (const { node, holder, key, title } of at) {
    if (node.kind !== 'string') continue;
    out.push({ title: title ?? titleOf(holder), markup: markupFor(key, node.value), container: node.container() });
  }
  if (out.length === 0) throw new ReadError(`no templates found at --field ${path}: no string values there`);
  return out;
}
