/**
 * positivity: no blame, condescension or defensiveness ("you failed to", "as I said",
 * "calm down", "obviously"), from lexicons/reply/blame.tsv.
 */
import { phraseReport } from '../rewrite.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  meta: {
    id: 'no-blame',
    dimension: 'positivity',
    description: 'No blaming, condescending or defensive wording ("you failed to", "as I said", "calm down").',
    severity: 'warning',
    weight: 1.5,
  },
  check(ctx) {
    const { doc, facts } = ctx;
    return {
      score: Math.max(0, 1 - 0.4 * facts.blame.length),
      findings: facts.blame.map((m) => phraseReport(doc, m, `“${doc.text.slice(m.start, m.end)}” blames or talks down to the customer.`)),
    };
  },
});
