/**
 * authenticity: no stock support phrases ("We apologize for any inconvenience", "Your call is
 * important to us", "Please be advised"), from lexicons/reply/canned.tsv, each with a natural
 * alternative.
 */
import { phraseReport } from '../rewrite.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  meta: {
    id: 'no-canned-phrases',
    dimension: 'authenticity',
    description: 'No stock support phrases that make a reply sound scripted.',
    severity: 'warning',
    weight: 2,
  },
  check(ctx) {
    const { doc, facts } = ctx;
    // A generic salutation ("Dear customer") is use-name's to report, with the name to use.
    const g = doc.greeting;
    const canned = g ? facts.canned.filter((m) => m.first >= g.last || m.last <= g.first) : facts.canned;
    return {
      score: Math.max(0, 1 - 0.25 * canned.length),
      findings: canned.map((m) => phraseReport(doc, m, `“${doc.text.slice(m.start, m.end)}” is a stock support phrase; it reads as scripted.`)),
    };
  },
});
