/** Shapes of the rule-set comparison harness (bench/compare.ts). */
import type { Analyzer, AnalyzerConfig } from '../../../src/index.ts';
import type { Dimension, Emotion, ReplyPair } from '../datasets.ts';

/** What a module in bench/rulesets/ exports by default. */
export interface RuleSetModule {
  /** One line: what this rule set changes and why one would compare it. */
  description: string;
  config: AnalyzerConfig;
}

export interface RuleSet extends RuleSetModule {
  name: string;
  /** What it was loaded from (a name in bench/rulesets/ or a path), to load it again in a child process. */
  source: string;
}

/** A labeled dataset the harness scores: emotions per text, a binary label per item, or reply preference pairs. */
export type Task =
  | { kind: 'emotions'; id: string; label: string; split: 'dev' | 'test' | 'other'; labels: readonly Emotion[]; items: readonly { text: string; gold: readonly Emotion[] }[] }
  | { kind: 'binary'; id: string; label: string; split: 'dev' | 'test' | 'other'; score: 'negativity' | 'empathy'; items: readonly { text: string; message?: string | undefined; positive: boolean }[] }
  | { kind: 'pairs'; id: string; label: string; split: 'dev' | 'test' | 'other'; items: readonly ReplyPair[] };

/** A task's raw outputs for one analyzer: enough to recompute every metric on any resample. */
export type Outputs =
  | { kind: 'emotions'; strengths: Float64Array; detected: Uint8Array }
  | { kind: 'binary'; scores: Float64Array }
  | { kind: 'pairs'; better: Float64Array; worse: Float64Array };

/** A metric computed on the items at `idx` (a bootstrap resample, or all items). */
export interface Metric {
  /** e.g. `macro-F1`, `F1 anger`, `AUC anger`, `acc empathy`. */
  name: string;
  /** Higher is better for every metric here. */
  compute(out: Outputs, idx: Int32Array): number;
}

export interface Estimate {
  value: number;
  /** 95% bootstrap percentile interval. */
  lo: number;
  hi: number;
}

export interface MetricRow {
  task: string;
  metric: string;
  /** One estimate per rule set, in the order given. */
  values: Estimate[];
  /** Paired bootstrap difference of each rule set against the first (the first's is 0). */
  deltas: Estimate[];
}

export type { Analyzer, Dimension };
