/**
 * createAnalyzer: detectEmotions and scoreReply built from an explicit configuration (which
 * signals and rules run, their options and weights, extra or replaced lexicons, thresholds,
 * dimension weights, templates). The configuration is validated once, here; calls then run the
 * same code as the top-level functions, which are createAnalyzer() with the defaults.
 */
import { detectWith } from './emotion/detect.ts';
import { ALL_SIGNALS, DEFAULT_EMOTION_ENGINE, SIG, SIGNALS, type EmotionCue, type EmotionEngine, type SignalName } from './emotion/engine.ts';
import { isObject } from './errors.ts';
import { EMOTIONS } from './lexicon/index.ts';
import { changedReplyLexicon, type LexiconChange, type ReplyListName } from './reply/lexicon.ts';
import { PhraseIndex } from './reply/phrases.ts';
import { defineRule, type Rule } from './reply/rule.ts';
import { RULES } from './reply/rules/index.ts';
import { builtinEngine, checkOptions, defaultRuleOptions, scoreWith, type ReplyEngine } from './reply/score-reply.ts';
import { tokenize } from './text/tokenize.ts';
import type { DetectOptions, Dimension, Emotion, EmotionReport, ReplyContext, ReplyScore, RuleInfo, RuleSetting, ScoreOptions, TeamPhrase, Template } from './types.ts';

export interface AnalyzerConfig {
  /** detectEmotions: signals to turn off (`{ model: false, negation: false }`); all run by default. */
  signals?: Partial<Record<SignalName, boolean>>;
  /** detectEmotions: decision thresholds (0..1) replacing the calibrated ones. */
  thresholds?: Partial<Record<Emotion, number>>;
  /** detectEmotions: extra cue phrases, `{ phrase, emotion, weight }` (weight on the logit scale, like lexicons/emotion/). */
  cues?: readonly EmotionCue[];
  /** scoreReply: the rules that run (default `defaultRules`); add your own made with `defineRule`. */
  ruleSet?: readonly Rule[];
  /** scoreReply: level and options per rule id, as in ScoreOptions.rules. */
  rules?: Readonly<Record<string, RuleSetting>>;
  /** scoreReply: weight of a rule within its dimension, by id (default: the rule's meta.weight). */
  ruleWeights?: Readonly<Record<string, number>>;
  /** scoreReply: dimension weights of the overall score. */
  weights?: Partial<Record<Dimension, number>>;
  /** scoreReply: the team's macros, for no-template-copy. */
  templates?: readonly Template[];
  /** scoreReply: the team's banned phrases (team-phrases). */
  phrases?: readonly TeamPhrase[];
  /** scoreReply: changes to the reply phrase lists (canned, jargon, negative, blame, acknowledgement, commitments). */
  lexicons?: Partial<Record<ReplyListName, LexiconChange>>;
  /** scoreReply: the learned warmth model (lexicons/learned/empathy.tsv); on by default. */
  warmth?: boolean;
}

export interface Analyzer {
  detectEmotions(text: string, options?: DetectOptions): EmotionReport;
  scoreReply(reply: string, context?: ReplyContext, options?: ScoreOptions): ReplyScore;
  /** The rules this analyzer runs, in order. */
  readonly rules: readonly RuleInfo[];
  /** The signals this analyzer's detectEmotions runs. */
  readonly signals: readonly SignalName[];
}

const KEYS = ['signals', 'thresholds', 'cues', 'ruleSet', 'rules', 'ruleWeights', 'weights', 'templates', 'phrases', 'lexicons', 'warmth'];

const fail = (key: string, what: string): never => {
  throw new TypeError(`heard: createAnalyzer: ${key}: ${what}`);
};

const words = (s: string): string[] => tokenize(s).map((t) => t.norm);

/** The emotion engine a config describes (also used by bench/ for per-signal timing). */
export function emotionEngine(c: AnalyzerConfig): EmotionEngine {
  if (c.signals === undefined && c.thresholds === undefined && c.cues === undefined) return DEFAULT_EMOTION_ENGINE;
  let signals = ALL_SIGNALS;
  if (c.signals !== undefined) {
    if (!isObject(c.signals)) fail('signals', 'expected an object of signal -> boolean');
    for (const [name, on] of Object.entries(c.signals!)) {
      if (!(SIGNALS as readonly string[]).includes(name)) fail(`signals.${name}`, `unknown signal (expected one of ${SIGNALS.join(', ')})`);
      if (typeof on !== 'boolean') fail(`signals.${name}`, 'expected true or false');
      if (!on) signals &= ~SIG[name as SignalName];
    }
  }
  let thresholds: (number | undefined)[] | undefined;
  if (c.thresholds !== undefined) {
    if (!isObject(c.thresholds)) fail('thresholds', 'expected an object of emotion -> 0..1');
    thresholds = EMOTIONS.map(() => undefined);
    for (const [e, v] of Object.entries(c.thresholds!)) {
      const k = EMOTIONS.indexOf(e as Emotion);
      if (k < 0) fail(`thresholds.${e}`, `unknown emotion (expected one of ${EMOTIONS.join(', ')})`);
      if (typeof v !== 'number' || !(v >= 0 && v <= 1)) fail(`thresholds.${e}`, 'expected a number from 0 to 1');
      thresholds[k] = v;
    }
  }
  let cues: PhraseIndex<EmotionCue> | undefined;
  if (c.cues !== undefined) {
    if (!Array.isArray(c.cues)) fail('cues', 'expected an array of { phrase, emotion, weight }');
    cues = new PhraseIndex(c.cues.map((cue: unknown, i: number) => {
      if (!isObject(cue) || typeof cue.phrase !== 'string') return fail(`cues[${i}]`, 'expected { phrase: string, emotion, weight }');
      if (!EMOTIONS.includes(cue.emotion as Emotion)) fail(`cues[${i}].emotion`, `expected one of ${EMOTIONS.join(', ')}`);
      if (typeof cue.weight !== 'number' || !Number.isFinite(cue.weight) || Math.abs(cue.weight) > 10) fail(`cues[${i}].weight`, 'expected a number from -10 to 10');
      const tokens = words(cue.phrase);
      if (tokens.length === 0) fail(`cues[${i}].phrase`, 'expected at least one word');
      return { tokens, data: { phrase: cue.phrase, emotion: cue.emotion as Emotion, weight: cue.weight as number } };
    }));
  }
  return Object.freeze({ signals, thresholds, cues });
}

