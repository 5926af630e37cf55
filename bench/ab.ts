/**
 * A/B speed check for performance work: heard from the working tree against heard at a git
 * ref, both bundled with esbuild and timed in ONE process in alternating runs (a full GC
 * before each, as bench/speed.ts does), so machine load hits both alike. Times
 * detectEmotions on the speed corpus and scoreReply(reply, { message }) on the reply corpus
 * (as bench/speed.ts does), and checks that both builds return identical reports: emotion
 * reports on the speed corpus and the emotion fixtures; reply scores on every fixture reply,
 * with its message and customer name, without context, and with the speed corpus texts
 * scored as replies.
 *
 * --isolate times each build in its own child processes instead (alternating A B B A ...,
 * each process: warm-up, then 3 runs of 300 ms; medians over all runs). Use it when a change
 * alters which hidden classes the code creates: V8 shares object shapes across the whole
 * process, so one build's shape churn (e.g. object spread, ~1 µs per added property on Node
 * 20) slows the other build loaded beside it, and the in-process ratio understates the change.
 *
 *   npx tsx bench/ab.ts [--base HEAD] [--rounds 10] [--isolate]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT, collectGarbage, loadReplyCorpus, loadSpeedCorpus, runMain } from './lib/common.ts';
import { median } from './lib/metrics.ts';
import { loadFixtures, readReplyPairs } from './lib/datasets.ts';

type Detect = (text: string) => unknown;
type Score = (reply: string, context?: { message?: string | undefined; customerName?: string | undefined }) => unknown;
interface Build { detectEmotions: Detect; scoreReply: Score }

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

async function bundle(root: string, out: string): Promise<Build> {
  execFileSync('npx', ['tsx', 'scripts/compile-lexicons.ts'], { cwd: root, stdio: 'ignore' });
  const esbuild = await import('esbuild');
  await esbuild.build({ entryPoints: [join(root, 'src', 'index.ts')], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'silent' });
  return (await import(pathToFileURL(out).href)) as Build;
}

function run<T>(f: (x: T) => unknown, corpus: readonly T[], ms: number): number {
  collectGarbage();
  const t0 = performance.now();
  let n = 0;
  while (performance.now() - t0 < ms) {
    for (const t of corpus) f(t);
    n += corpus.length;
  }
  return n / ((performance.now() - t0) / 1000);
}

/** Median rate of each build, alternating A B A B with a warm-up. */
function race<T>(fa: (x: T) => unknown, fb: (x: T) => unknown, corpus: readonly T[], rounds: number): [number, number] {
  for (let w = 0; w < 3; w++) { run(fa, corpus, 200); run(fb, corpus, 200); }
  const ra: number[] = [];
  const rb: number[] = [];
  for (let r = 0; r < rounds; r++) { ra.push(run(fa, corpus, 300)); rb.push(run(fb, corpus, 300)); }
  return [median(ra), median(rb)];
}

/** A child process that imports one bundle and times one call on a corpus file; prints [per-second rates]. */
const CHILD = `
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import v8 from 'node:v8';
v8.setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');
const [bundle, mode, corpusFile] = process.argv.slice(2);
const m = await import(bundle);
const corpus = JSON.parse(readFileSync(corpusFile, 'utf8'));
const f = mode === 'score' ? (r) => m.scoreReply(r.reply, { message: r.message }) : (t) => m.detectEmotions(t);
function run(ms) {
  gc();
  const t0 = performance.now();
  let n = 0;
  while (performance.now() - t0 < ms) { for (const x of corpus) f(x); n += corpus.length; }
  return n / ((performance.now() - t0) / 1000);
}
for (let w = 0; w < 4; w++) run(200);
console.log(JSON.stringify([run(300), run(300), run(300)]));
`;

