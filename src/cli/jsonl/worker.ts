/** A worker thread for `--jsonl`: processes batches of lines and posts the output lines back. */
import { parentPort, workerData } from 'node:worker_threads';
import type { ScoreOptions } from '../../index.ts';
import { processLine, type JsonlKind } from './records.ts';

const { kind, options } = workerData as { kind: JsonlKind; options: ScoreOptions };

parentPort?.on('message', (batch: { id: number; first: number; lines: string[] }) => {
  let failed = 0;
  const out = batch.lines.map((line, k) => {
    if (!line.trim()) return '';
    const r = processLine(kind, line, batch.first + k, options);
    if (r.failed) failed++;
    return r.out;
  });
  parentPort!.postMessage({ id: batch.id, out, failed });
});
