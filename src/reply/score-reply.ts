/**
 * scoreReply: how a draft reply will land, on six dimensions, with findings anchored to the
 * reply and concrete suggestions. Pure and synchronous; linear in the reply and message.
 */
import { detectWithTokens } from '../emotion/detect.ts';
import { assertString } from '../errors.ts';
import { tokenize } from '../text/tokenize.ts';
import type { Dimension, DimensionScore, EmotionReport, Finding, ReplyContext, ReplyScore, RuleLevel, RuleOptionValue, ScoreOptions, TeamPhrase, Template } from '../types.ts';
import { readReply } from './document.ts';
import { factsOf } from './facts.ts';
import { replyLexicon } from './lexicon.ts';
import { readMessage, type MessageFacts } from './message.ts';
import { optionProblem, type Rule, type RuleContext, type RuleOptions, type TeamPhrases } from './rule.ts';
import { RULES, emptyReply } from './rules/index.ts';
import { DEFAULT_WEIGHTS, DIMENSIONS, DimensionTally, overall } from './score.ts';

const LEVELS = new Set(['off', 'info', 'warning', 'error']);
const RULE_BY_ID = new Map(RULES.map((r) => [r.meta.id, r]));

function isObject(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === 'object' && !Array.isArray(x);
}

function checkContext(context: unknown): ReplyContext {
  if (context === undefined) return {};
  if (!isObject(context)) throw new TypeError('heard: expected context to be an object');
  for (const key of ['message', 'customerName', 'agentName'] as const) {
    if (context[key] !== undefined) assertString(context[key], `context.${key}`);
  }
  return context as ReplyContext;
}

/** Each rule's defaults, filled in once. */
const DEFAULT_RULE_OPTIONS: ReadonlyMap<string, RuleOptions> = new Map(RULES.map((r) => [
  r.meta.id,
  Object.freeze(Object.fromEntries(Object.entries(r.meta.options ?? {}).map(([k, spec]) => [k, spec.default]))),
]));

interface Checked {
  weights: Record<Dimension, number>;
  templates: readonly Template[];
  levels: Record<string, RuleLevel>;
  ruleOptions: ReadonlyMap<string, RuleOptions>;
  team: TeamPhrases | undefined;
}

/** The options of a call that passes none (read only). */
const NO_OPTIONS: Checked = Object.freeze({ weights: DEFAULT_WEIGHTS as Record<Dimension, number>, templates: [], levels: {}, ruleOptions: DEFAULT_RULE_OPTIONS, team: undefined });

function checkRuleOptions(id: string, given: unknown): RuleOptions {
  const rule = RULE_BY_ID.get(id)!;
  const specs = rule.meta.options ?? {};
  if (!isObject(given)) throw new TypeError(`heard: options.rules.${id}[1]: expected an object of options`);
  const out: Record<string, RuleOptionValue> = { ...DEFAULT_RULE_OPTIONS.get(id) };
  for (const [name, value] of Object.entries(given)) {
    const spec = specs[name];
    if (!spec) {
      const known = Object.keys(specs);
      throw new TypeError(`heard: options.rules.${id}: unknown option "${name}" (${known.length ? `expected ${known.join(', ')}` : 'this rule takes no options'})`);
    }
    const problem = optionProblem(spec, value);
    if (problem) throw new TypeError(`heard: options.rules.${id}.${name}: ${problem}`);
    out[name] = Array.isArray(value) ? Object.freeze([...value as string[]]) : value as number;
  }
  return Object.freeze(out);
}

/** Compiled team phrases, kept per options.phrases array (an editor passes the same one on every keystroke). */
const teamCache = new WeakMap<readonly TeamPhrase[], TeamPhrases>();

function checkPhrases(phrases: unknown): TeamPhrases {
  if (!Array.isArray(phrases)) throw new TypeError('heard: expected options.phrases to be an array of { phrase, replacement?, message? }');
  const hit = teamCache.get(phrases);
  if (hit) return hit;
  const tokens = phrases.map((p: unknown, i: number) => {
    if (!isObject(p) || typeof p.phrase !== 'string') throw new TypeError(`heard: options.phrases[${i}]: expected { phrase: string, replacement?: string, message?: string }`);
    for (const key of ['replacement', 'message'] as const) {
      if (p[key] !== undefined && typeof p[key] !== 'string') throw new TypeError(`heard: options.phrases[${i}].${key}: expected a string`);
    }
    const words = tokenize(p.phrase).map((t) => t.norm);
    if (words.length === 0) throw new TypeError(`heard: options.phrases[${i}].phrase: expected at least one word`);
    return words;
  });
  const team = { phrases: phrases as TeamPhrase[], tokens };
  teamCache.set(phrases, team);
  return team;
}

