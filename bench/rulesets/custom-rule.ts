/**
 * What a user's rule set looks like: the defaults plus a rule of their own, written with
 * defineRule against heard's public API only. This one asks a reply to a frustrated or angry
 * customer to say "you" more than "we": replies about the company's process read as handled,
 * replies about the customer read as heard.
 */
import { defaultRules, defineRule } from '../../src/index.ts';
import type { RuleSetModule } from '../lib/compare/types.ts';

const WE = new Set(['we', 'our', 'us', "we're", "we've", "we'll", "we'd"]);
const YOU = new Set(['you', 'your', "you're", "you've", "you'll", "you'd", 'yours']);

export const youOverWe = defineRule({
  meta: {
    id: 'you-over-we',
    dimension: 'empathy',
    description: 'To an upset customer, talk about them ("you") more than about the company ("we").',
    severity: 'info',
    weight: 0.5,
  },
  check(ctx) {
    const upset = ctx.customer && (ctx.customer.emotions.frustration >= 0.5 || ctx.customer.emotions.anger >= 0.5);
    if (!upset) return { score: null, findings: [] };
    let we = 0;
    let you = 0;
    for (const t of ctx.doc.tokens) {
      if (WE.has(t.norm)) we++;
      else if (YOU.has(t.norm)) you++;
    }
    if (we + you < 3) return { score: null, findings: [] };
    const share = you / (we + you);
    const first = ctx.doc.sentences[0];
    return {
      score: Math.min(1, share / 0.5),
      findings: share >= 0.4 || !first ? [] : [{
        start: first.start,
        end: first.end,
        message: `The reply says "we/our" ${we} times and "you/your" ${you} times: it is about the company, not the customer.`,
        suggestions: [{ message: 'Lead with what this means for them: "You\'ll have your refund by Friday" rather than "We have processed the refund".' }],
      }],
    };
  },
});

export default {
  description: 'the defaults plus a user-written rule (you-over-we) made with defineRule',
  config: { ruleSet: [...defaultRules, youOverWe] },
} satisfies RuleSetModule;
