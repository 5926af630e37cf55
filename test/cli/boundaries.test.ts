/** The CLI imports only heard's public entry (src/index.ts) from the library, as alex and ESLint do; the library imports nothing from the CLI. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from './run.ts';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

const imports = (file: string): string[] => [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)[^'"]*from '([^']+)'/gm)].map((m) => m[1]!);

it('src/cli reaches the library only through src/index.ts', () => {
  const src = join(ROOT, 'src');
  const bad: string[] = [];
  for (const file of files(join(src, 'cli'))) {
    for (const spec of imports(file)) {
      if (!spec.startsWith('.')) continue;
      const target = relative(src, resolve(dirname(file), spec));
      if (!target.startsWith('cli/') && target !== 'index.ts' && target !== '../package.json') bad.push(`${relative(ROOT, file)} -> ${spec}`);
    }
  }
  expect(bad).toEqual([]);
});

it('the library never imports the CLI', () => {
  const src = join(ROOT, 'src');
  const bad = files(src).filter((f) => !f.includes(`${join('src', 'cli')}`)).filter((f) => imports(f).some((s) => resolve(dirname(f), s).includes(join(src, 'cli'))));
  expect(bad).toEqual([]);
});
