/**
 * Shared plumbing for the bench scripts: argument parsing, the reproducing command line,
 * Markdown tables, loading heard, bundling with esbuild, timing child processes, and
 * interleaved throughput rounds.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { readReplyPairs, type Emotion } from './datasets.ts';
import { median } from './metrics.ts';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BENCH_DIR = join(REPO_ROOT, 'bench');

// ---------------------------------------------------------------------------------------------
// Arguments and the reproducing command
// ---------------------------------------------------------------------------------------------

export interface ParsedArgs {
  flags: Set<string>;
  values: Map<string, string>;
}

/**
 * Parses `--name value`, `--name=value` and bare `--flag` arguments. `valued` lists the
 * options that take a value. Unknown options are an error (exit 2) so typos don't go unseen.
 */
export function parseArgs(argv: readonly string[], valued: readonly string[], bare: readonly string[]): ParsedArgs {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const m = /^--([^=]+)(?:=(.*))?$/.exec(a);
    if (!m) usageError(`unexpected argument ${JSON.stringify(a)}`, valued, bare);
    const name = m[1]!;
    if (valued.includes(name)) {
      const v = m[2] ?? argv[++i];
      if (v === undefined) usageError(`--${name} needs a value`, valued, bare);
      values.set(name, v);
    } else if (bare.includes(name) && m[2] === undefined) {
      flags.add(name);
    } else {
      usageError(`unknown option --${name}`, valued, bare);
    }
  }
  return { flags, values };
}

function usageError(msg: string, valued: readonly string[], bare: readonly string[]): never {
  const opts = [...valued.map((v) => `[--${v} <value>]`), ...bare.map((b) => `[--${b}]`)].join(' ');
  process.stderr.write(`error: ${msg}\nusage: npx tsx ${scriptPath()} ${opts}\n`);
  process.exit(2);
}

function scriptPath(): string {
  const p = process.argv[1] ?? '';
  return relative(REPO_ROOT, p) || p;
}

/** The data folder: `--data`, else the shared/data folder beside the repo (as CI lays it out). */
export function dataDir(args: ParsedArgs): string {
  return resolve(args.values.get('data') ?? join(REPO_ROOT, '..', 'shared', 'data'));
}

