/** `heard score <reply-file|->`: how a reply will land; `--jsonl` scores a whole file of replies. */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;
import { scoreReply, type ReplyScore } from '../../index.ts';
import { ConfigFinder, loadConfigFile } from '../config/load.ts';
import { ioReason, UsageError } from '../errors.ts';
import type { Io } from '../io.ts';
import { streamJsonl } from '../jsonl/stream.ts';
import { Progress } from '../progress.ts';
import { paint, useColor } from '../paint.ts';
import { readArg } from './input.ts';

export const SCORE_HELP = `Usage: heard score <reply-file | - | "reply text"> [options]
       heard score --jsonl <in.jsonl | -> [options]

Scores a draft reply on empathy, personalization, positivity, authenticity, clarity and follow-up.

Options:
  -m, --message <file|text>  the customer's message the reply answers (a file path, or the text)
  -n, --name <name>          the customer's name
      --agent <name>         the agent's name
      --json                 print the full result as JSON
      --jsonl <file|->       score every line {reply, message?, customerName?, id?}; JSONL to stdout
      --workers <n>          worker threads for --jsonl (default: by input size and cores; 0: none)
  -c, --config <file>        config file (rules, weights, phrases); default: searched from here up
      --color, --no-color    force colors on or off
  -h, --help                 show this help`;

export const SCORE_OPTIONS = {
  message: { type: 'string', short: 'm' },
  name: { type: 'string', short: 'n' },
  agent: { type: 'string' },
  json: { type: 'boolean' },
  jsonl: { type: 'string' },
  workers: { type: 'string' },
  config: { type: 'string', short: 'c' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsOptionsConfig;

export function parse<T extends ParseArgsOptionsConfig>(argv: string[], options: T, command: string) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options, strict: true });
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\nRun "heard ${command} --help" for the options.`);
  }
}

export function workersOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 64) throw new UsageError(`--workers expects a whole number from 0 to 64, got "${value}"`);
  return n;
}

/** Streams `--jsonl` input (a file or stdin) through a command; exit 2 when any line failed. */
export async function runJsonl(kind: 'score' | 'detect', source: string, io: Io, options: import('../../index.ts').ScoreOptions, workers: number | undefined): Promise<number> {
  let input;
  let total: number | undefined;
  if (source === '-') input = io.stdin;
  else {
    const path = resolve(io.cwd, source);
    try {
      const s = await stat(path);
      if (!s.isFile()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      total = s.size;
    } catch (err) {
      throw new UsageError(`cannot read ${source}: ${ioReason(err)}`);
    }
    input = createReadStream(path);
  }
  const progress = Progress.for(io.stderr, kind === 'score' ? 'heard: scoring' : 'heard: detecting', total);
  const { lines, failed } = await streamJsonl(input, io.stdout, { kind, options, workers, progress });
  if (failed) {
    io.stderr.write(`heard: ${failed} of ${lines} lines could not be ${kind === 'score' ? 'scored' : 'read'}; see the "error" records\n`);
    return 2;
  }
  return 0;
}

const bar = (x: number): string => '█'.repeat(Math.round(x / 10)).padEnd(10, '·');

export function formatScore(r: ReplyScore, color: boolean): string {
  const c = paint(color);
  const lines = [`${c.bold('Overall')} ${r.score}/100`, ''];
  for (const [d, v] of Object.entries(r.dimensions)) lines.push(`  ${d.padEnd(16)} ${bar(v.score)} ${String(v.score).padStart(3)}`);
  if (r.customer) {
    const found = r.customer.detected.map((e) => `${e} ${r.customer!.emotions[e].toFixed(2)}`).join(', ') || 'no strong emotion';
    lines.push('', `Customer: ${found}`);
  }
  lines.push('');
  if (r.findings.length === 0) lines.push(c.green('✔ no findings'));
  for (const f of r.findings) {
    const sev = f.severity === 'error' ? c.red(f.severity) : f.severity === 'warning' ? c.yellow(f.severity) : c.blue(f.severity);
    lines.push(`  ${sev.padEnd(color ? 17 : 7)} ${c.dim(f.ruleId)}  “${f.text.replace(/\s+/g, ' ').slice(0, 80)}”`);
    lines.push(`      ${f.message.replace(/\s+/g, ' ')}`);
    const s = f.suggestions?.[0];
    if (s) lines.push(`      → ${s.replacement !== undefined ? `${s.message.replace(/\s+/g, ' ')}` : s.message.replace(/\s+/g, ' ')}`);
  }
  return `${lines.join('\n')}\n`;
}

export async function scoreCommand(argv: string[], io: Io): Promise<number> {
  const { values: v, positionals } = parse(argv, SCORE_OPTIONS, 'score');
  if (v.help) {
    io.stdout.write(`${SCORE_HELP}\n`);
    return 0;
  }
  const config = v.config !== undefined ? await loadConfigFile(resolve(io.cwd, v.config)) : await new ConfigFinder().forDir(io.cwd);
  if (v.jsonl !== undefined) {
    if (positionals.length) throw new UsageError('give either a reply or --jsonl, not both');
    return runJsonl('score', v.jsonl, io, config.options, workersOf(v.workers));
  }
  if (positionals.length !== 1) throw new UsageError('expected one reply: a file, "-" for stdin, or the text\nRun "heard score --help" for the options.');
  const reply = await readArg(positionals[0]!, io.cwd, io.stdin, 'the reply', true);
  const message = v.message === undefined ? undefined : await readArg(v.message, io.cwd, io.stdin, 'the message', true);
  const context: { message?: string; customerName?: string; agentName?: string } = {};
  if (message !== undefined) context.message = message;
  if (v.name !== undefined) context.customerName = v.name;
  if (v.agent !== undefined) context.agentName = v.agent;
  const r = scoreReply(reply, context, config.options);
  const color = useColor(v, io);
  io.stdout.write(v.json ? `${JSON.stringify(r, null, 2)}\n` : formatScore(r, color));
  return 0;
}
