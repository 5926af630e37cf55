/**
 * clarity: there is a reply at all. An empty or whitespace-only reply scores 0 on every
 * dimension, with this one finding; no other rule runs.
 */
import { defineRule } from '../rule.ts';

export default defineRule({
  meta: {
    id: 'empty-reply',
    dimension: 'clarity',
    description: 'The reply is not empty.',
    severity: 'error',
    weight: 1,
  },
  check(ctx) {
    if (ctx.doc.tokens.length > 0) return { score: null, findings: [] };
    return {
      score: 0,
      findings: [{
        start: 0,
        end: ctx.doc.text.length,
        message: 'The reply is empty: there is nothing for the customer to read.',
        suggestions: [{ message: 'Write the reply: acknowledge the customer, say what you did or will do, and invite them back.' }],
      }],
    };
  },
});
