/**
 * authenticity: not a boilerplate opener and closer with nothing specific in between. A reply
 * whose first and last body sentences are stock phrases and whose middle says nothing
 * concrete (no number, no specific from the message, at most one short sentence) is a script.
 */
import { NUM, WORD } from '../../text/tokenize.ts';
import { bodyStart } from '../anchors.ts';
import { stemKey } from '../message.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  meta: {
    id: 'no-boilerplate-only',
    dimension: 'authenticity',
    description: 'Not a stock opener and closer with nothing specific between them.',
    severity: 'warning',
    weight: 1,
  },
  check(ctx) {
    const { doc, facts } = ctx;
    const first = bodyStart(doc);
    const body = doc.sentences.filter((s) => s.last > first && s.first < doc.signoffAt && s.words > 0);
    if (body.length === 0 || facts.canned.length === 0) return { score: 1, findings: [] };
    const cannedSentences = new Set(facts.canned.map((m) => doc.tokens[m.first]!.sentence));
    const cannedIn = (k: number): boolean => cannedSentences.has(doc.tokens[body[k]!.first]!.sentence);
    const opener = cannedIn(0);
    const closer = cannedIn(body.length - 1);
    if (!opener || !closer) return { score: 1, findings: [] };
    const middle = body.slice(1, -1);
    const specifics = new Set((ctx.message?.specifics ?? []).map((s) => (s.kind === 'id' ? s.key : stemKey(s.key))));
    let concrete = false;
    for (const s of middle) {
      for (let i = s.first; i < s.last; i++) {
        const t = doc.tokens[i]!;
        if (t.kind === NUM || (t.kind === WORD && (/\d/.test(t.norm) || specifics.has(stemKey(t.norm)) || t.norm === '{field}'))) concrete = true;
      }
    }
    const words = middle.reduce((n, s) => n + s.words, 0);
    if (concrete || (middle.length > 1 && words > 25)) return { score: 0.8, findings: [] };
    const start = body[0]!.start;
    const end = body[body.length - 1]!.end;
    return {
      score: 0.2,
      findings: [{
        start,
        end,
        message: 'A stock opener and a stock closer with nothing specific between them: the reply reads as a script.',
        suggestions: [{ message: "Replace the stock lines with what you found and what you did for this customer, in your own words." }],
      }],
    };
  },
});
