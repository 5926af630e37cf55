/**
 * A/B speed check for performance work: heard from the working tree against heard at a git
 * ref, both bundled with esbuild and timed in ONE process in alternating runs (a full GC
 * before each, as bench/speed.ts does), so machine load hits both alike. Also checks that
 * both builds return identical reports on the speed corpus and the fixtures.
 *
 *   npx tsx bench/ab.ts [--base HEAD] [--rounds 10]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT, collectGarbage, loadSpeedCorpus, runMain } from './lib/common.ts';
import { median } from './lib/metrics.ts';
import { loadFixtures } from './lib/datasets.ts';

type Detect = (text: string) => unknown;

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

async function bundle(root: string, out: string): Promise<Detect> {
  execFileSync('npx', ['tsx', 'scripts/compile-lexicons.ts'], { cwd: root, stdio: 'ignore' });
  const esbuild = await import('esbuild');
  await esbuild.build({ entryPoints: [join(root, 'src', 'index.ts')], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'silent' });
  return ((await import(pathToFileURL(out).href)) as { detectEmotions: Detect }).detectEmotions;
}

function run(f: Detect, corpus: readonly string[], ms: number): number {
  collectGarbage();
  const t0 = performance.now();
  let n = 0;
  while (performance.now() - t0 < ms) {
    for (const t of corpus) f(t);
    n += corpus.length;
  }
  return n / ((performance.now() - t0) / 1000);
}

async function main(): Promise<void> {
  const base = arg('--base', 'HEAD');
  const rounds = Number(arg('--rounds', '10'));
  const dir = mkdtempSync(join(tmpdir(), 'heard-ab-'));
  const tree = join(dir, 'base');
  try {
    execFileSync('git', ['worktree', 'add', '--detach', tree, base], { cwd: REPO_ROOT, stdio: 'ignore' });
    symlinkSync(join(REPO_ROOT, 'node_modules'), join(tree, 'node_modules'));
    const a = await bundle(tree, join(dir, 'a.mjs'));
    const b = await bundle(REPO_ROOT, join(dir, 'b.mjs'));
    const corpus = loadSpeedCorpus();
    const fixtures = (['dev', 'test'] as const).flatMap((s) => { const l = loadFixtures(REPO_ROOT, s); return l.ok ? l.items.map((x) => x.text) : []; });
    let differ = 0;
    for (const t of [...corpus, ...fixtures]) if (JSON.stringify(a(t)) !== JSON.stringify(b(t))) differ++;
    for (let w = 0; w < 3; w++) { run(a, corpus, 200); run(b, corpus, 200); }
    const ra: number[] = [];
    const rb: number[] = [];
    for (let r = 0; r < rounds; r++) { ra.push(run(a, corpus, 300)); rb.push(run(b, corpus, 300)); }
    console.log(`| build | median texts/s |\n| --- | ---: |\n| base (${base}) | ${median(ra).toFixed(0)} |\n| working tree | ${median(rb).toFixed(0)} |`);
    console.log(`\nworking tree / base: ${(median(rb) / median(ra)).toFixed(3)}x (${rounds} alternating rounds, full GC before each run)`);
    console.log(`reports that differ between the builds: ${differ} of ${corpus.length + fixtures.length}`);
  } finally {
    if (existsSync(tree)) execFileSync('git', ['worktree', 'remove', '--force', tree], { cwd: REPO_ROOT, stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  }
}

runMain(main);
