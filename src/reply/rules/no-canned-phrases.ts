/**
 * authenticity: no stock support phrases ("We apologize for any inconvenience", "Your call is
 * important to us", "Please be advised"), from lexicons/reply/canned.tsv, each with a natural
 * alternative.
 */
import { allowed, phraseReport } from '../rewrite.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  meta: {
    id: 'no-canned-phrases',
    dimension: 'authenticity',
    description: 'No stock support phrases that make a reply sound scripted.',
    severity: 'warning',
    weight: 2,
    options: { allow: { type: 'strings', default: [], description: 'Phrases your team accepts, not reported (matched case-insensitively).' } },
  },
  check(ctx, options) {
    const { doc, facts } = ctx;
    // A generic salutation ("Dear customer") is use-name's to report, with the name to use.
    const g = doc.greeting;
    const canned = allowed(doc.text, g ? facts.canned.filter((m) => m.first >= g.last || m.last <= g.first) : facts.canned, options.allow as readonly string[]);
    return {
      score: Math.max(0, 1 - 0.25 * canned.length),
      findings: canned.map((m) => phraseReport(doc, m, `“${doc.text.slice(m.start, m.end)}” is a stock support phrase; it reads as scripted.`)),
    };
  },
});
