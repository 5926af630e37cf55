/**
 * The comparison itself: each rule set's analyzer over each task, every metric with a bootstrap
 * interval, and each rule set's difference from the first on the same resamples.
 */
import { createAnalyzer, defineRule, SIGNALS, type AnalyzerConfig, type Rule } from '../../../src/index.ts';
import { emotionEngine } from '../../../src/analyzer.ts';
import { detectWith } from '../../../src/emotion/detect.ts';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { collectGarbage, loadReplyCorpus, loadSpeedCorpus, REPO_ROOT } from '../common.ts';
import { allIndices, estimate, resamples } from './bootstrap.ts';
import { evaluate } from './evaluate.ts';
import { metricsOf } from './metrics.ts';
import type { Analyzer, MetricRow, Outputs, RuleSet, Task } from './types.ts';

export interface CompareOptions {
  bootstrap: number;
  seed: number;
}

/** Runs every rule set on every task; rows are grouped by task, metrics in report order. */
export function compareOutputs(tasks: readonly Task[], outputs: readonly (readonly Outputs[])[], o: CompareOptions): MetricRow[] {
  const rows: MetricRow[] = [];
  tasks.forEach((task, t) => {
    const all = allIndices(task.items.length);
    const draws = resamples(task.items.length, o.bootstrap, o.seed + t);
    for (const m of metricsOf(task)) {
      const samples = outputs.map((byTask) => draws.map((idx) => m.compute(byTask[t]!, idx)));
      const full = outputs.map((byTask) => m.compute(byTask[t]!, all));
      const values = full.map((v, r) => estimate(v, samples[r]!));
      const deltas = full.map((v, r) => estimate(v - full[0]!, samples[r]!.map((s, k) => s - samples[0]![k]!)));
      rows.push({ task: task.label, metric: m.name, values, deltas });
    }
  });
  return rows;
}

export function analyzerOf(set: RuleSet): Analyzer {
  try {
    return createAnalyzer(set.config);
  } catch (err) {
    throw new Error(`rule set "${set.name}": ${(err as Error).message}`);
  }
}

export function runAll(sets: readonly RuleSet[], tasks: readonly Task[]): Outputs[][] {
  return sets.map((s) => {
    const a = analyzerOf(s);
    return tasks.map((t) => evaluate(a, t));
  });
}

/**
 * Speed of rule sets, each in a fresh process (in one process every extra analyzer makes the
 * shared pipeline polymorphic, and whichever runs first or last is favoured), in turns, median of
 * `runs`.
 */
export function speedsInChildren(sets: readonly RuleSet[], runs = 3, seconds = 1): { detect: number; score: number }[] {
  const child = join(REPO_ROOT, 'bench', 'lib', 'compare', 'speed-child.ts');
  const tsx = join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const results = sets.map(() => [] as { detect: number; score: number }[]);
  for (let r = 0; r < runs; r++) {
    sets.forEach((set, i) => {
      const out = execFileSync(process.execPath, [tsx, child, set.source, String(seconds)], { encoding: 'utf8' });
      results[i]!.push(JSON.parse(out.trim().split('\n').at(-1)!) as { detect: number; score: number });
    });
  }
  const med = (xs: number[]): number => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  return results.map((rs) => ({ detect: med(rs.map((x) => x.detect)), score: med(rs.map((x) => x.score)) }));
}

/**
 * Texts per second of detectEmotions (speed corpus) and replies per second of scoreReply (fixture
 * replies with messages), per second of this process's CPU time (user + system) rather than wall
 * time, so a busy neighbour on a shared machine does not count against the rule set.
 */
export function speedOf(a: Analyzer, seconds = 0.6): { detect: number; score: number } {
  const texts = loadSpeedCorpus();
  const replies = loadReplyCorpus();
  const rate = (f: (i: number) => void, n: number): number => {
    for (let i = 0; i < Math.min(n, 300); i++) f(i); // warm up
    collectGarbage();
    let done = 0;
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    while (performance.now() - t0 < seconds * 1000) {
      for (let i = 0; i < n; i++) f(i);
      done += n;
    }
    const c = process.cpuUsage(c0);
    return done / ((c.user + c.system) / 1e6);
  };
  return {
    detect: rate((i) => a.detectEmotions(texts[i]!), texts.length),
    score: replies.length ? rate((i) => a.scoreReply(replies[i]!.reply, { message: replies[i]!.message }), replies.length) : Number.NaN,
  };
}

/**
 * Time per emotion signal (µs per message) over the speed corpus, measured inside one
 * detectEmotions call with the engine's benchmark profile; `prepare` is tokenizing, lookups and
 * negation scopes.
 */
export function signalTiming(config: AnalyzerConfig, rounds = 5): { id: string; microseconds: number }[] {
  const spent = new Float64Array(SIGNALS.length + 1);
  const engine = { ...emotionEngine(config), profile: { now: () => performance.now(), spent } };
  const texts = loadSpeedCorpus();
  for (const t of texts.slice(0, 300)) detectWith(engine, t);
  spent.fill(0);
  for (let r = 0; r < rounds; r++) for (const t of texts) detectWith(engine, t);
  const n = rounds * texts.length;
  const ids = [...SIGNALS.map((s) => (s === 'negation' ? 'negation (in prepare)' : s)), 'prepare'];
  return ids.map((id, k) => ({ id, microseconds: (spent[k]! * 1000) / n })).filter((x) => x.id !== 'negation (in prepare)');
}

/** Time spent in each reply rule's check, per reply, scoring the fixture replies `rounds` times. */
export function ruleTiming(config: AnalyzerConfig, rules: readonly Rule[], rounds = 5): { id: string; microseconds: number }[] {
  const spent = new Map<string, number>();
  const wrapped = rules.map((r) => defineRule({
    meta: r.meta,
    check(ctx, options) {
      const t0 = performance.now();
      const res = r.check(ctx, options);
      spent.set(r.meta.id, (spent.get(r.meta.id) ?? 0) + performance.now() - t0);
      return res;
    },
  }));
  const a = createAnalyzer({ ...config, ruleSet: wrapped });
  const replies = loadReplyCorpus();
  for (const x of replies.slice(0, 200)) a.scoreReply(x.reply, { message: x.message }); // warm up
  spent.clear();
  for (let k = 0; k < rounds; k++) for (const x of replies) a.scoreReply(x.reply, { message: x.message });
  const n = rounds * replies.length;
  return rules.map((r) => ({ id: r.meta.id, microseconds: ((spent.get(r.meta.id) ?? 0) * 1000) / n })).sort((x, y) => y.microseconds - x.microseconds);
}
