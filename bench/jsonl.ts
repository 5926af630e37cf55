/**
 * The CLI's --jsonl streaming: lines/s of the built `heard` binary (dist/cli.js) on the main thread
 * (--workers 0) against the worker pool (the default, and --workers 1..cores), each as a fresh
 * process on the same input, median of --runs. Also reports the CLI bundle's size.
 *
 *   npm run bench:jsonl -- [--lines <n>] [--runs <n>]
 *
 * The input is the bundled example replies and reply pairs (fixtures/), repeated to --lines
 * lines, with the customer's message on every line (the costlier path).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = join(import.meta.dirname, '..');
const arg = (name: string, def: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
const LINES = arg('lines', 50_000);
const RUNS = arg('runs', 3);
const started = Date.now();

const cli = join(root, 'dist', 'cli.js');
try {
  statSync(cli);
} catch {
  console.error('bench/jsonl: dist/cli.js is missing; run `npm run build` first (npm run bench:jsonl does)');
  process.exit(2);
}

// Replies with their messages from the fixtures.
const rows: { reply: string; message?: string | undefined; customerName?: string | undefined }[] = [];
for (const file of ['dev.jsonl', 'test.jsonl']) {
  for (const line of readFileSync(join(root, 'fixtures', 'replies', file), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const p = JSON.parse(line) as { message?: string; customerName?: string; better: string; worse: string };
    for (const reply of [p.better, p.worse]) rows.push({ reply, message: p.message, customerName: p.customerName });
  }
}
const dir = mkdtempSync(join(tmpdir(), 'heard-jsonl-'));
const input = join(dir, 'in.jsonl');
const lines: string[] = [];
for (let i = 0; i < LINES; i++) lines.push(JSON.stringify({ id: i, ...rows[i % rows.length] }));
writeFileSync(input, `${lines.join('\n')}\n`);

function time(workers: string | undefined): { ms: number; out: string } {
  const times: number[] = [];
  let out = '';
  for (let r = 0; r < RUNS; r++) {
    const args = [cli, 'score', '--jsonl', input, ...(workers === undefined ? [] : ['--workers', workers])];
    const t0 = performance.now();
    const res = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
    times.push(performance.now() - t0);
    if (res.status !== 0) throw new Error(`heard exited ${res.status}: ${res.stderr}`);
    out = res.stdout;
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, out };
}

const cores = availableParallelism();
const configs: [string, string | undefined][] = [['main thread (--workers 0)', '0'], ['default', undefined]];
for (let w = 1; w <= Math.min(cores, 4); w++) configs.push([`--workers ${w}`, String(w)]);
console.error(`bench/jsonl: ${LINES} lines, ${RUNS} runs each`);
const results = configs.map(([label, w]) => ({ label, ...time(w) }));
const base = results[0]!;
console.log(`# heard score --jsonl: main thread vs worker threads\n`);
console.log(`${LINES.toLocaleString('en-US')} lines (fixture replies with their messages), fresh process per run, median of ${RUNS}.\n`);
console.log('| run | wall time | lines/s | vs main thread | output identical |');
console.log('|---|---:|---:|---:|:---:|');
for (const r of results) {
  console.log(`| ${r.label} | ${(r.ms / 1000).toFixed(2)} s | ${Math.round(LINES / (r.ms / 1000)).toLocaleString('en-US')} | ${(base.ms / r.ms).toFixed(2)}x | ${r.out === base.out ? 'yes' : '**no**'} |`);
}
const size = (f: string): string => {
  const buf = readFileSync(join(root, 'dist', f));
  return `${(buf.length / 1024).toFixed(1)} kB (${(gzipSync(buf).length / 1024).toFixed(1)} kB gzip)`;
};
const chunks = execFileSync('ls', [join(root, 'dist')], { encoding: 'utf8' }).split('\n').filter((f) => /^chunk-.*\.js$/.test(f));
console.log(`\nCLI bundle: dist/cli.js ${size('cli.js')}, dist/cli-worker.js ${size('cli-worker.js')}, shared ${chunks.map(size).join(', ')}.`);
rmSync(dir, { recursive: true, force: true });
console.log(`\n\`npm run bench:jsonl -- --lines ${LINES} --runs ${RUNS}\` · ${((Date.now() - started) / 1000).toFixed(0)} s · ${cores} cores (${cpus()[0]?.model ?? 'unknown CPU'}) · Node ${process.version}`);
