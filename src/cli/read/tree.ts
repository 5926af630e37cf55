/**
 * A parsed JSON or YAML document reduced to what template discovery needs: objects, arrays and
 * strings that know their way back to the file. Built iteratively, walked by fixed-depth lookups.
 */
import type { Container } from './container.ts';

export type Tree = TreeObject | TreeArray | TreeString | TreeOther;

export interface TreeObject {
  kind: 'object';
  entries: { key: string; value: Tree }[];
}

export interface TreeArray {
  kind: 'array';
  items: Tree[];
}

export interface TreeString {
  kind: 'string';
  value: string;
  /** The string's decoded value with its file map and encoder (computed on demand). */
  container(): Container;
}

/** Numbers, booleans, null, aliases: never templates. */
export interface TreeOther {
  kind: 'other';
}

export const OTHER: TreeOther = { kind: 'other' };

/** The value of `key` in an object (the last one when a key repeats, as JSON.parse does). */
export function get(node: Tree | undefined, key: string): Tree | undefined {
  if (node?.kind !== 'object') return undefined;
  for (let i = node.entries.length - 1; i >= 0; i--) {
    const e = node.entries[i]!;
    if (e.key === key) return e.value;
  }
  return undefined;
}

export function getString(node: Tree | undefined, key: string): string | undefined {
  const v = get(node, key);
  return v?.kind === 'string' ? v.value : undefined;
}

/** The first of `title`, `name`, `subject` that is a string. */
export function titleOf(node: Tree | undefined): string | undefined {
  return getString(node, 'title') ?? getString(node, 'name') ?? getString(node, 'subject');
}