function checkOptions(options: unknown): Checked {
  if (options === undefined) return NO_OPTIONS;
  if (!isObject(options)) throw new TypeError('heard: expected options to be an object');
  const weights = { ...DEFAULT_WEIGHTS };
  if (options.weights !== undefined) {
    if (!isObject(options.weights)) throw new TypeError('heard: expected options.weights to be an object');
    for (const [k, v] of Object.entries(options.weights)) {
      if (!DIMENSIONS.includes(k as Dimension)) throw new TypeError(`heard: options.weights.${k}: unknown dimension (expected one of ${DIMENSIONS.join(', ')})`);
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new TypeError(`heard: options.weights.${k}: expected a number >= 0`);
      weights[k as Dimension] = v;
    }
  }
  let templates: readonly Template[] = [];
  if (options.templates !== undefined) {
    if (!Array.isArray(options.templates)) throw new TypeError('heard: expected options.templates to be an array of { name, text }');
    options.templates.forEach((t: unknown, i: number) => {
      if (!isObject(t) || typeof t.name !== 'string' || typeof t.text !== 'string') {
        throw new TypeError(`heard: options.templates[${i}]: expected { name: string, text: string }`);
      }
    });
    templates = options.templates as Template[];
  }
  const levels: Record<string, RuleLevel> = {};
  let ruleOptions = DEFAULT_RULE_OPTIONS;
  if (options.rules !== undefined) {
    if (!isObject(options.rules)) throw new TypeError('heard: expected options.rules to be an object of rule id -> "off" | "info" | "warning" | "error" | [level, options]');
    for (const [id, setting] of Object.entries(options.rules)) {
      if (!RULE_BY_ID.has(id)) throw new TypeError(`heard: options.rules: unknown rule "${id}"`);
      const level = Array.isArray(setting) ? setting[0] : setting;
      if (typeof level !== 'string' || !LEVELS.has(level)) throw new TypeError(`heard: options.rules.${id}: expected "off", "info", "warning", "error" or [level, options]`);
      levels[id] = level as RuleLevel;
      if (Array.isArray(setting) && setting.length > 1) {
        if (ruleOptions === DEFAULT_RULE_OPTIONS) ruleOptions = new Map(DEFAULT_RULE_OPTIONS);
        (ruleOptions as Map<string, RuleOptions>).set(id, checkRuleOptions(id, setting[1]));
      }
    }
  }
  const team = options.phrases === undefined ? undefined : checkPhrases(options.phrases);
  return { weights, templates, levels, ruleOptions, team };
}

/**
 * The customer's message, analyzed once per distinct message: an editor re-scores the draft on
 * every keystroke against the same message, so the last one is kept (one entry, no growth).
 * When a second result shares the report, it is frozen first (once), so no caller can change
 * another caller's result.
 */
let lastMessage: { text: string; report: EmotionReport; facts: MessageFacts; shared: boolean } | undefined;

function readCustomer(message: string): { report: EmotionReport; facts: MessageFacts } {
  const hit = lastMessage;
  if (hit?.text === message) {
    if (!hit.shared) {
      for (const ev of hit.report.evidence) Object.freeze(ev);
      Object.freeze(hit.report.evidence);
      Object.freeze(hit.report.detected);
      Object.freeze(hit.report.emotions);
      Object.freeze(hit.report);
      hit.shared = true;
    }
    return hit;
  }
  const { report, ctx } = detectWithTokens(message);
  lastMessage = { text: message, report, facts: readMessage(message, ctx?.tokens ?? [], ctx?.infos ?? []), shared: false };
  return lastMessage;
}

function run(rule: Rule, ctx: RuleContext, level: RuleLevel | undefined, options: RuleOptions, text: string, findings: Finding[]): number | null {
  const result = rule.check(ctx, options);
  for (const r of result.findings) {
    findings.push({
      start: r.start,
      end: r.end,
      ruleId: rule.meta.id,
      dimension: rule.meta.dimension,
      severity: level && level !== 'off' ? level : (r.severity ?? rule.meta.severity),
      message: r.message,
      text: text.slice(r.start, r.end),
      suggestions: r.suggestions,
    });
  }
  return result.score;
}