/** Median rate of each build, each timed in its own child processes (A B, then B A, ...). */
function raceIsolated(dir: string, bundles: [string, string], mode: 'score' | 'detect', corpus: readonly unknown[], rounds: number): [number, number] {
  const corpusFile = join(dir, `${mode}.json`);
  writeFileSync(corpusFile, JSON.stringify(corpus));
  const child = join(dir, 'child.mjs');
  writeFileSync(child, CHILD);
  const rates: [number[], number[]] = [[], []];
  for (let r = 0; r < rounds; r++) {
    for (const k of r % 2 === 0 ? [0, 1] : [1, 0]) {
      const out = execFileSync(process.execPath, [child, pathToFileURL(bundles[k]!).href, mode, corpusFile], { encoding: 'utf8' });
      rates[k]!.push(...(JSON.parse(out) as number[]));
    }
  }
  return [median(rates[0]), median(rates[1])];
}

async function main(): Promise<void> {
  const base = arg('--base', 'HEAD');
  const rounds = Number(arg('--rounds', '10'));
  const isolate = process.argv.includes('--isolate');
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
    for (const t of [...corpus, ...fixtures]) if (JSON.stringify(a.detectEmotions(t)) !== JSON.stringify(b.detectEmotions(t))) differ++;

    // Reply scores: every fixture reply with its context, without context, and the speed corpus as replies.
    const pairs = (['dev', 'test'] as const).flatMap((s) => {
      const path = join(REPO_ROOT, 'fixtures', 'replies', `${s}.jsonl`);
      return existsSync(path) ? readReplyPairs(path) : [];
    });
    const messages = pairs.map((p) => p.message).filter((m): m is string => m !== undefined);
    const cases: { reply: string; context?: { message?: string | undefined; customerName?: string | undefined } }[] = [
      ...pairs.flatMap((p) => [p.better, p.worse].flatMap((reply) => [{ reply, context: { message: p.message, customerName: p.customerName } }, { reply }])),
      ...corpus.map((reply, k) => ({ reply, context: { message: messages.length ? messages[k % messages.length] : undefined, customerName: 'Maria Lopez' } })),
    ];
    let replyDiffer = 0;
    for (const c of cases) if (JSON.stringify(a.scoreReply(c.reply, c.context)) !== JSON.stringify(b.scoreReply(c.reply, c.context))) replyDiffer++;

    const replies = loadReplyCorpus();
    const bundles: [string, string] = [join(dir, 'a.mjs'), join(dir, 'b.mjs')];
    const [da, db] = isolate ? raceIsolated(dir, bundles, 'detect', corpus, rounds) : race(a.detectEmotions, b.detectEmotions, corpus, rounds);
    const [sa, sb] = replies.length === 0 ? [NaN, NaN] : isolate
      ? raceIsolated(dir, bundles, 'score', replies, rounds)
      : race((r: { reply: string; message: string | undefined }) => a.scoreReply(r.reply, { message: r.message }),
          (r: { reply: string; message: string | undefined }) => b.scoreReply(r.reply, { message: r.message }), replies, rounds);
    console.log(`| call | base (${base}) /s | working tree /s | working tree / base |\n| --- | ---: | ---: | ---: |`);
    console.log(`| detectEmotions (texts) | ${da.toFixed(0)} | ${db.toFixed(0)} | ${(db / da).toFixed(3)}x |`);
    console.log(`| scoreReply(reply, { message }) (replies) | ${sa.toFixed(0)} | ${sb.toFixed(0)} | ${(sb / sa).toFixed(3)}x |`);
    console.log(isolate
      ? `\nmedians of ${3 * rounds} runs per build in ${rounds} child processes per build (alternating A B B A ...), full GC before each run`
      : `\nmedians of ${rounds} alternating rounds in this process, full GC before each run`);
    console.log(`working tree / base: ${(db / da).toFixed(3)}x (detectEmotions), ${(sb / sa).toFixed(3)}x (scoreReply)`);
    console.log(`reports that differ between the builds: ${differ} of ${corpus.length + fixtures.length}`);
    console.log(`reply scores that differ between the builds: ${replyDiffer} of ${cases.length}`);
  } finally {
    if (existsSync(tree)) execFileSync('git', ['worktree', 'remove', '--force', tree], { cwd: REPO_ROOT, stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  }
}

runMain(main);
