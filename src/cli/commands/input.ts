/** Reading a command's text argument: a file path, `-` for stdin, or the text itself. */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { ioReason, UsageError } from '../errors.ts';
import { decodeFile } from '../read/index.ts';

export async function readStream(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return decodeFile(Buffer.concat(chunks), 'stdin');
}

/** `-` reads stdin; an existing file is read (UTF-8 checked); with `textOk`, anything else is the text itself. */
export async function readArg(arg: string, cwd: string, stdin: Readable, what: string, textOk: boolean): Promise<string> {
  if (arg === '-') return readStream(stdin);
  const path = resolve(cwd, arg);
  let isFile = false;
  try {
    isFile = (await stat(path)).isFile();
  } catch {
    isFile = false;
  }
  if (!isFile) {
    if (textOk) return arg;
    throw new UsageError(`cannot read ${what} "${arg}": no such file`);
  }
  try {
    return decodeFile(await readFile(path), path);
  } catch (err) {
    throw new UsageError(`cannot read ${what} "${arg}": ${ioReason(err)}`);
  }
}
