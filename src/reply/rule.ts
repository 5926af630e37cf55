/**
 * What a reply rule is: metadata plus a pure `check` that reads the prepared reply and
 * returns a 0..1 score for its aspect (null when the aspect does not apply) and findings.
 * Severity defaults live in `meta` and can be overridden by options, never in check code.
 */
import type { Dimension, EmotionReport, Severity, Suggestion, Template } from '../types.ts';
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
}

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
  check(ctx: RuleContext): RuleResult;
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
  return rule;
}

/** Clamps to 0..1. */
export function unit(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