function replyEngine(c: AnalyzerConfig, emotion: EmotionEngine): ReplyEngine {
  const plain = c.ruleSet === undefined && c.rules === undefined && c.ruleWeights === undefined && c.weights === undefined &&
    c.templates === undefined && c.phrases === undefined && c.lexicons === undefined && c.warmth === undefined;
  const builtin = builtinEngine();
  if (plain && emotion === DEFAULT_EMOTION_ENGINE) return builtin;
  let rules: readonly Rule[] = RULES;
  if (c.ruleSet !== undefined) {
    if (!Array.isArray(c.ruleSet)) fail('ruleSet', 'expected an array of rules (see defineRule)');
    const seen = new Set<string>();
    rules = c.ruleSet.map((r: unknown, i: number) => {
      if (!isObject(r) || !isObject(r.meta)) return fail(`ruleSet[${i}]`, 'expected a rule made with defineRule: { meta, check }');
      let rule: Rule;
      try {
        rule = defineRule(r as unknown as Rule);
      } catch (err) {
        return fail(`ruleSet[${i}]`, (err as Error).message.replace(/^heard: /, ''));
      }
      if (seen.has(rule.meta.id)) fail(`ruleSet[${i}]`, `duplicate rule id "${rule.meta.id}"`);
      seen.add(rule.meta.id);
      return rule;
    });
  }
  const byId = new Map(rules.map((r) => [r.meta.id, r]));
  const weightOf = new Map<string, number>();
  if (c.ruleWeights !== undefined) {
    if (!isObject(c.ruleWeights)) fail('ruleWeights', 'expected an object of rule id -> weight');
    for (const [id, w] of Object.entries(c.ruleWeights!)) {
      if (!byId.has(id)) fail(`ruleWeights.${id}`, 'unknown rule (not in ruleSet)');
      if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) fail(`ruleWeights.${id}`, 'expected a number >= 0');
      weightOf.set(id, w as number);
    }
  }
  if (c.warmth !== undefined && typeof c.warmth !== 'boolean') fail('warmth', 'expected true or false');
  let lex = builtin.lex;
  if (c.lexicons !== undefined) {
    if (!isObject(c.lexicons)) fail('lexicons', 'expected an object of list -> { add?, remove?, replace? }');
    lex = changedReplyLexicon(c.lexicons as Partial<Record<ReplyListName, LexiconChange>>, words, 'createAnalyzer: lexicons');
  }
  const partial = { byId };
  const empty = { weights: builtin.base.weights, templates: [], levels: {}, ruleOptions: defaultRuleOptions(rules), team: undefined };
  const options: Record<string, unknown> = {};
  for (const k of ['rules', 'weights', 'templates', 'phrases'] as const) if (c[k] !== undefined) options[k] = c[k];
  const base = checkOptions(options, partial, empty, 'createAnalyzer');
  return {
    rules: rules.map((rule) => ({ rule, weight: weightOf.get(rule.meta.id) ?? rule.meta.weight })),
    byId,
    lex,
    warmth: c.warmth ?? true,
    emotion,
    base,
    last: undefined,
  };
}

/**
 * An analyzer built from `config` (validated now: a mistake throws a `heard: createAnalyzer:`
 * TypeError naming the key). `createAnalyzer()` gives the defaults, the same as the top-level
 * detectEmotions and scoreReply.
 */
export function createAnalyzer(config: AnalyzerConfig = {}): Analyzer {
  if (!isObject(config)) throw new TypeError('heard: createAnalyzer: expected a config object');
  for (const key of Object.keys(config)) if (!KEYS.includes(key)) fail(key, `unknown key (expected one of ${KEYS.join(', ')})`);
  const emotion = emotionEngine(config);
  const reply = replyEngine(config, emotion);
  const rules = Object.freeze(reply.rules.map(({ rule: { meta } }) => Object.freeze({
    id: meta.id, dimension: meta.dimension, description: meta.description, severity: meta.severity, options: Object.freeze({ ...meta.options }),
  })));
  const signals = Object.freeze(SIGNALS.filter((s) => emotion.signals & SIG[s]));
  return Object.freeze({
    detectEmotions: (text: string, options?: DetectOptions) => detectWith(emotion, text, options),
    scoreReply: (replyText: string, context?: ReplyContext, options?: ScoreOptions) => scoreWith(reply, replyText, context, options),
    rules,
    signals,
  });
}

/** The built-in reply rules as values (meta and check), to build a rule set from. */
export const defaultRules: readonly Rule[] = Object.freeze([...RULES]);
