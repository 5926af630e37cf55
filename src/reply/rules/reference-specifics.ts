/**
 * personalization: the reply refers to the specifics of the customer's message (order
 * numbers, amounts, dates, the product or device, what they already tried), so it reads as
 * an answer to them rather than to anyone. Applies only when a message with specifics is given.
 */
import { NUM, WORD } from '../../text/tokenize.ts';
import { openingAnchor } from '../anchors.ts';
import { stemKey } from '../message.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  meta: {
    id: 'reference-specifics',
    dimension: 'personalization',
    description: "Refers to the specifics of the customer's message: ids, amounts, dates, products, what they tried.",
    severity: 'warning',
    weight: 1.5,
  },
  check(ctx) {
    const specifics = ctx.message?.specifics ?? [];
    if (specifics.length === 0) return { score: null, findings: [] };
    const norms = new Set<string>();
    const stems = new Set<string>();
    const digits = new Set<string>();
    for (const t of ctx.doc.tokens) {
      if (t.kind === NUM || (t.kind === WORD && /\d/.test(t.norm))) digits.add(t.norm.replace(/\D/g, ''));
      if (t.kind !== WORD) continue;
      norms.add(t.norm);
      stems.add(stemKey(t.norm));
    }
    const referenced = specifics.filter((s) => (s.kind === 'id' ? digits.has(s.key) : norms.has(s.key) || stems.has(stemKey(s.key))));
    if (referenced.length > 0) {
      return { score: Math.min(1, 0.6 + (0.4 * referenced.length) / Math.min(3, specifics.length)), findings: [] };
    }
    const named = specifics.slice(0, 3).map((s) => `“${s.text}”`).join(', ');
    return {
      score: 0.2,
      findings: [{
        ...openingAnchor(ctx.doc),
        message: `The reply mentions none of the specifics the customer gave (${named}), so it could answer anyone.`,
        suggestions: [{ message: `Refer to them, for example ${named}, so the customer sees their message was read.` }],
      }],
    };
  },
});
