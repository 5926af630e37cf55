/**
 * personalization: the reply uses the customer's name: the `customerName` given, a name in
 * the greeting, or a name placeholder (`{{first_name}}`). "Dear customer" or "Hi there" is
 * generic; a greeting with the wrong name is an error.
 */
import { LEXICONS } from '../../lexicon/compiled.ts';
import { PLACEHOLDER_NORM } from '../document.ts';
import { openingAnchor } from '../anchors.ts';
import { WORD } from '../../text/tokenize.ts';
import { defineRule, type Report } from '../rule.ts';

let generic: Set<string> | undefined;
function genericAddress(): Set<string> {
  generic ??= new Set((LEXICONS['reply/generic-address'] ?? []).map((r) => String(r[0])));
  return generic;
}

/** The first word of a name as written ("Maria Lopez" -> "Maria"), or undefined for a blank name. */
function firstName(name: string | undefined): string | undefined {
  const first = name?.trim().split(/\s+/)[0];
  return first ? first : undefined;
}

export default defineRule({
  meta: {
    id: 'use-name',
    dimension: 'personalization',
    description: "Uses the customer's name (given, in the greeting, or as a template placeholder), not a generic address.",
    severity: 'warning',
    weight: 1,
  },
  check(ctx) {
    const { doc, customerName, agentName } = ctx;
    const { tokens, text } = doc;
    const real = firstName(customerName);
    const want = real?.toLowerCase();
    const agent = firstName(agentName)?.toLowerCase();
    if (tokens.some((t) => t.norm === PLACEHOLDER_NORM.name)) return { score: 1, findings: [] };
    if (want && tokens.some((t, i) => t.norm === want && i < doc.signoffAt)) return { score: 1, findings: [] };
    const findings: Report[] = [];
    const g = doc.greeting;
    if (g) {
      // Words of the salutation after the greeting word(s).
      let k = g.first + 1;
      if (tokens[g.first]!.norm === 'good') k++;
      const named = [];
      for (; k < g.last; k++) {
        const t = tokens[k]!;
        if (t.kind === WORD && !genericAddress().has(t.norm)) named.push(t);
      }
      const span = { start: tokens[g.first]!.start, end: tokens[g.last - 1]!.end };
      if (named.length > 0 && named[0]!.norm !== agent) {
        const who = named[0]!;
        if (!real) return { score: 1, findings: [] };
        findings.push({
          start: who.start,
          end: who.end,
          severity: 'error',
          message: `The greeting names “${text.slice(who.start, who.end)}”, but the customer is ${customerName!.trim()}.`,
          suggestions: [{ message: `Use the customer's name: “${real}”.`, replacement: real }],
        });
        return { score: 0, findings };
      }
      const salutation = text.slice(span.start, span.end);
      const greetWord = text.slice(tokens[g.first]!.start, tokens[tokens[g.first]!.norm === 'good' ? g.first + 1 : g.first]!.end);
      findings.push({
        ...span,
        message: `“${salutation}” addresses no one in particular.`,
        suggestions: real
          ? [{ message: `Greet them by name: “${greetWord} ${real}”.`, replacement: `${greetWord} ${real}` }]
          : [{ message: 'Greet them by name, or in a template with a placeholder such as “Hi {{first_name}}”.' }],
      });
      return { score: 0.3, findings };
    }
    findings.push({
      ...openingAnchor(doc),
      message: "The reply never uses the customer's name.",
      suggestions: [{ message: real ? `Open with “Hi ${real},”.` : 'Open with their name, or in a template a placeholder such as “Hi {{first_name}},”.' }],
    });
    return { score: 0.35, findings };
  },
});
