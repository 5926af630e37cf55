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
import { defineRule, unit, type Report, type RuleContext } from '../rule.ts';

/** Share of its weight an acknowledgement keeps inside a stock phrase ("we apologize for any inconvenience"). */
export const CANNED_SHARE = 0.2;

/** Acknowledgement weight of a reply the warmth model is sure of (lexicons/learned/empathy.tsv). */
export const WARMTH_WEIGHT = 1;

/** Share of the score that comes from meeting what the customer's feelings ask for. */
export const NEEDS_SHARE = 0.85;

/** An emotion counts when its strength reaches this. */
export const RELEVANT = 0.35;

interface Signals {
  ack: Record<AckKind, number>;
  mirror: number;
  actions: number;
  steps: number;
  time: number;
  blame: number;
}

const has = (x: number, need: number): number => unit(x / need);
/** Words that make a sentence about the customer ("you", "your") or about understanding them. */
const ADDRESS = new Set(['you', 'your', "you're", "you've", 'understand']);

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
  if (facts.feelingWords.length > 0) {
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
  return { ack, mirror, actions, steps, time, blame: facts.blame.length };
}

/** How well the reply meets what emotion `e` asks for, 0..1. */
function need(e: Emotion, s: Signals): number {
  const a = s.ack;
  switch (e) {
    case 'frustration':
      return 0.6 * has(a.wait + a.effort + a.validate + s.mirror + 0.5 * a.apology, 2) + 0.4 * has(a.ownership + 0.7 * s.actions, 2);
    case 'anger':
      return 0.5 * has(a.apology + 0.5 * a.validate + 0.5 * s.mirror, 2) + 0.3 * has(a.ownership + 0.5 * s.actions, 2) + (s.blame === 0 ? 0.2 : 0);
    case 'anxiety':
      return 0.5 * has(a.reassure + a.validate + s.mirror, 2) + 0.5 * has(s.actions + s.time + a.reassure, 2);
    case 'confusion':
      return 0.6 * has(s.steps + 0.5 * s.actions, 2) + 0.4 * has(a.validate + a.ownership + s.mirror + 0.5 * a.apology, 1.5);
    case 'urgency':
      return 0.6 * has(s.time, 1) + 0.2 * has(s.actions, 1) + 0.2 * has(a.validate + s.mirror, 2);
    case 'gratitude':
      return has(a.warmth + 0.5 * a.validate, 2);
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
    const customer = ctx.customer;
    const relevant = customer ? (Object.keys(customer.emotions) as Emotion[]).filter((e) => customer.emotions[e] >= RELEVANT) : [];
    if (!customer || relevant.length === 0) {
      // No message, or a calm one: any acknowledgement helps, blame hurts.
      const score = unit((customer ? 0.7 : 0.4) + (customer ? 0.3 : 0.6) * has(all, 3) - 0.2 * s.blame);
      const findings: Report[] = [];
      if (!customer && all < 0.5) {
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
    // What the feelings ask for decides most of the score; how much the reply acknowledges in all
    // (stock phrases counting little) decides the rest, so a warmer reply still ranks higher.
    return { score: NEEDS_SHARE * (weighted / total) + (1 - NEEDS_SHARE) * has(all, 6), findings };
  },
});
