/**
 * Streams JSONL through `processLine`, in input order. Small inputs run on the main thread;
 * once BATCHES_BEFORE_POOL batches are waiting and there is more than one core (or `workers` is
 * set), batches go to a pool of worker threads. At most 2 batches per worker are in flight, so
 * memory stays bounded on inputs of any size.
 */
import { availableParallelism } from 'node:os';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import type { ScoreOptions } from '../../index.ts';
import type { Out } from '../io.ts';
import type { Progress } from '../progress.ts';
import { processLine, type JsonlKind } from './records.ts';

export const BATCH = 256;
const BATCHES_BEFORE_POOL = 8;

export interface StreamOptions {
  kind: JsonlKind;
  options: ScoreOptions;
  /** Worker threads: undefined = decide by input size and cores; 0 = main thread only. */
  workers: number | undefined;
  progress: Progress | undefined;
}

interface Batch {
  id: number;
  first: number;
  lines: string[];
}

/**
 * A worker: in the build, dist/cli-worker.js; from source (tsx, tests) the .ts sibling, through a
 * small bootstrap that registers tsx's loader in the worker first.
 */
function startWorker(workerData: unknown): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./cli-worker.js', import.meta.url), { workerData });
  const api = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const entry = JSON.stringify(new URL('./worker.ts', import.meta.url).href);
  return new Worker(`import(${api}).then((m) => { m.register(); return import(${entry}); });`, { eval: true, workerData });
}

async function write(out: Out, text: string): Promise<void> {
  const ok = out.write(text);
  const stream = out as Out & { once?: (e: string, f: () => void) => void };
  if (ok === false && typeof stream.once === 'function') await new Promise<void>((r) => stream.once!('drain', r));
}

class Pool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Batch[] = [];
  private readonly done = new Map<number, { out: string[]; failed: number }>();
  private waiters: (() => void)[] = [];
  private error: Error | undefined;

  constructor(size: number, kind: JsonlKind, options: ScoreOptions) {
    for (let i = 0; i < size; i++) {
      const w = startWorker({ kind, options });
      w.on('message', (m: { id: number; out: string[]; failed: number }) => {
        this.done.set(m.id, { out: m.out, failed: m.failed });
        this.idle.push(w);
        this.pump();
        this.wake();
      });
      w.on('error', (err) => {
        this.error = err;
        this.wake();
      });
      this.workers.push(w);
      this.idle.push(w);
    }
  }

  get inFlight(): number {
    return this.queue.length + (this.workers.length - this.idle.length);
  }

  submit(b: Batch): void {
    this.queue.push(b);
    this.pump();
  }

  private pump(): void {
    while (this.idle.length && this.queue.length) this.idle.pop()!.postMessage(this.queue.shift()!);
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  /** Waits for batch `id`'s output. */
  async take(id: number): Promise<{ out: string[]; failed: number }> {
    for (;;) {
      if (this.error) throw this.error;
      const r = this.done.get(id);
      if (r) {
        this.done.delete(id);
        return r;
      }
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** Processes every line of `input`; returns counts. Blank lines are skipped (and keep their numbers). */
export async function streamJsonl(input: Readable, out: Out, o: StreamOptions): Promise<{ lines: number; failed: number }> {
  const cores = availableParallelism();
  const poolSize = o.workers ?? (cores > 1 ? Math.min(cores, 8) : 0);
  let pool: Pool | undefined;
  const pending: Batch[] = [];
  let nextId = 0;
  let lines = 0;
  let failed = 0;
  let bytes = 0;
  let batch: Batch = { id: nextId++, first: 1, lines: [] };
  let lineNo = 0;
  // Blank lines get an empty slot so numbering stays right; they produce no output.
  const runHere = (b: Batch): string => {
    let text = '';
    b.lines.forEach((l, k) => {
      if (!l.trim()) return;
      const r = processLine(o.kind, l, b.first + k, o.options);
      if (r.failed) failed++;
      text += `${r.out}\n`;
    });
    return text;
  };
  const flushInOrder = async (final: boolean): Promise<void> => {
    if (!pool) return;
    while (pending.length && (final || pool.inFlight >= 2 * poolSize)) {
      const b = pending.shift()!;
      const r = await pool.take(b.id);
      failed += r.failed;
      let text = '';
      r.out.forEach((line, k) => {
        if (b.lines[k]!.trim()) text += `${line}\n`;
      });
      await write(out, text);
    }
  };
  const submit = async (b: Batch): Promise<void> => {
    if (!pool && poolSize > 1 && pending.length + 1 >= BATCHES_BEFORE_POOL) {
      pool = new Pool(poolSize, o.kind, o.options);
      for (const p of pending) pool.submit(p);
    }
    pending.push(b);
    if (pool) {
      pool.submit(b);
      await flushInOrder(false);
    } else if (poolSize <= 1) {
      await write(out, runHere(pending.shift()!));
    }
  };
  const rl = createInterface({ input, crlfDelay: Infinity });
  try {
    for await (const line of rl) {
      lineNo++;
      bytes += Buffer.byteLength(line) + 1;
      if (line.trim()) lines++;
      batch.lines.push(line);
      if (batch.lines.length === BATCH) {
        await submit(batch);
        batch = { id: nextId++, first: lineNo + 1, lines: [] };
      }
      o.progress?.update(lines, bytes);
    }
    if (batch.lines.length) await submit(batch);
    if (pool) await flushInOrder(true);
    else while (pending.length) await write(out, runHere(pending.shift()!));
    o.progress?.update(lines, bytes, true);
  } finally {
    o.progress?.done();
    await pool?.close();
  }
  return { lines, failed };
}
