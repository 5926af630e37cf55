/**
 * positivity: says what we can do, not what we can't. Flags negative framing from
 * lexicons/reply/negative-framing.tsv ("unfortunately", "we are unable to", "our policy does
 * not allow"). A modal like "can't" counts only with us as its subject: "you can't log in"
 * describes the customer's problem and is not framing, except before "be" ("it can't be done"). Refusals no list names ("not permitted",
 * "No, …") are found by `refusalsOf`.
 */
import type { Token } from '../../text/tokenize.ts';
import { phraseReport } from '../rewrite.ts';
import { LEXICONS } from '../../lexicon/compiled.ts';
import { PUNCT } from '../../text/tokenize.ts';
import type { Span } from '../../types.ts';
import { covering } from '../phrases.ts';
import { defineRule, type RuleContext } from '../rule.ts';

const MODALS = new Set(["can't", 'cannot', 'unable', "won't", "couldn't", "wouldn't"]);
const US = new Set(['i', 'we', "i'm", "we're", "i've", "we've", "i'll", "we'll", 'us', 'our', 'team']);

const OTHERS = new Set(['you', "you're", "you've", 'they', "they're", 'he', 'she', 'it', "it's", 'this', 'that']);

/** The nearest subject before token i, within three words, is the customer or a thing ("you", "it"). */
function theirSubject(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    if (tokens[k]!.sentence !== tokens[i]!.sentence) return false;
    if (OTHERS.has(tokens[k]!.norm) && tokens[k]!.norm.startsWith('you')) return true;
    if (US.has(tokens[k]!.norm)) return false;
  }
  return false;
}

/** Words that make a refusal good news: "No, you won't be charged", "your password can't be seen". */
const REASSURING = new Set(['charged', 'need', 'worry', 'lost', 'problem', 'affected', 'seen', 'accessed', 'shared', 'stolen', 'read', 'viewed']);

/** "No, you won't be charged": the rest of the sentence reassures ("won't be charged", "don't need"). */
function reassures(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 6 && tokens[k]!.sentence === tokens[from]?.sentence; k++) {
    const n = tokens[k]!.norm;
    if (REASSURING.has(n)) return true;
  }
  return false;
}

/** The nearest subject before a modal, within three words, is us ("we can't"), not the customer ("you can't"). */
function ourSubject(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 3; k--) {
    if (tokens[k]!.sentence !== tokens[first]!.sentence) return false;
    if (OTHERS.has(tokens[k]!.norm)) return false;
    if (US.has(tokens[k]!.norm)) return true;
  }
  return false;
}

let restriction: Set<string> | undefined;

/**
 * Refusals no phrase list names: a negation followed within three words by a restriction word
 * ("not allowed", "isn't supported", "no longer available", lexicons/reply/restriction-words.tsv),
 * and a sentence that opens with a bare "No," / "No.". Spans inside another match are skipped.
 */
function refusalsOf(ctx: RuleContext, covered: () => readonly { first: number; last: number }[]): Span[] {
  restriction ??= new Set((LEXICONS['reply/restriction-words'] ?? []).map((r) => String(r[0])));
  const { tokens, prepared } = ctx.doc;
  const out: Span[] = [];
  let mark: number[] | undefined; // built on the first negation only
  const inside = (i: number): boolean => (mark ??= covering(covered(), tokens.length))[i] === 1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const opens = i === 0 || tokens[i - 1]!.sentence !== t.sentence;
    if (opens && t.norm === 'no' && next && next.kind === PUNCT && (next.norm === ',' || next.norm === '.') && next.sentence === t.sentence &&
        !reassures(tokens, i + 2)) {
      out.push({ start: t.start, end: t.end });
      continue;
    }
    if (!prepared.infos[i]!.negator || inside(i)) continue;
    // "no need to", "you don't have to": good news, not a refusal; "if you're not able to": the customer's problem.
    if (next && (next.norm === 'need' || next.norm === 'have' || next.norm === 'worries' || next.norm === 'problem')) continue;
    if (!ourSubject(tokens, i) && theirSubject(tokens, i)) continue;
    for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
      const x = tokens[k]!;
      if (x.kind === PUNCT || x.sentence !== t.sentence) break;
      if (restriction.has(x.norm)) {
        if (!inside(k)) out.push({ start: t.start, end: x.end });
        i = k;
        break;
      }
    }
  }
  return out;
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
    // "It can't be done", "this cannot be changed": a passive modal hides who can't; unless it is
    // about the customer ("you can't be charged twice") it is ours to frame.
    const passiveModal = (m: (typeof facts.negative)[number]): boolean =>
      m.entry.tokens[1] === 'be' && !theirSubject(doc.tokens, m.first) && !reassures(doc.tokens, m.last);
    const hits = facts.negative.filter((m) => !MODALS.has(m.entry.tokens[0]!) || ourSubject(doc.tokens, m.first) || passiveModal(m));
    const findings = hits.map((m) => phraseReport(doc, m, `“${doc.text.slice(m.start, m.end)}” tells the customer what you can't do; say what you can do instead.`));
    const refusals = refusalsOf(ctx, () => [...facts.negative, ...facts.blame, ...facts.acknowledgement]);
    for (const r of refusals) {
      findings.push({
        start: r.start,
        end: r.end,
        message: `“${doc.text.slice(r.start, r.end)}” tells the customer what they can't have; say what they can.`,
        suggestions: [{ message: 'Lead with what is possible, for example: “Dogs up to 25 kg are welcome” instead of “Larger dogs are not allowed”.' }],
      });
    }
    return { score: Math.max(0, 1 - 0.3 * (hits.length + refusals.length)), findings };
  },
});
