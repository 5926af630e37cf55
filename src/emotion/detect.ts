import { assertString } from '../errors.ts';
import { EMOTIONS, MODEL_EMOTIONS, lexicon } from '../lexicon/index.ts';
import { HAS_CAPS, HAS_ELONGATION, HAS_NEGATED_POSITIVE, HAS_NUMBER, HAS_REPEATED_MARK, HAS_SARCASM_OPENER, HAS_TIME_WORD, prepare } from '../text/prepare.ts';
import type { DetectOptions, Emotion, EmotionEvidence, EmotionReport } from '../types.ts';
import { calibration } from './calibration.ts';
import { Context, emotionIndex, round } from './context.ts';
import { caps } from './signals/caps.ts';
import { contradiction } from './signals/contradiction.ts';
import { lexiconCues } from './signals/lexicon.ts';
import { model } from './signals/model.ts';
import { negatedPositive } from './signals/negated-positive.ts';
import { punctuation } from './signals/punctuation.ts';
import { sarcasm } from './signals/sarcasm.ts';
import { signoff } from './signals/signoff.ts';
import { time } from './signals/time.ts';
import { extraCues } from './signals/extra-cues.ts';
import { ALL_SIGNALS, DEFAULT_EMOTION_ENGINE, SIG, SIGNALS, type EmotionEngine } from './engine.ts';

/** Share of each anger cue that also counts toward frustration. */
export const ANGER_SPILLOVER = 0.4;

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

function emptyReport(): EmotionReport {
  return {
    emotions: { frustration: 0, anger: 0, anxiety: 0, confusion: 0, urgency: 0, gratitude: 0 },
    detected: [],
    primary: null,
    intensity: 0,
    evidence: [],
  };
}

/** Logit parts of one message before calibration: learned model (scale 1, with its bias) and everything else. */
export interface Parts {
  ctx: Context;
  model: number[];
  other: number[];
}

/** Runs every signal over `text`; `detectEmotions` and the tuning script share it. */
export function analyze(text: string, minEvidence = 0.4, engine: EmotionEngine = DEFAULT_EMOTION_ENGINE): Parts {
  const lex = lexicon();
  const cal = calibration();
  const on = engine.signals;
  const prof = engine.profile;
  let t = prof ? prof.now() : 0;
  const p = prepare(text, (on & SIG.negation) !== 0);
  const ctx = new Context(p, lex, minEvidence);
  // Order matters: cues first, then signals that read them, then the model,
  // which honours the gratitude factors set by sarcasm and sign-off.
  // Each pass runs only if the message holds what it looks for (flags from prepare())
  // and the engine runs it (all do by default).
  const has = ctx.has;
  if (on === ALL_SIGNALS && engine.cues === undefined && prof === undefined) {
    lexiconCues(ctx);
    if (has & HAS_NEGATED_POSITIVE) negatedPositive(ctx);
    ctx.freeze();
    if (has & HAS_SARCASM_OPENER) sarcasm(ctx);
    signoff(ctx);
    if (has & HAS_CAPS) caps(ctx);
    if (has & (HAS_REPEATED_MARK | HAS_ELONGATION)) punctuation(ctx);
    if (has & (HAS_NUMBER | HAS_TIME_WORD)) time(ctx);
    if (ctx.reports >= 2) contradiction(ctx);
  } else {
    // Time spent since the last lap goes to slot k (benchmarks only).
    const lap = prof ? (k: number): void => { const now = prof.now(); prof.spent[k]! += now - t; t = now; } : undefined;
    lap?.(SIGNALS.length);
    if (on & SIG.lexicon) lexiconCues(ctx);
    if (engine.cues) extraCues(ctx, engine.cues);
    lap?.(0);
    if (on & SIG['negated-positive'] && has & HAS_NEGATED_POSITIVE) negatedPositive(ctx);
    lap?.(2);
    ctx.freeze();
    if (on & SIG.sarcasm && has & HAS_SARCASM_OPENER) sarcasm(ctx);
    lap?.(3);
    if (on & SIG.signoff) signoff(ctx);
    lap?.(4);
    if (on & SIG.caps && has & HAS_CAPS) caps(ctx);
    lap?.(5);
    if (on & SIG.punctuation && has & (HAS_REPEATED_MARK | HAS_ELONGATION)) punctuation(ctx);
    lap?.(6);
    if (on & SIG.time && has & (HAS_NUMBER | HAS_TIME_WORD)) time(ctx);
    lap?.(7);
    if (on & SIG.contradiction && ctx.reports >= 2) contradiction(ctx);
    lap?.(8);
  }
  // `other` is the unscaled sum of rule evidence per emotion (tuning varies the scale);
  // the evidence itself carries the calibrated weights the caller sees.
  const other = [0, 0, 0, 0, 0, 0];
  const scale = cal.byIndex.cueScale;
  for (const ev of ctx.evidence) {
    const k = emotionIndex(ev.emotion);
    other[k]! += ev.weight;
    ev.weight = round(ev.weight * scale[k]!);
  }
  for (const m of ctx.matches) {
    let w = m.weight;
    if (m.emotion === 'gratitude' && w > 0) w *= ctx.gratitudeFactor(m.sentence);
    const k = emotionIndex(m.emotion);
    other[k]! += w;
    ctx.add(m.emotion, w * scale[k]!, m.first, m.last, m.source);
    // Anger in support messages nearly always comes with frustration (21 of 32 angry dev messages).
    if (m.emotion === 'anger' && w > 0) {
      other[0]! += w * ANGER_SPILLOVER;
      ctx.add('frustration', w * ANGER_SPILLOVER * scale[0]!, m.first, m.last, 'signal:anger-spillover');
    }
  }
  if (prof) t = prof.now();
  const sums = on & SIG.model ? model(ctx, cal.modelScale) : [0, 0, 0, 0, 0];
  if (prof) prof.spent[9]! += prof.now() - t;
  const modelParts = [0, 0, 0, 0, 0, 0];
  for (let k = 0; k < MODEL_EMOTIONS.length; k++) {
    const e = MODEL_EMOTIONS[k]!;
    const ms = cal.modelScale[e];
    // Unscaled learned logit, so tuning can try other scales without re-running.
    modelParts[emotionIndex(e)] = lex.modelBias[k]! + (ms === 0 ? 0 : sums[k]! / ms);
  }
  return { ctx, model: modelParts, other };
}

