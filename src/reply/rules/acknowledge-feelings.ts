/**
 * empathy: the reply acknowledges the feeling this customer expressed, in the way that
 * feeling asks for. Frustration wants the wait or effort acknowledged and ownership; anger an
 * apology and ownership without blame; anxiety reassurance plus something concrete; confusion
 * plain steps; urgency a time commitment; gratitude warmth back. Mirroring the customer's
 * feeling ("I know how frustrating it is") counts as acknowledgement.
 */
import type { Emotion, EmotionReport } from '../../types.ts';
import { openingAnchor } from '../anchors.ts';
import type { AckKind } from '../lexicon.ts';
import { covering } from '../phrases.ts';
import { echoKey } from '../message.ts';
import { defineRule, unit, type Report, type RuleContext } from '../rule.ts';

/** Share of its weight an acknowledgement keeps inside a stock phrase ("we apologize for any inconvenience"). */
export const CANNED_SHARE = 0.2;

/** Acknowledgement weight of a reply the warmth model is sure of (lexicons/learned/empathy.tsv). */
export const WARMTH_WEIGHT = 1;

/** Share of the score that comes from meeting what the customer's feelings ask for. */
export const NEEDS_SHARE = 0.5;

/**
 * How well a reply fits a message that asks for no particular feeling to be met (a question,
 * a calm request): a plain answer fits fine but shows no empathy, so the score then comes
 * from what the reply expresses, on the same scale as for an upset customer.
 */
export const CALM_FIT = 0.3;

/** An emotion counts when its strength reaches this. */
export const RELEVANT = 0.35;

/** Below this strength on every negative emotion, the customer is calm (for misplaced feelings). */
export const CALM = 0.2;

/** Acknowledgement total at which phrase evidence alone makes expressed empathy about 0.63 (1 - 1/e). */
export const EXPRESSED_SCALE = 3;

/** Warmth probability above which the model alone counts as acknowledgement for the "no acknowledgement" finding. */
export const CONFIDENT_WARMTH = 0.75;

/** Score lost per negative feeling the reply names that a calm customer never showed. */
export const MISPLACED_COST = 0.3;

interface Signals {
  ack: Record<AckKind, number>;
  mirror: number;
  /** Negative feelings the reply names that the customer's message does not (when the customer is calm). */
  misplaced: number;
  /** The learned warmth model's probability, 0..1. */
  warmth: number;
  /** Distinct words and numbers of what the customer went through that the reply says back. */
  echo: number;
  actions: number;
  steps: number;
  time: number;
  blame: number;
}

const has = (x: number, need: number): number => unit(x / need);
/** Words that make a sentence about the customer ("you", "your") or about understanding them. */
const ADDRESS = new Set(['you', 'your', "you're", "you've", 'understand']);

const NEGATIVE: readonly Emotion[] = ['frustration', 'anger', 'anxiety', 'confusion'];

/** Whether the customer shows no negative feeling at all (a question, a thank-you). */
function calm(customer: EmotionReport): boolean {
  for (const e of NEGATIVE) if (customer.emotions[e] >= CALM) return false;
  return true;
}

/** How many distinct things the customer said they went through the reply says back (at most 2). */
function echoes(ctx: RuleContext): number {
  const felt = ctx.message?.felt;
  if (!felt || felt.size === 0) return 0;
  const { tokens, prepared } = ctx.doc;
  const seen = new Set<string>();
  for (let i = 0; i < tokens.length && seen.size < 2; i++) {
    const key = echoKey(tokens[i]!, prepared.infos[i]);
    if (key !== undefined && felt.has(key)) seen.add(key);
  }
  return seen.size;
}

