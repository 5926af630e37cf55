/** The CLI as a function: arguments and injected I/O in, exit code out. Never throws. */
import { detectCommand } from './commands/detect.ts';
import { lintCommand } from './commands/lint.ts';
import { scoreCommand } from './commands/score.ts';
import { ConfigError, messageOf, UsageError } from './errors.ts';
import type { Io } from './io.ts';
import { VERSION } from './version.ts';

export const HELP = `heard ${VERSION}: make customers feel heard

Usage:
  heard lint [paths or globs...]   lint reply templates and helpdesk macro exports (CI)
  heard score <reply>              score a draft reply (--message, --name); --jsonl for many
  heard detect <message>           detect the customer's emotions; --jsonl for many

Run "heard <command> --help" for a command's options. Docs: docs/cli.md`;

const COMMANDS: Record<string, (argv: string[], io: Io) => Promise<number>> = {
  lint: lintCommand,
  score: scoreCommand,
  detect: detectCommand,
};

export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.stdout.write(`${HELP}\n`);
      return command === undefined ? 2 : 0;
    }
    if (command === '--version' || command === '-v') {
      io.stdout.write(`${VERSION}\n`);
      return 0;
    }
    const run = COMMANDS[command];
    if (!run) throw new UsageError(`unknown command "${command}"; expected lint, score or detect`);
    return await run(rest, io);
  } catch (err) {
    if (err instanceof UsageError || err instanceof ConfigError) {
      io.stderr.write(`heard: ${err.message}\n`);
      return 2;
    }
    io.stderr.write(`heard: unexpected error: ${messageOf(err)}\n${(err as Error)?.stack ?? ''}\n`);
    return 2;
  }
}
