/**
 * scoreReply: how a draft reply will land, on six dimensions, with findings anchored to the
 * reply and concrete suggestions. Pure and synchronous; linear in the reply and message.
 */
import { detectWithTokens } from '../emotion/detect.ts';
import { DEFAULT_EMOTION_ENGINE, type EmotionEngine } from '../emotion/engine.ts';
import { assertString, isObject } from '../errors.ts';
import { tokenize } from '../text/tokenize.ts';
import type { Dimension, DimensionScore, EmotionReport, Finding, ReplyContext, ReplyScore, RuleLevel, RuleOptionValue, ScoreOptions, TeamPhrase, Template } from '../types.ts';
import { closingAnchor, openingAnchor } from './anchors.ts';
import { readReply } from './document.ts';
import { factsOf } from './facts.ts';
import { replyLexicon, type ReplyLexicon } from './lexicon.ts';
import { readMessage, type MessageFacts } from './message.ts';
import { optionProblem, type Rule, type RuleContext, type RuleOptions, type TeamPhrases } from './rule.ts';
import { RULES, emptyReply } from './rules/index.ts';
import { DEFAULT_WEIGHTS, DIMENSIONS, DimensionTally, overall } from './score.ts';

const LEVELS = new Set(['off', 'info', 'warning', 'error']);
const NO_RULE_OPTIONS: RuleOptions = Object.freeze({});

function checkContext(context: unknown): ReplyContext {
  if (context === undefined) return {};
  if (!isObject(context)) throw new TypeError('heard: expected context to be an object');
  for (const key of ['message', 'customerName', 'agentName'] as const) {
    if (context[key] !== undefined) assertString(context[key], `context.${key}`);
  }
  return context as ReplyContext;
}

/** Options as checked: what one call scores with. */
export interface Checked {
  weights: Record<Dimension, number>;
  templates: readonly Template[];
  levels: Record<string, RuleLevel>;
  ruleOptions: ReadonlyMap<string, RuleOptions>;
  team: TeamPhrases | undefined;
}

/** One rule as an engine runs it. */
export interface EngineRule {
  rule: Rule;
  /** Weight within its dimension (the rule's meta weight unless the analyzer set another). */
  weight: number;
}

/**
 * What a scorer runs: its rules with weights, lexicons, the learned warmth model on or off, the
 * emotion engine for the customer's message, and the defaults every call starts from.
 */
export interface ReplyEngine {
  rules: readonly EngineRule[];
  byId: ReadonlyMap<string, Rule>;
  lex: ReplyLexicon;
  warmth: boolean;
  emotion: EmotionEngine;
  base: Checked;
  /** The last customer message analyzed (see readCustomer). */
  last: { text: string; report: EmotionReport; facts: MessageFacts; shared: boolean } | undefined;
}

/** Each rule's defaults, filled in. */
export function defaultRuleOptions(rules: readonly Rule[]): ReadonlyMap<string, RuleOptions> {
  return new Map(rules.map((r) => [
    r.meta.id,
    Object.freeze(Object.fromEntries(Object.entries(r.meta.options ?? {}).map(([k, spec]) => [k, spec.default]))),
  ]));
}

export function checkRuleOptions(rule: Rule, given: unknown, defaults: RuleOptions | undefined, where: string): RuleOptions {
  const id = rule.meta.id;
  const specs = rule.meta.options ?? {};
  if (!isObject(given)) throw new TypeError(`heard: ${where}.${id}[1]: expected an object of options`);
  const out: Record<string, RuleOptionValue> = { ...defaults };
  for (const [name, value] of Object.entries(given)) {
    const spec = specs[name];
    if (!spec) {
      const known = Object.keys(specs);
      throw new TypeError(`heard: ${where}.${id}: unknown option "${name}" (${known.length ? `expected ${known.join(', ')}` : 'this rule takes no options'})`);
    }
    const problem = optionProblem(spec, value);
    if (problem) throw new TypeError(`heard: ${where}.${id}.${name}: ${problem}`);
    out[name] = Array.isArray(value) ? Object.freeze([...value as string[]]) : value as number;
  }
  return Object.freeze(out);
}

/** Compiled team phrases, kept per options.phrases array (an editor passes the same one on every keystroke). */
const teamCache = new WeakMap<readonly TeamPhrase[], TeamPhrases>();

export function checkPhrases(phrases: unknown, where = 'options.phrases'): TeamPhrases {
  if (!Array.isArray(phrases)) throw new TypeError(`heard: expected ${where} to be an array of { phrase, replacement?, message? }`);
  const hit = teamCache.get(phrases);
  if (hit) return hit;
  const tokens = phrases.map((p: unknown, i: number) => {
    if (!isObject(p) || typeof p.phrase !== 'string') throw new TypeError(`heard: ${where}[${i}]: expected { phrase: string, replacement?: string, message?: string }`);
    for (const key of ['replacement', 'message'] as const) {
      if (p[key] !== undefined && typeof p[key] !== 'string') throw new TypeError(`heard: ${where}[${i}].${key}: expected a string`);
    }
    const words = tokenize(p.phrase).map((t) => t.norm);
    if (words.length === 0) throw new TypeError(`heard: ${where}[${i}].phrase: expected at least one word`);
    return words;
  });
  const team = { phrases: phrases as TeamPhrase[], tokens };
  teamCache.set(phrases, team);
  return team;
}

