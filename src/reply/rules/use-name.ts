/**
 * personalization: the reply uses the customer's name: the `customerName` given, a name in
 * the greeting, or a name placeholder (`{{first_name}}`). "Dear customer" or "Hi there" is
 * generic; a greeting with the wrong name is an error.
 */
import { LEXICONS } from '../../lexicon/compiled.ts';
import { PUNCT, WORD } from '../../text/tokenize.ts';
import { openingAnchor } from '../anchors.ts';
import { PLACEHOLDER_NORM, TITLES } from '../document.ts';
import { defineRule, type Report } from '../rule.ts';

let generic: Set<string> | undefined;
function genericAddress(): Set<string> {
  generic ??= new Set((LEXICONS['reply/generic-address'] ?? []).map((r) => String(r[0])));
  return generic;
}

const NON_ASCII = /[^\x00-\x7f]/;

/** Lower case without accents, so "José" and "Jose" are the same name. */
function fold(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/** The first name as written ("Mrs. Maria Lopez" -> "Maria"), or undefined for a blank name. */
function firstName(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const words = (name ?? '').trim().split(/\s+/).filter(Boolean);
  const first = words.find((w) => !TITLES.has(fold(w).replace(/\.$/, '')));
  return first ? first.replace(/[,.]$/, '') : undefined;
}

function isLetter(c: string | undefined): boolean {
  return c !== undefined && /\p{L}/u.test(c);
}

/** `name` (folded) occurs in `text` (folded) as a whole word, before `limit`. */
function mentions(text: string, name: string, limit: number): boolean {
  for (let i = text.indexOf(name); i >= 0 && i < limit; i = text.indexOf(name, i + 1)) {
    if (!isLetter(text[i - 1]) && !isLetter(text[i + name.length])) return true;
  }
  return false;
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
    const agent = firstName(agentName);
    if (tokens.some((t) => t.norm === PLACEHOLDER_NORM.name)) return { score: 1, findings: [] };
    // Any word of the name counts: "Hi Maria" and "Dear Ms. Lopez" both address Maria Lopez. Compared
    // within the body (before the sign-off), lower-cased; accents are folded only when there are any.
    const limit = doc.signoffAt < tokens.length ? tokens[doc.signoffAt]!.start : text.length;
    const parts = customerName === undefined ? [] : customerName.trim().split(/\s+/).map((w) => fold(w).replace(/[,.]$/, '')).filter((w) => w.length > 1 && !TITLES.has(w));
    if (parts.length > 0) {
      const lower = text.toLowerCase();
      if (lower.length === text.length && parts.some((p) => mentions(lower, p, limit))) return { score: 1, findings: [] };
      if (NON_ASCII.test(text)) {
        const folded = fold(text);
        if (folded.length === text.length && parts.some((p) => mentions(folded, p, limit))) return { score: 1, findings: [] };
      }
    }
    const findings: Report[] = [];
    const g = doc.greeting;
    if (g) {
      // A broken placeholder in the greeting is placeholder-syntax's to report.
      const span = { start: tokens[g.first]!.start, end: tokens[g.last - 1]!.end };
      if (doc.placeholders.some((p) => p.malformed && p.start < span.end && p.end > span.start)) return { score: null, findings: [] };
      let k = g.first + (tokens[g.first]!.norm === 'good' ? 2 : 1);
      const named = [];
      for (; k < g.last; k++) {
        const t = tokens[k]!;
        if (t.kind === WORD && !genericAddress().has(t.norm) && !TITLES.has(t.norm)) named.push(t);
      }
      const names = named.filter((t) => agent === undefined || fold(text.slice(t.start, t.end)) !== fold(agent));
      if (names.length > 0) {
        if (!real) return { score: 1, findings: [] };
        const who = names[0]!;
        const single = names.length === 1 && /^\p{L}+$/u.test(text.slice(who.start, who.end));
        findings.push({
          start: who.start,
          end: who.end,
          severity: 'error',
          message: `The greeting names “${text.slice(who.start, who.end)}”, but the customer is ${customerName!.trim()}.`,
          suggestions: [single ? { message: `Use the customer's name: “${real}”.`, replacement: real } : { message: `Use the customer's name: “${real}”.` }],
        });
        return { score: 0, findings };
      }
      const salutation = text.slice(span.start, span.end);
      const greetEnd = tokens[g.first]!.norm === 'good' ? g.first + 1 : g.first;
      const greetWord = text.slice(tokens[g.first]!.start, tokens[greetEnd]!.end);
      // The replacement keeps the greeting word and swaps the generic address for the name.
      const clean = tokens.slice(g.first, g.last).every((t) => t.kind !== PUNCT);
      findings.push({
        start: span.start,
        end: span.end,
        message: `“${salutation}” addresses no one in particular.`,
        suggestions: real
          ? [clean ? { message: `Greet them by name: “${greetWord} ${real}”.`, replacement: `${greetWord} ${real}` } : { message: `Greet them by name: “${greetWord} ${real}”.` }]
          : [{ message: 'Greet them by name, or in a template with a placeholder such as “Hi {{first_name}}”.' }],
      });
      return { score: 0.3, findings };
    }
    const anchor = openingAnchor(doc);
    findings.push({
      start: anchor.start,
      end: anchor.end,
      message: "The reply never uses the customer's name.",
      suggestions: [{ message: real ? `Open with “Hi ${real},”.` : 'Open with their name, or in a template a placeholder such as “Hi {{first_name}},”.' }],
    });
    return { score: 0.35, findings };
  },
});
