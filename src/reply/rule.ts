/**
 * What a reply rule is: metadata plus a pure `check` that reads the prepared reply and
 * returns a 0..1 score for its aspect (null when the aspect does not apply) and findings.
 * Severity defaults live in `meta` and can be overridden by options, never in check code.
 */
import type { Dimension, EmotionReport, RuleOptionSpec, RuleOptionValue, Severity, Suggestion, TeamPhrase, Template } from '../types.ts';
import type { ReplyDoc } from './document.ts';
import type { Facts } from './facts.ts';
import type { ReplyLexicon } from './lexicon.ts';
import type { MessageFacts } from './message.ts';

export interface RuleMeta {
  /** Kebab-case id, also the name of its doc page `docs/rules/<id>.md`. */
  id: string;
  dimension: Dimension;
  /** One line: what the rule checks. */
  description: string;
  /** Severity of its findings unless options say otherwise. */
  severity: Severity;
  /** Weight of its score within its dimension. */
  weight: number;
  /** Options a user may set (`rules: { id: [severity, { name: value }] }`), with their defaults. */
  options?: Readonly<Record<string, RuleOptionSpec>>;
}

/** A rule's options, defaults filled in and validated. */
export type RuleOptions = Readonly<Record<string, RuleOptionValue>>;

export interface RuleContext {
  doc: ReplyDoc;
  lex: ReplyLexicon;
  /** Phrase matches and other facts every rule may read, computed once. */
  facts: Facts;
  /** detectEmotions(message), when a message was given. */
  customer: EmotionReport | undefined;
  /** Specifics of the customer's message (ids, amounts, products, what they tried). */
  message: MessageFacts | undefined;
  customerName: string | undefined;
  agentName: string | undefined;
  templates: readonly Template[];
  /** The team's own banned phrases, compiled (options.phrases). */
  team: TeamPhrases | undefined;
}

/** `options.phrases` tokenized for matching. */
export interface TeamPhrases {
  phrases: readonly TeamPhrase[];
  /** Per phrase, its normalized tokens. */
  tokens: readonly (readonly string[])[];
}

/** A finding as a rule reports it; the engine adds rule id, dimension, severity and text. */
export interface Report {
  start: number;
  end: number;
  message: string;
  suggestions: Suggestion[];
  severity?: Severity;
}

export interface RuleResult {
  /** 0..1 for the rule's aspect, or null when it does not apply to this reply. */
  score: number | null;
  findings: Report[];
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext, options: RuleOptions): RuleResult;
}

const ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const DIMENSIONS = new Set<Dimension>(['empathy', 'personalization', 'positivity', 'authenticity', 'clarity', 'followup']);
const SEVERITIES = new Set<Severity>(['info', 'warning', 'error']);

/** Declares a rule, checking its metadata (a typo fails at load, not in a report). */
export function defineRule(rule: Rule): Rule {
  const m = rule.meta;
  if (!ID.test(m.id)) throw new TypeError(`heard: rule id "${m.id}" must be kebab-case`);
  if (!DIMENSIONS.has(m.dimension)) throw new TypeError(`heard: rule "${m.id}" has unknown dimension "${m.dimension}"`);
  if (!SEVERITIES.has(m.severity)) throw new TypeError(`heard: rule "${m.id}" has unknown severity "${m.severity}"`);
  if (!(m.weight > 0) || !Number.isFinite(m.weight)) throw new TypeError(`heard: rule "${m.id}" needs a positive weight`);
  if (typeof rule.check !== 'function') throw new TypeError(`heard: rule "${m.id}" needs a check function`);
  for (const [name, spec] of Object.entries(m.options ?? {})) {
    const problem = optionProblem(spec, spec.default);
    if (problem) throw new TypeError(`heard: rule "${m.id}" option "${name}": default ${problem}`);
  }
  return rule;
}

/** Clamps to 0..1. */
export function unit(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

/** Why `value` does not fit `spec`, or undefined when it does. */
export function optionProblem(spec: RuleOptionSpec, value: unknown): string | undefined {
  if (spec.type === 'number') {
    if (typeof value !== 'number' || !Number.isFinite(value)) return 'expected a number';
    if (spec.min !== undefined && value < spec.min) return `expected a number >= ${spec.min}`;
    if (spec.max !== undefined && value > spec.max) return `expected a number <= ${spec.max}`;
    return undefined;
  }
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) return 'expected an array of strings';
  return undefined;
}
