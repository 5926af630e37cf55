/**
 * clarity: a procedure of three or more steps is a numbered list, not running text.
 * Applies when the reply gives the customer three or more steps to follow.
 */
import { defineRule } from '../rule.ts';

export default defineRule({
  meta: {
    id: 'numbered-steps',
    dimension: 'clarity',
    description: 'Three or more steps for the customer are a numbered list.',
    severity: 'info',
    weight: 0.5,
  },
  check(ctx) {
    const { facts } = ctx;
    if (facts.listItems.length >= 2) return { score: 1, findings: [] };
    const steps = facts.commitments.filter((m) => m.entry.data.kind === 'step');
    if (steps.length < 3) return { score: null, findings: [] };
    return {
      score: 0.5,
      findings: [{
        start: steps[0]!.start,
        end: ctx.doc.sentences.find((s) => steps[steps.length - 1]!.first < s.last)!.end,
        message: `These ${steps.length} steps run together in the text; a numbered list is easier to follow.`,
        suggestions: [{ message: 'Put one step per line: “1. … 2. … 3. …”.' }],
      }],
    };
  },
});
