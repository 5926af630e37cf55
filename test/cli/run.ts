/** Runs the CLI in-process with captured output, for tests. */
import { Readable } from 'node:stream';
import { runCli } from '../../src/cli/run.ts';

export const ROOT = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

export async function heard(args: string[], opts: { cwd?: string; stdin?: string; tty?: boolean } = {}): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    cwd: opts.cwd ?? ROOT,
    stdout: { write: (s: string) => ((stdout += s), true), isTTY: opts.tty ?? false },
    stderr: { write: (s: string) => ((stderr += s), true), isTTY: opts.tty ?? false },
    stdin: Readable.from([Buffer.from(opts.stdin ?? '')]),
    env: {},
  });
  return { code, stdout, stderr };
}