/**
 * Checks score options (of a call, or of createAnalyzer with where = 'config') on top of `base`;
 * returns `base` itself when there are none.
 */
export function checkOptions(options: unknown, engine: Pick<ReplyEngine, 'byId'>, base: Checked, where = 'options'): Checked {
  if (options === undefined) return base;
  if (!isObject(options)) throw new TypeError(`heard: expected ${where} to be an object`);
  const weights = { ...base.weights };
  if (options.weights !== undefined) {
    if (!isObject(options.weights)) throw new TypeError(`heard: expected ${where}.weights to be an object`);
    for (const [k, v] of Object.entries(options.weights)) {
      if (!DIMENSIONS.includes(k as Dimension)) throw new TypeError(`heard: ${where}.weights.${k}: unknown dimension (expected one of ${DIMENSIONS.join(', ')})`);
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new TypeError(`heard: ${where}.weights.${k}: expected a number >= 0`);
      weights[k as Dimension] = v;
    }
  }
  let templates = base.templates;
  if (options.templates !== undefined) {
    if (!Array.isArray(options.templates)) throw new TypeError(`heard: expected ${where}.templates to be an array of { name, text }`);
    options.templates.forEach((t: unknown, i: number) => {
      if (!isObject(t) || typeof t.name !== 'string' || typeof t.text !== 'string') {
        throw new TypeError(`heard: ${where}.templates[${i}]: expected { name: string, text: string }`);
      }
    });
    templates = options.templates as Template[];
  }
  let levels = base.levels;
  let ruleOptions = base.ruleOptions;
  if (options.rules !== undefined) {
    if (!isObject(options.rules)) throw new TypeError(`heard: expected ${where}.rules to be an object of rule id -> "off" | "info" | "warning" | "error" | [level, options]`);
    levels = { ...base.levels };
    for (const [id, setting] of Object.entries(options.rules)) {
      const rule = engine.byId.get(id);
      if (!rule) throw new TypeError(`heard: ${where}.rules: unknown rule "${id}"`);
      const level = Array.isArray(setting) ? setting[0] : setting;
      if (typeof level !== 'string' || !LEVELS.has(level)) throw new TypeError(`heard: ${where}.rules.${id}: expected "off", "info", "warning", "error" or [level, options]`);
      levels[id] = level as RuleLevel;
      if (Array.isArray(setting) && setting.length > 1) {
        if (ruleOptions === base.ruleOptions) ruleOptions = new Map(base.ruleOptions);
        (ruleOptions as Map<string, RuleOptions>).set(id, checkRuleOptions(rule, setting[1], base.ruleOptions.get(id), `${where}.rules`));
      }
    }
  }
  const team = options.phrases === undefined ? base.team : checkPhrases(options.phrases, `${where}.phrases`);
  return { weights, templates, levels, ruleOptions, team };
}

/** The default engine: every built-in rule, the shipped lexicons and models. Built on first use. */
let defaultEngine: ReplyEngine | undefined;

export function builtinEngine(): ReplyEngine {
  if (!defaultEngine) {
    defaultEngine = {
      rules: RULES.map((rule) => ({ rule, weight: rule.meta.weight })),
      byId: new Map(RULES.map((r) => [r.meta.id, r])),
      lex: replyLexicon(),
      warmth: true,
      emotion: DEFAULT_EMOTION_ENGINE,
      base: Object.freeze({ weights: DEFAULT_WEIGHTS as Record<Dimension, number>, templates: [], levels: {}, ruleOptions: defaultRuleOptions(RULES), team: undefined }),
      last: undefined,
    };
  }
  return defaultEngine;
}

/**
 * The customer's message, analyzed once per distinct message: an editor re-scores the draft on
 * every keystroke against the same message, so the last one is kept (one entry per engine, no
 * growth). When a second result shares the report, it is frozen first (once), so no caller can
 * change another caller's result.
 */
function readCustomer(engine: ReplyEngine, message: string): { report: EmotionReport; facts: MessageFacts } {
  const hit = engine.last;
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
  const { report, ctx } = detectWithTokens(message, engine.emotion);
  engine.last = { text: message, report, facts: readMessage(message, ctx?.tokens ?? [], ctx?.infos ?? [], report), shared: false };
  return engine.last;
}

/**
 * Each engine rule's level and options under one Checked, looked up once: `levels[id]` with
 * a different id per rule is a megamorphic keyed load, and it ran 19 times per call. Only the
 * engine's own defaults are kept (a call with options gets a fresh Checked each time); an
 * entry is used only while the rule still has the id it was looked up by.
 */
interface Plan {
  rules: readonly EngineRule[];
  ids: string[];
  levels: (RuleLevel | undefined)[];
  options: RuleOptions[];
}
const plans = new WeakMap<Checked, Plan>();

