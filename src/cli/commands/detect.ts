/** `heard detect <text|file|->`: the emotions in a customer message; `--jsonl` for many. */
import type { ParseArgsConfig } from 'node:util';

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;
import { detectEmotions, type EmotionReport } from '../../index.ts';
import { UsageError } from '../errors.ts';
import type { Io } from '../io.ts';
import { paint, useColor } from '../paint.ts';
import { readArg } from './input.ts';
import { parse, runJsonl, workersOf } from './score.ts';

export const DETECT_HELP = `Usage: heard detect <"message text" | file | -> [options]
       heard detect --jsonl <in.jsonl | -> [options]

Detects frustration, anger, anxiety, confusion, urgency and gratitude in a customer message.

Options:
      --json             print the full report as JSON
      --jsonl <file|->   detect every line {text, id?}; JSONL to stdout
      --workers <n>      worker threads for --jsonl (default: by input size and cores; 0: none)
      --color, --no-color
  -h, --help             show this help`;

const OPTIONS = {
  json: { type: 'boolean' },
  jsonl: { type: 'string' },
  workers: { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsOptionsConfig;

export function formatReport(r: EmotionReport, color: boolean): string {
  const c = paint(color);
  const found = r.detected.length ? r.detected.map((e) => `${e} ${r.emotions[e].toFixed(2)}`).join(', ') : 'no strong emotion';
  const lines = [`${c.bold('Detected')}: ${found}   (intensity ${r.intensity.toFixed(2)})`, ''];
  for (const [e, v] of Object.entries(r.emotions) as [keyof EmotionReport['emotions'], number][]) {
    const why = r.evidence.filter((ev) => ev.emotion === e && ev.weight > 0).map((ev) => `“${ev.text}”`);
    const mark = r.detected.includes(e) ? c.bold(e.padEnd(11)) : e.padEnd(11);
    lines.push(`  ${mark} ${'█'.repeat(Math.round(v * 10)).padEnd(10, '·')} ${v.toFixed(2)}  ${c.dim(why.slice(0, 6).join(' '))}`);
  }
  return `${lines.join('\n')}\n`;
}

export async function detectCommand(argv: string[], io: Io): Promise<number> {
  const { values: v, positionals } = parse(argv, OPTIONS, 'detect');
  if (v.help) {
    io.stdout.write(`${DETECT_HELP}\n`);
    return 0;
  }
  if (v.jsonl !== undefined) {
    if (positionals.length) throw new UsageError('give either a message or --jsonl, not both');
    return runJsonl('detect', v.jsonl, io, {}, workersOf(v.workers));
  }
  if (positionals.length === 0) throw new UsageError('expected a message: the text, a file, or "-" for stdin\nRun "heard detect --help" for the options.');
  const text = positionals.length === 1 ? await readArg(positionals[0]!, io.cwd, io.stdin, 'the message', true) : positionals.join(' ');
  const r = detectEmotions(text);
  const color = useColor(v, io);
  io.stdout.write(v.json ? `${JSON.stringify(r, null, 2)}\n` : formatReport(r, color));
  return 0;
}
