/**
 * heard: detect customer emotion in support messages and score draft replies.
 * This is the one public entry point.
 */
export { detectEmotions } from './emotion/detect.ts';
export { scoreReply } from './reply/score-reply.ts';
export { EMOTIONS } from './lexicon/index.ts';
export { builtinRules } from './reply/builtin-rules.ts';
export { createAnalyzer, defaultRules } from './analyzer.ts';
export type { Analyzer, AnalyzerConfig } from './analyzer.ts';
export { defineRule } from './reply/rule.ts';
export type { Report as RuleReport, Rule, RuleContext, RuleMeta, RuleOptions, RuleResult } from './reply/rule.ts';
export { SIGNALS } from './emotion/engine.ts';
export type { EmotionCue, SignalName } from './emotion/engine.ts';
export type { LexiconChange, PhraseRow, ReplyListName } from './reply/lexicon.ts';
export type {
  DetectOptions, Dimension, DimensionScore, Emotion, EmotionEvidence, EmotionReport, Finding, ReplyContext, ReplyScore,
  RuleInfo, RuleLevel, RuleOptionSpec, RuleOptionValue, RuleSetting, ScoreOptions, Severity, Span, Suggestion, TeamPhrase, Template,
} from './types.ts';
