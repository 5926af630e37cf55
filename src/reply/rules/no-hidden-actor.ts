/**
 * clarity: no passive voice that hides who acts ("mistakes were made", "your refund has been
 * delayed"). A form of "be" followed by a past participle with no "by …" agent is reported;
 * participles that name a state ("we're located", "I'm interested") are not.
 */
import { PUNCT, WORD, type Token } from '../../text/tokenize.ts';
import type { ReplyLexicon } from '../lexicon.ts';
import { defineRule } from '../rule.ts';

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "isn't", "aren't", "wasn't", "weren't"]);
const AUX = new Set(['has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', "hasn't", "haven't", "won't"]);
const BETWEEN = new Set(['not', 'already', 'just', 'also', 'now', 'been', 'being', 'still', 'never', 'recently', 'since']);

/** BE.has(norm), skipping the Set for words that cannot be in it (first letter, length). */
function isBe(norm: string): boolean {
  const c = norm.charCodeAt(0);
  return (c === 105 || c === 97 || c === 119 || c === 98) && norm.length <= 7 && BE.has(norm);
}

function participle(t: Token, lex: ReplyLexicon): boolean {
  if (t.kind !== WORD || lex.stative.has(t.norm)) return false;
  return lex.participles.has(t.norm) || (t.norm.length >= 5 && t.norm.endsWith('ed') && !t.norm.endsWith('eed'));
}

export default defineRule({
  meta: {
    id: 'no-hidden-actor',
    dimension: 'clarity',
    description: 'No passive voice that hides who acts ("mistakes were made").',
    severity: 'info',
    weight: 1,
  },
  check(ctx) {
    const { doc, lex } = ctx;
    const { tokens, text } = doc;
    const found: { start: number; end: number }[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (!isBe(tokens[i]!.norm) || (i > 0 && tokens[i - 1]!.norm === 'please')) continue; // "please be patient" is a request
      let j = i + 1;
      while (j < tokens.length && j <= i + 3 && (BETWEEN.has(tokens[j]!.norm) || tokens[j]!.norm.endsWith('ly'))) j++;
      const p = tokens[j];
      if (!p || p.sentence !== tokens[i]!.sentence || !participle(p, lex)) continue;
      let agent = false;
      for (let k = j + 1; k < tokens.length && k <= j + 4 && tokens[k]!.kind !== PUNCT; k++) if (tokens[k]!.norm === 'by') agent = true;
      if (agent) continue;
      // Start the span at the subject word just before "be" when there is one ("mistakes were made").
      let subj = i;
      while (subj > 0 && AUX.has(tokens[subj - 1]!.norm) && tokens[subj - 1]!.sentence === p.sentence) subj--;
      if (subj > 0 && tokens[subj - 1]!.kind === WORD && tokens[subj - 1]!.sentence === p.sentence) subj--;
      // A hyphenated subject ("check-in") is one word.
      while (subj > 1 && tokens[subj - 1]!.norm === '-' && tokens[subj - 1]!.start === tokens[subj - 2]!.end && tokens[subj]!.start === tokens[subj - 1]!.end) subj -= 2;
      found.push({ start: tokens[subj]!.start, end: p.end });
      i = j;
    }
    return {
      score: Math.max(0, 1 - 0.25 * found.length),
      findings: found.map((f) => ({
        start: f.start,
        end: f.end,
        message: `“${text.slice(f.start, f.end)}” hides who did it; the customer wants to know who acts.`,
        suggestions: [{ message: 'Name who acts, for example “We delayed your refund” or “Our courier will deliver it”.' }],
      })),
    };
  },
});
