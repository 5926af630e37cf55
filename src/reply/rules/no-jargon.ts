/**
 * clarity: no internal or technical jargon the customer may not know ("escalated to tier 2",
 * "RMA", "propagate"), from lexicons/reply/jargon.tsv, each with a plain alternative.
 */
import { allowed, phraseReport } from '../rewrite.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  meta: {
    id: 'no-jargon',
    dimension: 'clarity',
    description: 'No internal or technical jargon; plain words the customer knows.',
    severity: 'warning',
    weight: 1,
    options: { allow: { type: 'strings', default: [], description: 'Terms your customers know, not reported (matched case-insensitively).' } },
  },
  check(ctx, options) {
    const { doc, facts } = ctx;
    const jargon = allowed(doc.text, facts.jargon, options.allow as readonly string[]);
    return {
      score: Math.max(0, 1 - 0.25 * jargon.length),
      findings: jargon.map((m) => phraseReport(doc, m, `“${doc.text.slice(m.start, m.end)}” is jargon the customer may not know.`)),
    };
  },
});
