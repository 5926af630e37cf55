/**
 * Compiles lexicons/ into src/lexicon/compiled.ts before any test imports it, so a bare
 * `npx vitest` works on a fresh clone too (`npm test` also compiles first).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export default function setup(): void {
  const root = join(import.meta.dirname, '..');
  execFileSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'scripts', 'compile-lexicons.ts')], { cwd: root, stdio: 'inherit' });
}
