/** The six customer emotions heard detects. */
export type Emotion = 'frustration' | 'anger' | 'anxiety' | 'confusion' | 'urgency' | 'gratitude';

/** A range of the input: UTF-16 code unit offsets, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** One thing in the text that moved one emotion, and by how much. */
export interface EmotionEvidence extends Span {
  emotion: Emotion;
  /** Always `input.slice(start, end)`. */
  text: string;
  /** Contribution on the logit scale: positive raises the emotion, negative lowers it. */
  weight: number;
  /** Which signal produced it, e.g. `lexicon:frustration`, `signal:caps`, `model:goemotions`. */
  source: string;
}

export interface EmotionReport {
  /** Strength 0..1 for every emotion (a calibrated probability-like score). */
  emotions: Record<Emotion, number>;
  /** Emotions at or above their decision threshold, strongest first. */
  detected: Emotion[];
  /** `detected[0] ?? null`. */
  primary: Emotion | null;
  /** 0..1: how emotionally charged the message is overall. */
  intensity: number;
  /** What caused each emotion, sorted by start. */
  evidence: EmotionEvidence[];
}

export interface DetectOptions {
  /**
   * Decision thresholds per emotion (0..1) replacing the defaults, for callers that
   * prefer precision or recall.
   */
  thresholds?: Partial<Record<Emotion, number>>;
  /** Include model evidence (learned word weights) whose |weight| is at least this. Default 0.4. */
  minEvidenceWeight?: number;
}

/** The six dimensions a reply is scored on. Higher is better on every one. */
export type Dimension = 'empathy' | 'personalization' | 'positivity' | 'authenticity' | 'clarity' | 'followup';

export type Severity = 'info' | 'warning' | 'error';

/** A way to fix a finding: what to do, and where a safe rewrite exists, the text that replaces the finding's span. */
export interface Suggestion {
  message: string;
  /** Replaces `reply.slice(finding.start, finding.end)`; `''` deletes it. */
  replacement?: string;
}

/** Something in a reply to change, or the best place to add what is missing. */
export interface Finding extends Span {
  /** The rule that reported it, e.g. `no-canned-phrases`. */
  ruleId: string;
  dimension: Dimension;
  severity: Severity;
  /** What is wrong or missing, and why it matters. */
  message: string;
  /** Always `reply.slice(start, end)`. */
  text: string;
  /** At least one for every problem; a `replacement` where a safe rewrite exists. */
  suggestions?: Suggestion[];
}

export interface ReplyContext {
  /** The customer's message the reply answers. */
  message?: string | undefined;
  /** The customer's name, to check the greeting and the name used. */
  customerName?: string | undefined;
  /** The agent's name (not mistaken for the customer's in a sign-off). */
  agentName?: string | undefined;
}

export interface DimensionScore {
  /** 0..100. */
  score: number;
  findings: Finding[];
}

export interface ReplyScore {
  /** 0..100 overall: the weighted mean of the dimension scores. */
  score: number;
  dimensions: Record<Dimension, DimensionScore>;
  /** All findings, sorted by start. */
  findings: Finding[];
  /** `detectEmotions(context.message)` when a message was given. */
  customer?: EmotionReport;
}

/** A known reply template (a team's macro), to report replies that copy it. */
export interface Template {
  /** How findings name it: a title, file name or id. */
  name: string;
  text: string;
}

export interface ScoreOptions {
  /** Weight of each dimension in the overall score (defaults in docs/scoring.md). */
  weights?: Partial<Record<Dimension, number>>;
  /** The team's own templates: a reply that is a near-copy of one is reported with its name. */
  templates?: readonly Template[];
  /**
   * Rules to turn off, or whose findings get another severity, by rule id; a pair sets the
   * rule's options too: `{ 'sentence-length': ['warning', { max: 25 }] }`.
   */
  rules?: Readonly<Record<string, RuleSetting>>;
  /** The team's own banned phrases and preferred wording, reported by the `team-phrases` rule. */
  phrases?: readonly TeamPhrase[];
}

export type RuleLevel = 'off' | Severity;
export type RuleOptionValue = number | readonly string[];
/** A rule's level, or its level and options. */
export type RuleSetting = RuleLevel | readonly [RuleLevel, Readonly<Record<string, RuleOptionValue>>];

/** An option a rule accepts. */
export type RuleOptionSpec =
  | { type: 'number'; default: number; min?: number; max?: number; description: string }
  | { type: 'strings'; default: readonly string[]; description: string };

/** A phrase the team does not want in replies, with what to write instead. */
export interface TeamPhrase {
  /** Matched by words, case-insensitively: "per our policy". */
  phrase: string;
  /** The preferred wording; offered as a safe replacement. */
  replacement?: string;
  /** Why the team avoids it (shown in the finding). */
  message?: string;
}

/** What a built-in reply rule checks, for tools that list, configure or document rules. */
export interface RuleInfo {
  /** Kebab-case id; its doc page is `docs/rules/<id>.md`. */
  id: string;
  dimension: Dimension;
  /** One line: what the rule checks. */
  description: string;
  /** Severity of its findings unless options say otherwise. */
  severity: Severity;
  /** Options it accepts, with defaults. */
  options: Readonly<Record<string, RuleOptionSpec>>;
}
