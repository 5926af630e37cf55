/** What the CLI touches of the outside world, injected so tests run it in-process. */
import type { Readable } from 'node:stream';

export interface Out {
  write(chunk: string): unknown;
  /** True when it is a terminal (colors, progress bars). */
  isTTY?: boolean | undefined;
}

export interface Io {
  cwd: string;
  stdout: Out;
  stderr: Out;
  stdin: Readable;
  env: Readonly<Record<string, string | undefined>>;
}

export function nodeIo(): Io {
  return { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
}
