/**
 * Glob patterns without regular expressions: `*` and `?` within a path segment, `**` for any
 * number of segments, `[abc]`/`[!a-z]` classes and `{a,b}` alternatives. Matching is a dynamic
 * programme over segments and characters: polynomial in pattern and path, never exponential.
 */

const MAX_ALTERNATIVES = 256;

/** `{a,b}c` -> [`ac`, `bc`], innermost first, at most MAX_ALTERNATIVES results. */
export function expandBraces(pattern: string): string[] {
  const open = pattern.indexOf('{');
  if (open < 0) return [pattern];
  let depth = 0;
  const commas: number[] = [];
  for (let i = open; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (depth === 0) {
        if (commas.length === 0) return expandBraces(pattern.slice(0, open) + '\u0000' + pattern.slice(open + 1)).map((p) => p.replace('\u0000', '{'));
        const head = pattern.slice(0, open);
        const tail = pattern.slice(i + 1);
        const parts: string[] = [];
        let from = open + 1;
        for (const k of [...commas, i]) {
          parts.push(pattern.slice(from, k));
          from = k + 1;
        }
        const out: string[] = [];
        for (const part of parts) {
          for (const x of expandBraces(head + part + tail)) {
            if (out.length >= MAX_ALTERNATIVES) return out;
            out.push(x);
          }
        }
        return out;
      }
    } else if (c === ',' && depth === 1) commas.push(i);
  }
  return [pattern]; // unbalanced: literal
}

/** Does one path segment match one pattern segment (`*`, `?`, classes)? Greedy with one backtrack point: O(n·m). */
export function matchSegment(pattern: string, name: string): boolean {
  let p = 0;
  let n = 0;
  let starP = -1;
  let starN = 0;
  while (n < name.length) {
    const c = pattern[p];
    if (c === '*') {
      starP = p++;
      starN = n;
      continue;
    }
    if (c !== undefined) {
      const step = matchOne(pattern, p, name[n]!);
      if (step > 0) {
        p += step;
        n++;
        continue;
      }
    }
    if (starP < 0) return false;
    p = starP + 1;
    n = ++starN;
  }
  while (pattern[p] === '*') p++;
  return p === pattern.length;
}

/** Length of the pattern token at p if it matches ch, else 0. */
function matchOne(pattern: string, p: number, ch: string): number {
  const c = pattern[p]!;
  if (c === '?') return 1;
  if (c === '\\' && p + 1 < pattern.length) return pattern[p + 1] === ch ? 2 : 0;
  if (c === '[') {
    const close = pattern.indexOf(']', p + 2);
    if (close < 0) return ch === '[' ? 1 : 0;
    let i = p + 1;
    const negate = pattern[i] === '!' || pattern[i] === '^';
    if (negate) i++;
    let hit = false;
    for (; i < close; i++) {
      if (pattern[i + 1] === '-' && i + 2 < close) {
        if (ch >= pattern[i]! && ch <= pattern[i + 2]!) hit = true;
        i += 2;
      } else if (pattern[i] === ch) hit = true;
    }
    return hit !== negate ? close - p + 1 : 0;
  }
  return c === ch ? 1 : 0;
}

/** Does `path` (relative, `/`-separated) match `pattern` (already brace-expanded)? */
export function matchPath(pattern: string, path: string): boolean {
  const ps = pattern.split('/').filter((s, i, all) => s !== '' || i === all.length - 1);
  const xs = path.split('/');
  // ok[i][j]: pattern segments from i match path segments from j. Filled backwards.
  let next = new Array<boolean>(xs.length + 1).fill(false);
  next[xs.length] = true;
  for (let i = ps.length - 1; i >= 0; i--) {
    const seg = ps[i]!;
    const cur = new Array<boolean>(xs.length + 1).fill(false);
    for (let j = xs.length; j >= 0; j--) {
      if (seg === '**') cur[j] = next[j]! || (j < xs.length && !xs[j]!.startsWith('.') && cur[j + 1]!);
      else cur[j] = j < xs.length && next[j + 1]! && matchSegment(seg, xs[j]!) && !(xs[j]!.startsWith('.') && !seg.startsWith('.') && seg !== xs[j]);
    }
    next = cur;
  }
  return next[0]!;
}

export function hasGlob(s: string): boolean {
  return /[*?[{]/.test(s);
}

/** The folder part of a pattern before its first glob character (`templates/**\/*.md` -> `templates`). */
export function globBase(pattern: string): string {
  const segs = pattern.split('/');
  const base: string[] = [];
  for (const s of segs) {
    if (hasGlob(s)) break;
    base.push(s);
  }
  if (base.length === segs.length) base.pop();
  return base.join('/');
}

/**
 * A gitignore-style list (`.heardignore`, config `ignore`): `#` comments, `!` re-includes, a
 * pattern without `/` matches a name at any depth, a trailing `/` matches folders (and all
 * below), a leading `/` anchors to the list's folder.
 */
export class IgnoreList {
  private readonly rules: { negate: boolean; patterns: string[]; dirOnly: boolean }[] = [];

  constructor(lines: readonly string[]) {
    for (const raw of lines) {
      let line = raw.trim();
      if (!line || line.startsWith('#')) continue;
      const negate = line.startsWith('!');
      if (negate) line = line.slice(1);
      const dirOnly = line.endsWith('/');
      if (dirOnly) line = line.slice(0, -1);
      const anchored = line.startsWith('/') || line.slice(0, -1).includes('/');
      if (line.startsWith('/')) line = line.slice(1);
      if (line.startsWith('./')) line = line.slice(2);
      const base = anchored ? line : `**/${line}`;
      this.rules.push({ negate, dirOnly, patterns: expandBraces(base) });
    }
  }

  get size(): number {
    return this.rules.length;
  }

  /** Is `path` (relative to the list's folder, `/`-separated) ignored? A folder's rules apply to everything below it. */
  ignores(path: string, isDir = false): boolean {
    let ignored = false;
    const segs = path.split('/');
    for (const rule of this.rules) {
      if (ignored !== rule.negate) continue;
      // The path itself, or any folder above it, matches.
      for (let k = segs.length; k >= 1; k--) {
        const sub = segs.slice(0, k).join('/');
        const subIsDir = k < segs.length || isDir;
        if (rule.dirOnly && !subIsDir) continue;
        if (rule.patterns.some((p) => matchPath(p, sub))) {
          ignored = !rule.negate;
          break;
        }
      }
    }
    return ignored;
  }
}
