/**
 * Which files a `heard lint` run reads: each argument is a file, a folder (walked for template
 * formats) or a glob. Folders named node_modules or starting with a dot are not walked into
 * unless named. Results are sorted, so output is the same on every machine.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { ioReason } from './errors.ts';
import { expandBraces, globBase, hasGlob, matchPath } from './glob.ts';
import { formatOf } from './read/index.ts';

export interface Found {
  /** Absolute path. */
  path: string;
  /** Named on the command line (not found by a walk or glob): its problems are always reported. */
  explicit: boolean;
}

/** Files a folder walk skips: a folder's own docs, and configuration and package files that are JSON but not templates. Named on the command line, they are linted. */
const NOT_TEMPLATES = new Set(['README.md', 'CHANGELOG.md', 'CONTRIBUTING.md', 'LICENSE.md', 'SOURCE.md', 'package.json', 'package-lock.json', 'npm-shrinkwrap.json', 'heard.config.json', '.heardrc.json', 'tsconfig.json', 'jsconfig.json', 'composer.json', 'pnpm-lock.yaml']);

export const toPosix = (p: string): string => p.split(sep).join('/');

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
      await walk(path, out);
    } else if ((e.isFile() || e.isSymbolicLink()) && formatOf(e.name) !== null && !NOT_TEMPLATES.has(e.name) && !/^tsconfig\..*\.json$/.test(e.name)) {
      out.push(path);
    }
  }
}

/** Expands the arguments; `problems` are arguments that matched nothing, with the reason. */
export async function findFiles(cwd: string, args: readonly string[]): Promise<{ files: Found[]; problems: { arg: string; message: string }[] }> {
  const files = new Map<string, Found>();
  const problems: { arg: string; message: string }[] = [];
  const add = (path: string, explicit: boolean): void => {
    const prev = files.get(path);
    if (!prev || (explicit && !prev.explicit)) files.set(path, { path, explicit });
  };
  for (const arg of args) {
    const abs = resolve(cwd, arg);
    let kind: 'file' | 'dir' | undefined;
    try {
      const s = await stat(abs);
      kind = s.isDirectory() ? 'dir' : 'file';
    } catch (err) {
      if (!hasGlob(arg)) {
        problems.push({ arg, message: `cannot read it: ${ioReason(err)}` });
        continue;
      }
    }
    if (kind === 'file') {
      add(abs, true);
      continue;
    }
    if (kind === 'dir') {
      const found: string[] = [];
      try {
        await walk(abs, found);
      } catch (err) {
        problems.push({ arg, message: `cannot read the folder: ${ioReason(err)}` });
        continue;
      }
      if (found.length === 0) problems.push({ arg, message: 'no template files in this folder (.txt, .md, .html, .hbs, .liquid, .json, .yaml, .csv)' });
      for (const f of found) add(f, false);
      continue;
    }
    const pattern = toPosix(arg).replace(/^\.\//, '');
    const base = resolve(cwd, globBase(pattern));
    const found: string[] = [];
    try {
      await walk(base, found);
    } catch {
      // a missing base folder: matches nothing
    }
    const patterns = expandBraces(toPosix(relative(cwd, resolve(cwd, pattern))));
    const hits = found.filter((f) => {
      const rel = toPosix(relative(cwd, f));
      return patterns.some((p) => matchPath(p, rel));
    });
    if (hits.length === 0) problems.push({ arg, message: 'no files match this pattern' });
    for (const f of hits) add(f, false);
  }
  return { files: [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), problems };
}