function signals(ctx: RuleContext): Signals {
  const { facts, doc } = ctx;
  const ack: Record<AckKind, number> = { validate: 0, apology: 0, ownership: 0, wait: 0, effort: 0, reassure: 0, warmth: 0 };
  // An acknowledgement inside a canned phrase ("we apologize for any inconvenience") counts for little.
  const inCannedAt = covering(facts.canned, doc.tokens.length);
  for (const m of facts.acknowledgement) {
    let inCanned = false;
    for (let k = m.first; k < m.last && !inCanned; k++) inCanned = inCannedAt[k] === 1;
    ack[m.entry.data.kind] += m.entry.data.weight * (inCanned ? CANNED_SHARE : 1);
  }
  // Mirroring: a word that names a negative feeling ("frustrating", "worried") counts, more in a
  // sentence addressed to the customer. Words already inside an acknowledgement phrase count once.
  let mirror = 0;
  let misplaced = 0;
  if (facts.feelingWords.length > 0 && ctx.customer && calm(ctx.customer)) {
    // A calm customer asked a question or said thanks: naming feelings they never showed
    // ("sorry for any frustration", "I know how stressful this is") projects, it doesn't listen.
    const theirs = new Set<string>();
    for (const ev of ctx.customer.evidence) theirs.add(ev.text.toLowerCase());
    for (const i of facts.feelingWords) if (!theirs.has(doc.tokens[i]!.norm)) misplaced++;
  } else if (facts.feelingWords.length > 0) {
    const addressed = new Set<number>();
    for (const t of doc.tokens) if (ADDRESS.has(t.norm)) addressed.add(t.sentence);
    const inAck = covering(facts.acknowledgement, doc.tokens.length);
    for (const i of facts.feelingWords) {
      if (inAck[i]) continue;
      mirror += addressed.has(doc.tokens[i]!.sentence) ? 1.5 : 1;
    }
  }
  let actions = 0;
  let steps = 0;
  let time = facts.timeWords.length;
  for (const m of facts.commitments) {
    const { kind, weight } = m.entry.data;
    if (kind === 'action') actions += weight;
    else if (kind === 'step') steps += weight;
    else if (kind === 'time') time += weight;
  }
  steps += facts.listItems.length;
  // Warmth the learned model hears (compassion, concern, sympathy, encouragement) validates too.
  ack.validate += WARMTH_WEIGHT * facts.warmth;
  return { ack, mirror, misplaced, warmth: facts.warmth, echo: echoes(ctx), actions, steps, time, blame: facts.blame.length };
}

/** How well the reply meets what emotion `e` asks for, 0..1. */
function need(e: Emotion, s: Signals): number {
  const a = s.ack;
  switch (e) {
    case 'frustration':
      return 0.6 * has(a.wait + a.effort + a.validate + s.mirror + s.echo + 0.5 * a.apology, 2) + 0.4 * has(a.ownership + 0.7 * s.actions, 2);
    case 'anger':
      return 0.5 * has(a.apology + 0.5 * a.validate + 0.5 * s.mirror + 0.5 * s.echo, 2) + 0.3 * has(a.ownership + 0.5 * s.actions, 2) + (s.blame === 0 ? 0.2 : 0);
    case 'anxiety':
      return 0.5 * has(a.reassure + a.validate + s.mirror + 0.5 * s.echo, 2) + 0.5 * has(s.actions + s.time + a.reassure, 2);
    case 'confusion':
      return 0.6 * has(s.steps + 0.5 * s.actions, 2) + 0.4 * has(a.validate + a.ownership + s.mirror + 0.5 * a.apology, 1.5);
    case 'urgency':
      return 0.6 * has(s.time, 1) + 0.2 * has(s.actions, 1) + 0.2 * has(a.validate + s.mirror + s.echo, 2);
    case 'gratitude':
      // Thanks asks for nothing to be fixed: a plain, helpful answer is fine, warmth back is better.
      return 0.5 + 0.5 * has(a.warmth, 2);
  }
}

function quoted(customer: EmotionReport, sources: readonly string[]): string | undefined {
  const ev = customer.evidence.find((x) => sources.includes(x.source));
  return ev ? ev.text : undefined;
}

