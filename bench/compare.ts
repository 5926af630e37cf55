/**
 * Compares scoring rule sets side by side on every labeled dataset it finds.
 *
 *   npm run bench:compare -- [--rulesets default,lexicon-only] [--data <dir>] [--jsonl a.jsonl,b.jsonl]
 *                            [--ablate] [--ablate-base <set>] [--timing] [--json] [--html report.html]
 *                            [--bootstrap <n>] [--seed <n>] [--limit <n>] [--no-data]
 *
 * Rule sets are modules in bench/rulesets/ (`export default { description, config }`, config
 * being createAnalyzer's) or a path to such a module. Tasks: the project's fixtures (emotions,
 * reply pairs; dev and test), the shared datasets under --data (GoEmotions dev/test, complaints,
 * airline tweets, EPITOME) when present, and --jsonl files ({text, emotions} or
 * {message?, customerName?, dimension, better, worse}). Every metric has a 95% bootstrap interval,
 * and every rule set's difference from the first is bootstrapped on the same resamples.
 * --ablate removes each reply rule and emotion signal of the first rule set (or --ablate-base) in
 * turn, on dev tasks only, and ranks them by contribution; --timing adds time per rule.
 * Output: Markdown on stdout, or JSON with --json; --html also writes a page with charts.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultRules } from '../src/index.ts';
import { commandLine, dataDir, note, parseArgs, REPO_ROOT, runFooter, runMain } from './lib/common.ts';
import { ablate } from './lib/compare/ablate.ts';
import { html, markdown, type Comparison } from './lib/compare/report.ts';
import { analyzerOf, compareOutputs, ruleTiming, runAll, signalTiming, speedsInChildren } from './lib/compare/run.ts';
import { loadRuleSet } from './lib/compare/rulesets.ts';
import { findTasks } from './lib/compare/tasks.ts';

runMain(async () => {
  const started = performance.now();
  const args = parseArgs(process.argv.slice(2), ['rulesets', 'data', 'jsonl', 'html', 'bootstrap', 'seed', 'limit', 'ablate-base'], ['ablate', 'timing', 'json', 'no-data']);
  const names = (args.values.get('rulesets') ?? 'default').split(',').map((s) => s.trim()).filter(Boolean);
  const sets = await Promise.all(names.map(loadRuleSet));
  for (const s of sets) analyzerOf(s); // validate every config before the long run
  const bootstrap = Number(args.values.get('bootstrap') ?? 500);
  const seed = Number(args.values.get('seed') ?? 1);
  const limit = args.values.has('limit') ? Number(args.values.get('limit')) : undefined;
  const jsonl = (args.values.get('jsonl') ?? '').split(',').filter(Boolean).map((p) => resolve(p));
  const data = args.flags.has('no-data') ? undefined : dataDir(args);
  const { tasks, skipped } = findTasks({ repoRoot: REPO_ROOT, dataDir: data, jsonl, limit });
  note(`compare: ${sets.map((s) => s.name).join(', ')} on ${tasks.map((t) => `${t.label} (${t.items.length})`).join(', ')}`);
  const outputs = runAll(sets, tasks);
  const rows = compareOutputs(tasks, outputs, { bootstrap, seed });
  note('compare: timing');
  const speed = speedsInChildren(sets);
  let ablation: Comparison['ablation'];
  if (args.flags.has('ablate')) {
    const baseName = args.values.get('ablate-base') ?? sets[0]!.name;
    const base = sets.find((s) => s.name === baseName) ?? (await loadRuleSet(baseName));
    const dev = findTasks({ repoRoot: REPO_ROOT, dataDir: data, jsonl: [], limit, splits: ['dev'] }).tasks;
    note(`compare: ablating ${base.name} on ${dev.map((t) => t.label).join(', ')}`);
    ablation = { base: base.name, contributions: ablate(base, dev, { bootstrap, seed }) };
  }
  const timing = args.flags.has('timing') ? sets.map((s) => ({ set: s.name, rules: ruleTiming(s.config, s.config.ruleSet ?? defaultRules), signals: signalTiming(s.config) })) : undefined;
  const comparison: Comparison = { sets, rows, speed, ablation, timing, skipped, bootstrap, seed };
  if (args.values.has('html')) {
    writeFileSync(resolve(args.values.get('html')!), html(comparison));
    note(`compare: wrote ${args.values.get('html')}`);
  }
  if (args.flags.has('json')) {
    const replacer = (_: string, v: unknown) => (v instanceof Float64Array || v instanceof Uint8Array ? undefined : typeof v === 'number' && !Number.isFinite(v) ? null : v);
    process.stdout.write(`${JSON.stringify({ command: commandLine(), ...comparison, sets: sets.map(({ name, description }) => ({ name, description })) }, replacer, 2)}\n`);
  } else {
    process.stdout.write(`${markdown(comparison)}\n${runFooter(started)}\n`);
  }
});
