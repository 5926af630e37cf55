/**
 * clarity: a promise to act says when ("I'll send the label" -> "I'll send the label today").
 * Applies when the reply commits to an action.
 */
import { isFuture } from '../lexicon.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  meta: {
    id: 'timeline',
    dimension: 'clarity',
    description: 'A promise to act says when it will happen.',
    severity: 'warning',
    weight: 1,
  },
  check(ctx) {
    const { facts, doc } = ctx;
    // Promises about what comes next ("I'll send", "we will"), not reports of what was done ("I've refunded").
    const actions = facts.commitments.filter((m) => (m.entry.data.kind === 'action' || m.entry.data.kind === 'followup') && isFuture(m.entry.tokens));
    if (actions.length === 0) return { score: null, findings: [] };
    const when = facts.timeWords.length + facts.commitments.filter((m) => m.entry.data.kind === 'time').length;
    if (when > 0) return { score: 1, findings: [] };
    const a = actions[0]!;
    const s = doc.sentences.find((x) => a.first >= x.first && a.first < x.last)!;
    return {
      score: 0.4,
      findings: [{
        start: a.start,
        end: s.end,
        message: 'This promises an action but not when; the customer is left guessing.',
        suggestions: [{ message: 'Add when, for example “… by tomorrow at noon” or “… within 2 business days”.' }],
      }],
    };
  },
});