function shellQuote(s: string): string {
  return /^[A-Za-z0-9_./:=@%+,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/** The command that reproduces this run, from the repo root. */
export function commandLine(): string {
  const args = process.argv.slice(2).map(shellQuote).join(' ');
  const env = process.env.HEARD_ENTRY ? `HEARD_ENTRY=${shellQuote(process.env.HEARD_ENTRY)} ` : '';
  return `${env}npx tsx ${scriptPath()}${args ? ' ' + args : ''}`;
}

function gitRev(): string {
  const r = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (r.status !== 0) return 'no commit yet';
  const dirty = spawnSync('git', ['status', '--porcelain', '--', 'src', 'lexicons'], { cwd: REPO_ROOT, encoding: 'utf8' });
  return r.stdout.trim() + (dirty.stdout.trim() ? ' + uncommitted changes in src/ or lexicons/' : '');
}

/** A Markdown block saying how this run was made: command, wall time, machine. */
export function runFooter(startedAt: number): string {
  const secs = (performance.now() - startedAt) / 1000;
  const lines = [
    `- Command (from the repo root): \`${commandLine()}\``,
    `- Wall time: ${secs.toFixed(1)} s`,
    `- Node ${process.version}, ${process.platform}/${process.arch}, ${cpuSummary()}`,
    `- Repo: ${gitRev()}; run at ${new Date().toISOString()}`,
  ];
  return lines.join('\n');
}

function cpuSummary(): string {
  try {
    const info = readFileSync('/proc/cpuinfo', 'utf8');
    const model = /model name\s*:\s*(.+)/.exec(info)?.[1]?.trim();
    const cores = (info.match(/^processor\s*:/gm) ?? []).length;
    return `${cores} cores${model ? ` (${model})` : ''}`;
  } catch {
    return 'cpu unknown';
  }
}

// ---------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------

/** A Markdown table. Columns whose header starts with a right-aligned marker `>` are right-aligned. */
export function mdTable(headers: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const right = headers.map((h) => h.startsWith('>'));
  const hs = headers.map((h) => (h.startsWith('>') ? h.slice(1) : h));
  const cell = (v: string | number) => String(v).replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const out = [`| ${hs.join(' | ')} |`, `| ${right.map((r) => (r ? '---:' : '---')).join(' | ')} |`];
  for (const row of rows) out.push(`| ${row.map(cell).join(' | ')} |`);
  return out.join('\n');
}

/** Fixed decimals, with NaN shown as "n/a". */
export function fmt(x: number, digits = 3): string {
  return Number.isFinite(x) ? x.toFixed(digits) : 'n/a';
}

/** A speed ratio like "0.52x", with more decimals for small ones ("0.004x"). */
export function ratio(x: number): string {
  if (!Number.isFinite(x)) return 'n/a';
  return `${x.toFixed(x >= 0.095 ? 2 : x >= 0.0095 ? 3 : 4)}x`;
}

/** An integer with thousands separators. */
export function int(x: number): string {
  return Math.round(x).toLocaleString('en-US');
}

/** "PASS"/"FAIL" for a target check. */
export function verdict(ok: boolean): string {
  return ok ? 'PASS' : 'FAIL';
}

/** Progress and notices go to stderr, so stdout stays a clean report. */
export function note(msg: string): void {
  process.stderr.write(msg + '\n');
}

/**
 * Runs `main`, and on any throw prints the error and exits 1. Use for every script so a crash
 * always means a non-zero exit.
 */
export function runMain(main: () => Promise<number | void>): void {
  main().then(
    (code) => {
      process.exitCode = typeof code === 'number' ? code : 0;
    },
    (err: unknown) => {
      process.stderr.write(`\nbench crashed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exit(1);
    },
  );
}

// ---------------------------------------------------------------------------------------------
// heard itself
// ---------------------------------------------------------------------------------------------

export interface HeardReport {
  emotions: Record<Emotion, number>;
  detected: Emotion[];
  primary: Emotion | null;
  intensity: number;
  evidence: unknown[];
}
export type DetectEmotions = (text: string) => HeardReport;

/**
 * The heard entry point to benchmark: `src/index.ts`, or the file named by the HEARD_ENTRY
 * environment variable (e.g. a stub while the library is being written).
 */
export function heardEntry(): string {
  return resolve(process.env.HEARD_ENTRY ?? join(REPO_ROOT, 'src', 'index.ts'));
}

function assertHeardEntry(entry: string): void {
  if (!existsSync(entry)) {
    throw new Error(`heard entry ${entry} does not exist (src/index.ts not written yet?)`);
  }
  const compiled = join(REPO_ROOT, 'src', 'lexicon', 'compiled.ts');
  if (!process.env.HEARD_ENTRY && !existsSync(compiled)) {
    throw new Error(`${compiled} is missing: run \`npx tsx scripts/compile-lexicons.ts\` first (it is generated, not committed)`);
  }
}

/** Imports heard's `detectEmotions` (through tsx when the entry is TypeScript). */
/** heard's scoreReply as loaded from the entry (see bench/lib/replies.ts for its type). */
export async function loadScoreReply(entry = heardEntry()): Promise<import('./replies.ts').ScoreReply> {
  assertHeardEntry(entry);
  const mod = (await import(pathToFileURL(entry).href)) as { scoreReply?: import('./replies.ts').ScoreReply };
  if (typeof mod.scoreReply !== 'function') throw new Error(`${entry} does not export scoreReply`);
  return mod.scoreReply;
}

export async function loadHeard(entry = heardEntry()): Promise<DetectEmotions> {
  assertHeardEntry(entry);
  const mod = (await import(pathToFileURL(entry).href)) as { detectEmotions?: DetectEmotions };
  if (typeof mod.detectEmotions !== 'function') throw new Error(`${entry} does not export detectEmotions`);
  return mod.detectEmotions;
}

// ---------------------------------------------------------------------------------------------
// esbuild
// ---------------------------------------------------------------------------------------------

/** A temporary folder under the OS temp dir, removed at exit. */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Bundles heard for Node (ESM, not minified, like tsup's output) into `outDir`; returns the file. */
export async function bundleHeardForNode(outDir: string, entry = heardEntry()): Promise<string> {
  assertHeardEntry(entry);
  const esbuild = await import('esbuild');
  const outfile = join(outDir, 'heard.mjs');
  await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'silent',
  });
  return outfile;
}

export interface BrowserBundle {
  ok: true;
  bytes: number;
  gzipBytes: number;
  /** Largest inputs by bytes in the output. */
  inputs: { path: string; bytes: number }[];
}
export interface BrowserBundleError {
  ok: false;
  error: string;
}

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/**
 * Bundles `contents` (an ESM entry, resolved from the repo root) for the browser: esbuild,
 * platform browser, ESM, minified. Reports minified and gzip (level 9) bytes. A Node built-in
 * in the graph is an error: esbuild refuses to resolve one for the browser, and any that slips
 * through as an external import is caught here too.
 */
export async function bundleForBrowser(contents: string, sourcefile = 'entry.js'): Promise<BrowserBundle | BrowserBundleError> {
  const esbuild = await import('esbuild');
  const { gzipSync } = await import('node:zlib');
  try {
    const res = await esbuild.build({
      stdin: { contents, resolveDir: REPO_ROOT, sourcefile, loader: sourcefile.endsWith('.ts') ? 'ts' : 'js' },
      bundle: true,
      platform: 'browser',
      format: 'esm',
      minify: true,
      write: false,
      metafile: true,
      logLevel: 'silent',
      target: 'es2020',
    });
    const out = res.outputFiles[0]!;
    const builtins = new Set<string>();
    for (const input of Object.values(res.metafile.inputs)) {
      for (const imp of input.imports) if (imp.external && NODE_BUILTINS.has(imp.path)) builtins.add(imp.path);
    }
    if (builtins.size > 0) return { ok: false, error: `pulls Node built-in(s): ${[...builtins].join(', ')}` };
    const outMeta = Object.values(res.metafile.outputs)[0]!;
    const inputs = Object.entries(outMeta.inputs)
      .map(([path, v]) => ({ path, bytes: v.bytesInOutput }))
      .sort((a, b) => b.bytes - a.bytes);
    return { ok: true, bytes: out.contents.byteLength, gzipBytes: gzipSync(out.contents, { level: 9 }).byteLength, inputs };
  } catch (err) {
    const e = err as { errors?: { text: string; location?: { file: string } | null }[]; message?: string };
    const first = e.errors?.[0];
    const builtins = [
      ...new Set((e.errors ?? []).map((x) => /^Could not resolve "([^"]+)"/.exec(x.text)?.[1]).filter((x): x is string => !!x && NODE_BUILTINS.has(x))),
    ];
    if (builtins.length > 0) {
      const shown = builtins.slice(0, 5).map((b) => `"${b}"`).join(', ') + (builtins.length > 5 ? ` and ${builtins.length - 5} more` : '');
      return { ok: false, error: `pulls Node built-in(s) ${shown}${first?.location ? ` (first in ${first.location.file})` : ''}` };
    }
    const msg = first ? `${first.text}${first.location ? ` (in ${first.location.file})` : ''}` : String(e.message ?? err);
    const more = (e.errors?.length ?? 0) > 1 ? ` (+${e.errors!.length - 1} more errors)` : '';
    return { ok: false, error: msg + more };
  }
}

// ---------------------------------------------------------------------------------------------
// Child-process start-up timing
// ---------------------------------------------------------------------------------------------

export interface StartupVariant {
  name: string;
  /** Arguments to `node`, e.g. `['-e', '']` or `['--input-type=module', '-e', code]`. */
  args: string[];
}

export interface StartupResult {
  name: string;
  /** Median wall-clock ms of the child, spawn to exit. */
  wallMs: number;
  /** Median of the number the child printed on its last stdout line (NaN if it printed none). */
  inChildMs: number;
  runs: number[];
}

function timeNode(args: string[], env: NodeJS.ProcessEnv): { ms: number; stdout: string } {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: REPO_ROOT, encoding: 'utf8', env });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) {
    throw new Error(`child \`node ${args.join(' ').slice(0, 300)}\` exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
  }
  return { ms, stdout: r.stdout };
}

/** `node --input-type=module -e ""`-style arguments for an ESM snippet. */
export function esmArgs(code: string): string[] {
  return ['--input-type=module', '-e', code];
}

/**
 * Times each variant in fresh child processes (cwd = repo root), interleaving them
 * (A B C A B C ...) `runs` times after one untimed run of each (to warm the OS file cache).
 * Children get the parent's environment minus NODE_OPTIONS (which tsx may set, and which
 * would load tsx into them). If a child prints a number on its last stdout line (e.g. a
 * `performance.now()` delta), its median is returned as `inChildMs`.
 */
export function measureStartup(variants: readonly StartupVariant[], runs: number): StartupResult[] {
  const env: NodeJS.ProcessEnv = { ...process.env, DOTENV_CONFIG_QUIET: 'true' };
  delete env.NODE_OPTIONS;
  for (const v of variants) timeNode(v.args, env);
  const wall = variants.map(() => [] as number[]);
  const inChild = variants.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) {
    variants.forEach((v, j) => {
      const r = timeNode(v.args, env);
      wall[j]!.push(r.ms);
      const last = r.stdout.trim().split('\n').pop() ?? '';
      const x = Number(last);
      if (last !== '' && Number.isFinite(x)) inChild[j]!.push(x);
    });
  }
  return variants.map((v, j) => ({
    name: v.name,
    wallMs: median(wall[j]!),
    inChildMs: inChild[j]!.length ? median(inChild[j]!) : Number.NaN,
    runs: wall[j]!,
  }));
}

// ---------------------------------------------------------------------------------------------
// Throughput: interleaved rounds
// ---------------------------------------------------------------------------------------------

export interface Contender {
  name: string;
  /** Processes one text; the return value is folded into a checksum so it is not optimised away. */
  fn: (text: string) => unknown;
}

export interface ThroughputResult {
  name: string;
  /** texts/s for each timed round. */
  rounds: number[];
  median: number;
  /** Passes over the corpus per timed round (calibrated in warm-up). */
  passes: number;
}

let sink = 0;
function consume(v: unknown): void {
  // cheap, data-dependent use of the result
  if (typeof v === 'number') sink += v;
  else if (typeof v === 'string') sink += v.length;
  else if (Array.isArray(v)) sink += v.length;
  else if (v && typeof v === 'object') sink += 1;
}

/**
 * A full garbage collection, so one contender's garbage is not collected on another's clock.
 * Uses V8's gc() without needing `--expose-gc` on the command line (tsx owns it).
 */
export const collectGarbage: () => void = (() => {
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as unknown;
    if (typeof gc === 'function') return gc as () => void;
  } catch {
    // fall through
  }
  return () => {};
})();

function pass(c: Contender, corpus: readonly string[], passes: number): number {
  collectGarbage();
  const t0 = performance.now();
  for (let p = 0; p < passes; p++) for (let i = 0; i < corpus.length; i++) consume(c.fn(corpus[i]!));
  return performance.now() - t0;
}

/**
 * Measures texts/s for each contender on `corpus`, in alternating rounds (A B C ... A B C ...),
 * with a full GC before each timed run.
 * Warm-up: each contender runs the corpus until `warmupMs` has passed (at least twice), which
 * also calibrates how many corpus passes make one timed run last about `targetRunMs`.
 */
export function throughput(
  contenders: readonly Contender[],
  corpus: readonly string[],
  opts: { rounds: number; warmupMs: number; targetRunMs: number; onProgress?: (msg: string) => void },
): ThroughputResult[] {
  const passes = new Map<string, number>();
  for (const c of contenders) {
    let spent = 0;
    let n = 0;
    while (n < 2 || spent < opts.warmupMs) {
      spent += pass(c, corpus, 1);
      n++;
    }
    const perPass = spent / n;
    passes.set(c.name, Math.max(1, Math.round(opts.targetRunMs / perPass)));
    opts.onProgress?.(`  warm-up ${c.name}: ${n} passes, ${(perPass).toFixed(1)} ms/pass`);
  }
  const results = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
  for (let r = 0; r < opts.rounds; r++) {
    for (const c of contenders) {
      const p = passes.get(c.name)!;
      const ms = pass(c, corpus, p);
      results.get(c.name)!.push((p * corpus.length) / (ms / 1000));
    }
    opts.onProgress?.(`  round ${r + 1}/${opts.rounds} done`);
  }
  if (sink === 0.5) note(''); // keep `sink` observable
  return contenders.map((c) => {
    const rounds = results.get(c.name)!;
    return { name: c.name, rounds, median: median(rounds), passes: passes.get(c.name)! };
  });
}

/**
 * Every reply of fixtures/replies/*.jsonl with its message, for reply-scoring speed ([] when
 * there are none). All "better" replies first, then all "worse" ones, so consecutive calls
 * carry different messages and scoreReply's one-message cache never hits: the conservative case.
 */
export function loadReplyCorpus(): { reply: string; message: string | undefined }[] {
  const pairs = ['dev', 'test'].flatMap((split) => {
    const path = join(REPO_ROOT, 'fixtures', 'replies', `${split}.jsonl`);
    return existsSync(path) ? readReplyPairs(path) : [];
  });
  return [...pairs.map((p) => ({ reply: p.better, message: p.message })), ...pairs.map((p) => ({ reply: p.worse, message: p.message }))];
}

/** Reads the committed speed corpus: one message per non-empty line. */
export function loadSpeedCorpus(): string[] {
  const path = join(BENCH_DIR, 'corpus', 'speed.txt');
  const lines = readFileSync(path, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines.length === 0) throw new Error(`${path} is empty`);
  return lines;
}
