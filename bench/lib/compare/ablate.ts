/**
 * Ablation: re-run a rule set with each reply rule removed, and with each emotion signal turned
 * off, in turn, on the dev tasks only (decisions are made on dev; test is for reporting), and
 * rank components by what they contribute: the base score minus the score without them, with a
 * paired bootstrap interval, next to what they cost in time.
 */
import { defaultRules, SIGNALS, type AnalyzerConfig, type Rule } from '../../../src/index.ts';
import type { Estimate, RuleSet, Task } from './types.ts';
import { significant } from './bootstrap.ts';
import { compareOutputs, runAll, ruleTiming, signalTiming, type CompareOptions } from './run.ts';

export interface Contribution {
  component: string;
  kind: 'rule' | 'signal';
  /** metric label ("reply pairs dev · acc all") -> base minus ablated. */
  deltas: Record<string, Estimate>;
  /** The metric the component is ranked by (rules: reply pairs acc all; signals: fixtures macro-F1). */
  primary: string;
  /** A second view (rules: their own dimension's accuracy; signals: GoEmotions dev macro-F1 when present). */
  secondary: string | undefined;
  /** The largest effect on any metric whose interval excludes 0, if any. */
  largest: { metric: string; e: Estimate } | undefined;
  /** µs per reply in a rule's check, or per message in a signal (negation: inside prepare, NaN). */
  cost: number;
}

/** The components of a rule set: its reply rules and the emotion signals it runs. */
function components(config: AnalyzerConfig): { rules: readonly Rule[]; signals: string[] } {
  const rules = config.ruleSet ?? defaultRules;
  const off = config.signals ?? {};
  return { rules, signals: SIGNALS.filter((s) => off[s] !== false) };
}

export function ablate(base: RuleSet, tasks: readonly Task[], o: CompareOptions): Contribution[] {
  const { rules, signals } = components(base.config);
  const variants: RuleSet[] = [base];
  for (const r of rules) variants.push({ name: `-${r.meta.id}`, source: '', description: '', config: { ...base.config, ruleSet: rules.filter((x) => x !== r) } });
  for (const s of signals) variants.push({ name: `-${s}`, source: '', description: '', config: { ...base.config, signals: { ...base.config.signals, [s]: false } } });
  const rows = compareOutputs(tasks, runAll(variants, tasks), o);
  const timing = new Map(ruleTiming(base.config, rules).map((t) => [t.id, t.microseconds]));
  const signalCost = new Map(signalTiming(base.config).map((t) => [t.id, t.microseconds]));
  return variants.slice(1).map((v, k): Contribution => {
    const i = k + 1;
    const isRule = k < rules.length;
    const deltas: Record<string, Estimate> = {};
    for (const row of rows) {
      const d = row.deltas[i]!;
      deltas[`${row.task} · ${row.metric}`] = { value: -d.value, lo: -d.hi, hi: -d.lo };
    }
    const rule = isRule ? rules[k]! : undefined;
    const pairTask = tasks.find((t) => t.kind === 'pairs');
    const emoTask = tasks.find((t) => t.kind === 'emotions' && t.id.startsWith('fixtures'));
    const goTask = tasks.find((t) => t.id === 'goemotions-dev');
    const primary = isRule ? `${pairTask?.label ?? ''} · acc all` : `${emoTask?.label ?? ''} · macro-F1`;
    const secondary = isRule ? `${pairTask?.label ?? ''} · acc ${rule!.meta.dimension}` : goTask ? `${goTask.label} · macro-F1` : undefined;
    let largest: Contribution['largest'];
    for (const [metric, e] of Object.entries(deltas)) {
      if (significant(e) && (!largest || Math.abs(e.value) > Math.abs(largest.e.value))) largest = { metric, e };
    }
    const cost = isRule ? (timing.get(rule!.meta.id) ?? 0) : (signalCost.get(v.name.slice(1)) ?? Number.NaN);
    return { component: v.name.slice(1), kind: isRule ? 'rule' : 'signal', deltas, primary, secondary, largest, cost };
  }).sort((a, b) => a.kind.localeCompare(b.kind) || (b.deltas[b.primary]?.value ?? 0) - (a.deltas[a.primary]?.value ?? 0) || (b.secondary ? (b.deltas[b.secondary]?.value ?? 0) : 0) - (a.secondary ? (a.deltas[a.secondary]?.value ?? 0) : 0));
}
