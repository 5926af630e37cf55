/**
 * positivity: says what we can do, not what we can't. Flags negative framing from
 * lexicons/reply/negative-framing.tsv ("unfortunately", "we are unable to", "our policy does
 * not allow"). A modal like "can't" counts only with us as its subject: "you can't log in"
 * describes the customer's problem and is not framing.
 */
import type { Token } from '../../text/tokenize.ts';
import { phraseReport } from '../rewrite.ts';
import { defineRule } from '../rule.ts';

const MODALS = new Set(["can't", 'cannot', 'unable', "won't", "couldn't", "wouldn't"]);
const US = new Set(['i', 'we', "i'm", "we're", "i've", "we've", "i'll", "we'll", 'us', 'our', 'team']);

const OTHERS = new Set(['you', "you're", "you've", 'they', "they're", 'he', 'she', 'it', "it's", 'this', 'that']);

/** The nearest subject before a modal, within three words, is us ("we can't"), not the customer ("you can't"). */
function ourSubject(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 3; k--) {
    if (tokens[k]!.sentence !== tokens[first]!.sentence) return false;
    if (OTHERS.has(tokens[k]!.norm)) return false;
    if (US.has(tokens[k]!.norm)) return true;
  }
  return false;
}

export default defineRule({
  meta: {
    id: 'no-negative-framing',
    dimension: 'positivity',
    description: "Says what we can do rather than what we can't (no \"unfortunately\", \"we are unable to\", \"our policy\").",
    severity: 'warning',
    weight: 1,
  },
  check(ctx) {
    const { doc, facts } = ctx;
    const hits = facts.negative.filter((m) => !MODALS.has(m.entry.tokens[0]!) || ourSubject(doc.tokens, m.first));
    return {
      score: Math.max(0, 1 - 0.3 * hits.length),
      findings: hits.map((m) => phraseReport(doc, m, `“${doc.text.slice(m.start, m.end)}” tells the customer what you can't do; say what you can do instead.`)),
    };
  },
});
