/**
 * clarity: no sentence so long that the customer loses the thread (more than 30 words).
 */
import { defineRule } from '../rule.ts';

export const MAX_WORDS = 30;

export default defineRule({
  meta: {
    id: 'sentence-length',
    dimension: 'clarity',
    description: `No sentence longer than ${MAX_WORDS} words (option \`max\`).`,
    severity: 'info',
    weight: 0.5,
    options: { max: { type: 'number', default: MAX_WORDS, min: 1, description: 'Most words a sentence may have.' } },
  },
  check(ctx, options) {
    const max = options.max as number;
    const long = ctx.doc.sentences.filter((s) => s.words > max);
    return {
      score: Math.max(0, 1 - 0.25 * long.length),
      findings: long.map((s) => ({
        start: s.start,
        end: s.end,
        message: `This sentence has ${s.words} words; long sentences are hard to follow.`,
        suggestions: [{ message: 'Split it into two or three sentences of under 20 words each.' }],
      })),
    };
  },
});
