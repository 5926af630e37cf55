/**
 * followup: the reply invites the customer back, promises to check in, or says when they
 * will hear next ("Just reply here if the code doesn't arrive", "I'll email you by Thursday").
 */
import { closingAnchor } from '../anchors.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  meta: {
    id: 'invite-followup',
    dimension: 'followup',
    description: 'Invites the customer back, promises to check in, or says when they will hear next.',
    severity: 'warning',
    weight: 1,
  },
  check(ctx) {
    const { facts, doc } = ctx;
    const follow = facts.commitments.filter((m) => m.entry.data.kind === 'followup');
    if (follow.length > 0) {
      // Best when it also says when: a time in the same sentence as the follow-up.
      const timed = follow.some((m) => {
        const s = doc.tokens[m.first]!.sentence;
        return facts.timeWords.some((i) => doc.tokens[i]!.sentence === s) ||
          facts.commitments.some((c) => c.entry.data.kind === 'time' && doc.tokens[c.first]!.sentence === s);
      });
      return { score: timed ? 1 : 0.85, findings: [] };
    }
    return {
      score: 0.2,
      findings: [{
        ...closingAnchor(doc),
        message: "The reply doesn't invite the customer back or say when they'll hear from you next.",
        suggestions: [{ message: "Close with, for example: “Just reply here if the code doesn't arrive.” or “I'll email you by Thursday with an update.”" }],
      }],
    };
  },
});