function planOf(rules: readonly EngineRule[], checked: Checked): Plan {
  let plan = plans.get(checked);
  if (plan?.rules === rules) return plan;
  plan = { rules, ids: [], levels: [], options: [] };
  for (const { rule } of rules) {
    const id = rule.meta.id;
    plan.ids.push(id);
    plan.levels.push(checked.levels[id]);
    plan.options.push(checked.ruleOptions.get(id) ?? NO_RULE_OPTIONS);
  }
  plans.set(checked, plan);
  return plan;
}

/** Index of a dimension in DIMENSIONS, without a keyed load. */
function dimensionIndex(d: Dimension): number {
  switch (d) {
    case 'empathy': return 0;
    case 'personalization': return 1;
    case 'positivity': return 2;
    case 'authenticity': return 3;
    case 'clarity': return 4;
    case 'followup': return 5;
    default: return -1;
  }
}

/** Sorts findings by start, end, rule id: insertion sort for the usual handful (stable, as Array#sort is). */
function sortFindings(list: Finding[]): void {
  if (list.length > 32) {
    list.sort(findingOrder);
    return;
  }
  for (let i = 1; i < list.length; i++) {
    const x = list[i]!;
    let j = i - 1;
    while (j >= 0 && findingOrder(list[j]!, x) > 0) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = x;
  }
}

function findingOrder(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
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
  return scoreWith(builtinEngine(), reply, context, options);
}

/** scoreReply with an engine (createAnalyzer). */
export function scoreWith(engine: ReplyEngine, reply: string, context?: ReplyContext, options?: ScoreOptions): ReplyScore {
  assertString(reply, 'reply');
  const ctxIn = checkContext(context);
  const opts = checkOptions(options, engine, engine.base);
  shapeAnchor ??= anchorShapes();
  return score(engine, reply, ctxIn, opts).result;
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

/**
 * The anchor's objects: the scored anchor reply (result and rule context) and what score()
 * itself creates and drops on every call: a dimension tally holding a fractional sum (its
 * shape after the first add) and the frozen spans of the anchors (src/reply/anchors.ts). With
 * none of those alive, every full GC dropped their shapes and deoptimized score(), the tally
 * code and the rules that read an anchor.
 */
function anchorShapes(): unknown {
  const scored = score(builtinEngine(), ANCHOR_REPLY, { message: ANCHOR_MESSAGE, customerName: 'Maria' }, { ...builtinEngine().base, templates: [{ name: 'anchor', text: ANCHOR_REPLY }] });
  const tally = new DimensionTally();
  tally.add(0.85, 1.5);
  return { scored, tally, spans: [openingAnchor(scored.ctx.doc), closingAnchor(scored.ctx.doc)] };
}

function score(engine: ReplyEngine, reply: string, ctxIn: ReplyContext, checked: Checked): { result: ReplyScore; ctx: RuleContext } {
  const { weights, templates, levels, ruleOptions, team } = checked;
  const read = ctxIn.message !== undefined ? readCustomer(engine, ctxIn.message) : undefined;
  const customer = read?.report;
  const doc = readReply(reply);
  const lex = engine.lex;
  const ctx: RuleContext = {
    doc,
    lex,
    facts: factsOf(doc, lex, engine.warmth),
    customer,
    message: read?.facts,
    customerName: ctxIn.customerName,
    agentName: ctxIn.agentName,
    templates,
    team,
  };
  const findings: Finding[] = [];
  // In DIMENSIONS order.
  const tallies = [new DimensionTally(), new DimensionTally(), new DimensionTally(), new DimensionTally(), new DimensionTally(), new DimensionTally()];
  if (doc.tokens.length === 0) {
    const empty = engine.byId.get(emptyReply.meta.id);
    if (empty && levels[empty.meta.id] !== 'off') run(empty, ctx, levels[empty.meta.id], ruleOptions.get(empty.meta.id)!, reply, findings);
    for (const t of tallies) t.add(0, 1);
  } else {
    const rules = engine.rules;
    const plan = checked === engine.base ? planOf(rules, checked) : undefined;
    for (let i = 0; i < rules.length; i++) {
      const { rule, weight } = rules[i]!;
      const id = rule.meta.id;
      const known = plan !== undefined && plan.ids[i] === id;
      const level = known ? plan.levels[i] : levels[id];
      if (level === 'off') continue;
      const score = run(rule, ctx, level, known ? plan.options[i]! : (ruleOptions.get(id) ?? NO_RULE_OPTIONS), reply, findings);
      if (score !== null) tallies[dimensionIndex(rule.meta.dimension)]!.add(score, weight);
    }
  }
  sortFindings(findings);
  // One pass over the findings; records built as literals (one shape each).
  const by: Record<Dimension, Finding[]> = { empathy: [], personalization: [], positivity: [], authenticity: [], clarity: [], followup: [] };
  for (const f of findings) by[f.dimension].push(f);
  const scores: Record<Dimension, number> = {
    empathy: tallies[0]!.score(), personalization: tallies[1]!.score(), positivity: tallies[2]!.score(),
    authenticity: tallies[3]!.score(), clarity: tallies[4]!.score(), followup: tallies[5]!.score(),
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