/**
 * Scores `reply` on empathy, personalization, positivity, authenticity, clarity and
 * follow-up (0..100 each, higher is better), judged against the customer's message when
 * one is given.
 */
export function scoreReply(reply: string, context?: ReplyContext, options?: ScoreOptions): ReplyScore {
  assertString(reply, 'reply');
  const ctxIn = checkContext(context);
  const opts = checkOptions(options);
  shapeAnchor ??= score(ANCHOR_REPLY, { message: ANCHOR_MESSAGE, customerName: 'Maria' }, { ...opts, templates: [{ name: 'anchor', text: ANCHOR_REPLY }] });
  return score(reply, ctxIn, opts).result;
}

/**
 * A fixed reply and message that exercise every rule, scored once and kept: as for
 * detectEmotions (see SHAPE_ANCHOR_TEXT in src/emotion/detect.ts), one live set of the
 * pipeline's objects keeps V8 from dropping their shapes, and deoptimizing this code, at
 * each full garbage collection. Holds no caller data.
 */
const ANCHOR_MESSAGE = "I've waited three weeks for my refund on order #48213 and I'm furious!!! I already tried my Visa card.";
const ANCHOR_REPLY =
  'Dear customer,\n\nWe apologize for any inconvenience. Unfortunately, as I said, your refund was delayed and escalated to tier 2. ' +
  "I'm so sorry you've had to wait three weeks. I'll refund order #48213 by Friday; please sign in, go to Billing, tap Refunds and select Visa. " +
  "Hi {{first_name}, just reply here if it hasn't arrived.\n\nBest,\nSam";
let shapeAnchor: unknown;

function score(reply: string, ctxIn: ReplyContext, { weights, templates, levels, ruleOptions, team }: Checked): { result: ReplyScore; ctx: RuleContext } {
  const read = ctxIn.message !== undefined ? readCustomer(ctxIn.message) : undefined;
  const customer = read?.report;
  const doc = readReply(reply);
  const lex = replyLexicon();
  const ctx: RuleContext = {
    doc,
    lex,
    facts: factsOf(doc, lex),
    customer,
    message: read?.facts,
    customerName: ctxIn.customerName,
    agentName: ctxIn.agentName,
    templates,
    team,
  };
  const findings: Finding[] = [];
  const tallies: Record<Dimension, DimensionTally> = {
    empathy: new DimensionTally(), personalization: new DimensionTally(), positivity: new DimensionTally(),
    authenticity: new DimensionTally(), clarity: new DimensionTally(), followup: new DimensionTally(),
  };
  if (doc.tokens.length === 0) {
    if (levels[emptyReply.meta.id] !== 'off') run(emptyReply, ctx, levels[emptyReply.meta.id], ruleOptions.get(emptyReply.meta.id)!, reply, findings);
    for (const d of DIMENSIONS) tallies[d].add(0, 1);
  } else {
    for (const rule of RULES) {
      const level = levels[rule.meta.id];
      if (level === 'off') continue;
      const score = run(rule, ctx, level, ruleOptions.get(rule.meta.id)!, reply, findings);
      if (score !== null) tallies[rule.meta.dimension].add(score, rule.meta.weight);
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  // One pass over the findings; records built as literals (one shape each).
  const by: Record<Dimension, Finding[]> = { empathy: [], personalization: [], positivity: [], authenticity: [], clarity: [], followup: [] };
  for (const f of findings) by[f.dimension].push(f);
  const scores: Record<Dimension, number> = {
    empathy: tallies.empathy.score(), personalization: tallies.personalization.score(), positivity: tallies.positivity.score(),
    authenticity: tallies.authenticity.score(), clarity: tallies.clarity.score(), followup: tallies.followup.score(),
  };
  const dimensions: Record<Dimension, DimensionScore> = {
    empathy: { score: scores.empathy, findings: by.empathy },
    personalization: { score: scores.personalization, findings: by.personalization },
    positivity: { score: scores.positivity, findings: by.positivity },
    authenticity: { score: scores.authenticity, findings: by.authenticity },
    clarity: { score: scores.clarity, findings: by.clarity },
    followup: { score: scores.followup, findings: by.followup },
  };
  const result: ReplyScore = { score: overall(scores, weights), dimensions, findings };
  if (customer) result.customer = customer;
  return { result, ctx };
}
