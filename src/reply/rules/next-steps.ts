/**
 * clarity: the reply says what happens next: what we will do ("I've reissued the refund",
 * "our team will call you") or what the customer should do ("tap Settings, then Reset"), or
 * lists steps. Does not apply when the customer is only saying thanks.
 */
import { closingAnchor } from '../anchors.ts';
import { isFuture } from '../lexicon.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  meta: {
    id: 'next-steps',
    dimension: 'clarity',
    description: 'Says what happens next: what we will do or what the customer should do.',
    severity: 'warning',
    weight: 1.5,
  },
  check(ctx) {
    const c = ctx.customer;
    if (c && c.primary === 'gratitude' && c.detected.length === 1) return { score: null, findings: [] };
    const steps = ctx.facts.commitments.filter((m) => {
      const { kind } = m.entry.data;
      return kind === 'action' || kind === 'step' || (kind === 'followup' && isFuture(m.entry.tokens));
    }).length;
    if (steps > 0 || ctx.facts.listItems.length >= 2) return { score: 1, findings: [] };
    const anchor = closingAnchor(ctx.doc);
    return {
      score: 0.3,
      findings: [{
        start: anchor.start,
        end: anchor.end,
        message: "The reply doesn't say what happens next: what you will do, or what the customer should do.",
        suggestions: [{ message: "Say who does what next, for example: “I've reissued the refund; you'll see it within 3 business days.”" }],
      }],
    };
  },
});
