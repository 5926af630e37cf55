#!/usr/bin/env node
/** The `heard` binary. */
import { nodeIo } from './io.ts';
import { runCli } from './run.ts';

// A closed pipe (`heard score --jsonl big.jsonl | head`) ends the run quietly, as other Unix tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

process.exitCode = await runCli(process.argv.slice(2), nodeIo());