function advice(e: Emotion, customer: EmotionReport): { message: string; example: string } {
  switch (e) {
    case 'frustration': {
      const wait = quoted(customer, ['signal:waiting', 'signal:repeat-contact']);
      return {
        message: `The customer is frustrated${wait ? ` (“${wait}”)` : ''}, and the reply neither acknowledges what they went through nor takes ownership.`,
        example: wait ? `I'm sorry this has dragged on (${wait}); I'll make sure it's sorted today.` : "I know how frustrating this has been, and I'll make sure it's sorted today.",
      };
    }
    case 'anger':
      return { message: 'The customer is angry, and the reply neither apologizes nor takes ownership.', example: "I'm sorry. We got this wrong, and I'm fixing it now." };
    case 'anxiety':
      return { message: 'The customer is worried, and the reply offers no reassurance or concrete facts.', example: "Your money is safe: I've reversed the charge and you'll see it back by Friday." };
    case 'confusion':
      return { message: 'The customer is confused, and the reply does not lay out plain steps.', example: "Here's exactly what to do: 1. … 2. … 3. …" };
    case 'urgency': {
      const when = quoted(customer, ['signal:deadline']);
      return { message: `The customer is short of time${when ? ` (“${when}”)` : ''}, and the reply makes no time commitment.`, example: "I'll have this fixed within the hour and confirm by email." };
    }
    case 'gratitude':
      return { message: 'The customer thanked you, and the reply does not return the warmth.', example: "You're very welcome. I'm so glad it's working again!" };
  }
}

export default defineRule({
  meta: {
    id: 'acknowledge-feelings',
    dimension: 'empathy',
    description: "Acknowledges and validates the customer's feeling in the way that feeling asks for.",
    severity: 'warning',
    weight: 1,
  },
  check(ctx) {
    const s = signals(ctx);
    const anchor = openingAnchor(ctx.doc);
    const all = s.ack.validate + s.ack.apology + s.ack.ownership + s.ack.wait + s.ack.effort + s.ack.reassure + s.ack.warmth + s.mirror;
    // Expressed empathy, 0..1 and never flat: the phrases found, on top of what the warmth model
    // hears, so two replies with the same phrases still rank by their warmth.
    const expressed = 1 - (1 - s.warmth) * Math.exp(-all / EXPRESSED_SCALE);
    const misplacedCost = Math.min(0.6, MISPLACED_COST * s.misplaced);
    const customer = ctx.customer;
    const relevant = customer ? (Object.keys(customer.emotions) as Emotion[]).filter((e) => customer.emotions[e] >= RELEVANT) : [];
    if (!customer || relevant.length === 0) {
      // No message: judged alone, any acknowledgement helps. A calm message: as for an upset
      // customer, with CALM_FIT for the needs, so scores compare across messages. Blame hurts.
      const score = customer
        ? unit(NEEDS_SHARE * CALM_FIT + (1 - NEEDS_SHARE) * expressed - 0.2 * s.blame - misplacedCost)
        : unit(0.4 + 0.6 * expressed - 0.2 * s.blame);
      const findings: Report[] = [];
      // The finding names an absence of acknowledgement: phrases decide; the warmth model only
      // silences it when it is confident (a plain "let me know and I'll send it" is not warmth).
      if (!customer && all - WARMTH_WEIGHT * s.warmth < 0.5 && s.warmth < CONFIDENT_WARMTH) {
        findings.push({
          ...anchor,
          severity: 'info',
          message: "The reply does not acknowledge the customer's situation or feelings anywhere.",
          suggestions: [{ message: 'Open with a line that shows you understand their situation, for example: “I can see why this is confusing.”' }],
        });
      }
      return { score, findings };
    }
    let total = 0;
    let weighted = 0;
    let worst: { e: Emotion; n: number; strength: number } | undefined;
    for (const e of relevant) {
      const strength = customer.emotions[e];
      const n = need(e, s);
      total += strength;
      weighted += strength * n;
      if (n < 0.6 && (!worst || strength > worst.strength)) worst = { e, n, strength };
    }
    const findings: Report[] = [];
    if (worst) {
      const { message, example } = advice(worst.e, customer);
      findings.push({ ...anchor, message, suggestions: [{ message: `Add a sentence such as: “${example}”` }] });
    }
    // Half what the feelings ask for, half expressed empathy (stock phrases counting little), so a
    // warmer reply still ranks higher once the needs are met.
    return { score: unit(NEEDS_SHARE * (weighted / total) + (1 - NEEDS_SHARE) * expressed - misplacedCost), findings };
  },
});
