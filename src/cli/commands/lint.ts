/** `heard lint [paths or globs...]`: lint reply templates, report, optionally --fix. */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { builtinRules } from '../../index.ts';
import { ConfigFinder, loadConfigFile, type Config } from '../config/load.ts';
import { ioReason, UsageError } from '../errors.ts';
import { findFiles, toPosix } from '../files.ts';
import { fixFile } from '../fix.ts';
import { IgnoreList } from '../glob.ts';
import type { Io } from '../io.ts';
import { useColor } from '../paint.ts';
import { fatal, lintRead, readFileTemplates } from '../lint.ts';
import { REPORTERS } from '../reporters/index.ts';
import type { FileResult, LintSummary } from '../types.ts';
import { VERSION } from '../version.ts';
import { writeAtomic } from '../write.ts';

export const LINT_HELP = `Usage: heard lint [paths or globs...] [options]

Lints reply templates: .txt .md .html .hbs .liquid files, and JSON/YAML/CSV exports of helpdesk
macros (Zendesk, Freshdesk, Help Scout; --field for others). Default path: the current folder.

Options:
  -c, --config <file>      use this config file instead of searching for one
  -f, --format <name>      stylish (default), json, sarif, github, junit
  -o, --output <file>      write the report to a file instead of stdout
      --fix                apply safe replacements in place (atomic writes)
      --max-warnings <n>   exit 1 when there are more than n warnings
      --field <path>       JSON path (or CSV column) of the template text in collections
      --quiet              report errors only
      --color, --no-color  force colors on or off (default: on for a terminal)
  -h, --help               show this help

Exit codes: 0 clean, 1 errors or a template below its minimum score (or too many warnings),
2 usage, configuration or file errors.`;

function rel(cwd: string, path: string): string {
  const r = toPosix(relative(cwd, path));
  return r === '' ? '.' : r;
}

async function readIgnoreFile(cwd: string): Promise<IgnoreList | undefined> {
  try {
    return new IgnoreList((await readFile(join(cwd, '.heardignore'), 'utf8')).split(/\r?\n/));
  } catch {
    return undefined;
  }
}

function ignoredBy(config: Config, heardignore: IgnoreList | undefined, cwd: string, path: string): boolean {
  if (heardignore && !relative(cwd, path).startsWith('..') && heardignore.ignores(toPosix(relative(cwd, path)))) return true;
  return config.ignore.some(({ base, list }) => !relative(base, path).startsWith('..') && list.ignores(toPosix(relative(base, path))));
}

export async function lintCommand(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        config: { type: 'string', short: 'c' },
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        fix: { type: 'boolean' },
        'max-warnings': { type: 'string' },
        field: { type: 'string' },
        quiet: { type: 'boolean' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\nRun "heard lint --help" for the options.`);
  }
  const { values: v, positionals } = parsed;
  if (v.help) {
    io.stdout.write(`${LINT_HELP}\n`);
    return 0;
  }
  const format = v.format ?? 'stylish';
  const reporter = REPORTERS[format as keyof typeof REPORTERS];
  if (!reporter) throw new UsageError(`unknown format "${format}"; expected one of ${Object.keys(REPORTERS).join(', ')}`);
  let maxWarnings = -1;
  if (v['max-warnings'] !== undefined) {
    maxWarnings = Number(v['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings expects a whole number >= 0, got "${v['max-warnings']}"`);
  }
  const cwd = io.cwd;
  const fixed = v.fix === true;
  const forced = v.config !== undefined ? await loadConfigFile(resolve(cwd, v.config)) : undefined;
  const finder = new ConfigFinder();
  const heardignore = await readIgnoreFile(cwd);
  const { files, problems } = await findFiles(cwd, positionals.length ? positionals : ['.']);

  const results: FileResult[] = problems.map(({ arg, message }) => ({ path: toPosix(arg), templates: [], messages: [fatal(message)], fixed: 0 }));
  for (const found of files) {
    const config = forced ?? (await finder.forDir(dirname(found.path)));
    if (ignoredBy(config, heardignore, cwd, found.path)) {
      if (found.explicit) io.stderr.write(`heard: ${rel(cwd, found.path)} is ignored (config "ignore" or .heardignore); not linted\n`);
      continue;
    }
    const path = rel(cwd, found.path);
    let bytes: Uint8Array;
    try {
      bytes = await readFile(found.path);
    } catch (err) {
      results.push({ path, templates: [], messages: [fatal(`cannot read it: ${ioReason(err)}`)], fixed: 0 });
      continue;
    }
    const field = v.field ?? config.field;
    let read = readFileTemplates(bytes, found.path, field);
    if (!('units' in read)) {
      // A folder walk meets JSON/YAML/CSV files that are not template exports: skip those quietly.
      if (!found.explicit && read.noTemplates) continue;
      results.push({ path, templates: [], messages: [read.error], fixed: 0 });
      continue;
    }
    let linted = lintRead(path, read, config);
    let applied = 0;
    if (fixed) {
      const fix = fixFile(found.path, read.text, read.units, linted.findings, field);
      for (const why of fix.skipped) io.stderr.write(`heard: ${path}: not fixed: ${why}\n`);
      if (fix.text !== undefined) {
        try {
          await writeAtomic(found.path, fix.text);
          applied = fix.applied;
          const again = readFileTemplates(Buffer.from(fix.text, 'utf8'), found.path, field);
          if ('units' in again) {
            read = again;
            linted = lintRead(path, read, config);
          }
        } catch (err) {
          linted.result.messages.push(fatal(`could not write the fixes: ${ioReason(err)}`));
        }
      }
    }
    linted.result.fixed = applied;
    results.push(linted.result);
  }
  results.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  if (v.quiet) {
    for (const r of results) for (const t of r.templates) t.messages = t.messages.filter((m) => m.severity === 'error');
  }
  const summary: LintSummary = { files: results, errorCount: 0, warningCount: 0, infoCount: 0, fatalCount: 0, fixedCount: 0 };
  let belowMinimum = false;
  for (const r of results) {
    summary.fixedCount += r.fixed;
    for (const m of r.messages) if (m.fatal) summary.fatalCount++;
    for (const m of [...r.messages, ...r.templates.flatMap((t) => t.messages)]) {
      if (m.severity === 'error') summary.errorCount++;
      else if (m.severity === 'warning') summary.warningCount++;
      else summary.infoCount++;
      if (m.ruleId === 'min-score') belowMinimum = true;
    }
  }
  const color = useColor(v, io, v.output !== undefined);
  const out = reporter(summary, { color, version: VERSION, rules: builtinRules });
  if (v.output !== undefined) {
    try {
      await writeFile(resolve(cwd, v.output), out, 'utf8');
    } catch (err) {
      io.stderr.write(`heard: cannot write ${v.output}: ${ioReason(err)}\n`);
      return 2;
    }
  } else io.stdout.write(out);
  if (summary.fatalCount > 0) return 2;
  if (summary.errorCount > 0 || belowMinimum) return 1;
  if (maxWarnings >= 0 && summary.warningCount > maxWarnings) {
    io.stderr.write(`heard: ${summary.warningCount} warnings, more than --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}