function evidenceOrder(a: EmotionEvidence, b: EmotionEvidence): number {
  return a.start - b.start || a.end - b.end || emotionIndex(a.emotion) - emotionIndex(b.emotion);
}

/**
 * Sorts evidence by start, end, then emotion. Signals emit evidence in text order, so the
 * list is a few sorted runs: insertion sort handles a message's few dozen items faster than
 * a comparator-driven Array#sort, which takes over for long lists (bounded cost per item).
 */
function sortEvidence(list: EmotionEvidence[]): EmotionEvidence[] {
  if (list.length > 48) return list.sort(evidenceOrder);
  for (let i = 1; i < list.length; i++) {
    const x = list[i]!;
    let j = i - 1;
    while (j >= 0 && evidenceOrder(list[j]!, x) > 0) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = x;
  }
  return list;
}

/**
 * A fixed message that exercises every signal. Its analysis is kept for the life of the
 * module: V8 forgets an object shape (hidden class) once no object of that shape survives a
 * full garbage collection, and deoptimizes every function compiled against it, so a major GC
 * between two calls (routine in a server) would send the whole pipeline back to the
 * interpreter. Keeping one live Context, with its tokens, matches and evidence, keeps those
 * shapes alive. It holds no caller data. See docs/architecture.md, "Speed".
 */
const SHAPE_ANCHOR_TEXT =
  "I've waited THREE weeks!!! This is the third time I ask and it is still broken. Great, another outage :( " +
  'My flight is in 2 hours, please help asap. Not happy at all. The agent said one thing and the email says ' +
  "another, I'm so confused??? Thanks a lot, I really appreciate it \u{1F64F}";
let shapeAnchor: Parts | undefined;

/**
 * Detects the six customer emotions in `text`: every emotion gets a 0..1
 * strength, those at or above their threshold are `detected`, and every
 * contribution is returned as evidence anchored to the text.
 */
export function detectEmotions(text: string, options: DetectOptions = {}): EmotionReport {
  return detectWith(DEFAULT_EMOTION_ENGINE, text, options);
}

/** detectEmotions with an engine (createAnalyzer). */
export function detectWith(engine: EmotionEngine, text: string, options: DetectOptions = {}): EmotionReport {
  assertString(text, 'text');
  if (options === null || typeof options !== 'object') throw new TypeError('heard: expected options to be an object');
  if (!/\S/u.test(text)) return emptyReport();
  return report(analyze(text, options.minEvidenceWeight ?? 0.4, engine), options, engine);
}

/** detectEmotions, plus the message's prepared tokens for a caller that reads it further (scoreReply). */
export function detectWithTokens(text: string, engine: EmotionEngine = DEFAULT_EMOTION_ENGINE): { report: EmotionReport; ctx: Context | undefined } {
  if (!/\S/u.test(text)) return { report: emptyReport(), ctx: undefined };
  const parts = analyze(text, 0.4, engine);
  return { report: report(parts, {}, engine), ctx: parts.ctx };
}

function report(parts: Parts, options: DetectOptions, engine: EmotionEngine = DEFAULT_EMOTION_ENGINE): EmotionReport {
  shapeAnchor ??= analyze(SHAPE_ANCHOR_TEXT);
  const cal = calibration();
  const { ctx, model: modelParts, other } = parts;
  // Index-based: the calibration as arrays, the record built as one literal (one shape).
  const byIndex = cal.byIndex;
  const strength = [0, 0, 0, 0, 0, 0];
  for (let k = 0; k < 6; k++) {
    strength[k] = round(sigmoid(byIndex.bias[k]! + byIndex.modelScale[k]! * modelParts[k]! + byIndex.cueScale[k]! * other[k]!));
  }
  const emotions: Record<Emotion, number> = {
    frustration: strength[0]!, anger: strength[1]!, anxiety: strength[2]!,
    confusion: strength[3]!, urgency: strength[4]!, gratitude: strength[5]!,
  };
  const thresholds = options.thresholds;
  const fixed = engine.thresholds;
  const detected: Emotion[] = [];
  for (let k = 0; k < 6; k++) {
    const e = EMOTIONS[k]!;
    const base = fixed === undefined ? byIndex.threshold[k]! : (fixed[k] ?? byIndex.threshold[k]!);
    const threshold = thresholds === undefined ? base : (thresholds[e] ?? base);
    if (strength[k]! >= threshold) detected.push(e);
  }
  if (detected.length > 1) detected.sort((a, b) => emotions[b] - emotions[a] || emotionIndex(a) - emotionIndex(b));
  let strongest = 0;
  for (let k = 0; k < 6; k++) if (strength[k]! > strongest) strongest = strength[k]!;
  const intensity = round(Math.min(1, 0.75 * strongest + 0.25 * Math.min(1, ctx.amplifiers / 2)));
  const evidence = sortEvidence(ctx.evidence);
  return { emotions, detected, primary: detected[0] ?? null, intensity, evidence };
}
