/**
 * authenticity: not a near-copy of one of the team's own templates (options.templates) sent
 * as is. Compares word trigrams: when most of the reply's trigrams come from one template and
 * it covers most of that template, the reply is reported with the template's name.
 */
import { PUNCT, type Token } from '../../text/tokenize.ts';
import { readReply } from '../document.ts';
import { defineRule } from '../rule.ts';

/** Share of the reply's trigrams found in a template at which it counts as a copy. */
export const COPY_SHARE = 0.8;

function trigrams(tokens: readonly Token[]): Set<string> {
  const words = tokens.filter((t) => t.kind !== PUNCT).map((t) => t.norm);
  const out = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
}

const cache = new WeakMap<object, Set<string>>();

export default defineRule({
  meta: {
    id: 'no-template-copy',
    dimension: 'authenticity',
    description: "Not a near-copy of one of the team's templates sent without making it personal.",
    severity: 'warning',
    weight: 1,
  },
  check(ctx) {
    if (ctx.templates.length === 0) return { score: null, findings: [] };
    const mine = trigrams(ctx.doc.tokens);
    if (mine.size < 3) return { score: null, findings: [] };
    let best = { share: 0, cover: 0, name: '' };
    for (const t of ctx.templates) {
      let theirs = cache.get(t);
      if (!theirs) cache.set(t, (theirs = trigrams(readReply(t.text).tokens)));
      if (theirs.size === 0) continue;
      let common = 0;
      for (const g of mine) if (theirs.has(g)) common++;
      const share = common / mine.size;
      if (share > best.share) best = { share, cover: common / theirs.size, name: t.name };
    }
    const score = Math.max(0, Math.min(1, 1 - (best.share - 0.5) / 0.5));
    // Only a reported copy lowers the score, so every point lost is explained.
    if (best.share < COPY_SHARE || best.cover < 0.6) return { score: 1, findings: [] };
    return {
      score,
      findings: [{
        start: 0,
        end: ctx.doc.text.length,
        message: `The reply is a near-copy of the template “${best.name}” (${Math.round(best.share * 100)}% of its wording), with little added for this customer.`,
        suggestions: [{ message: `Keep what “${best.name}” gets right, and add what is specific to this customer: their name, their order, what you did.` }],
      }],
    };
  },
});
