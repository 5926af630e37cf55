/**
 * authenticity: a reply, not a system notice. Two or more "Label: value" fields in the body
 * ("Device status: RECEIVED", "Ride refunded: €9.20", "Root cause: …") read like a form letter
 * or a status page pasted into the conversation, even when every fact in them is right.
 */
import { F_NEWLINE, PUNCT, WORD } from '../../text/tokenize.ts';
import type { Span } from '../../types.ts';
import { bodyStart } from '../anchors.ts';
import type { ReplyDoc } from '../document.ts';
import { defineRule } from '../rule.ts';

/** Most words a field label has ("Estimated return dispatch"). */
const MAX_LABEL_WORDS = 3;

/** Words that make the text before a colon a clause addressed to someone, not a label ("Here's what to do:", "You'll need:"). */
const CLAUSE = new Set(['i', 'we', 'you', "i'm", "we're", "you're", "i've", "we've", "you'll", "we'll", "i'll", "here's", 'here', 'please', 'these', 'this', 'following', 'steps']);

/** First words of labels people write in prose ("Good news:", "Quick tip:", "Next step:", "Option A:", "P.S.:"). */
const PROSE_LABELS = new Set(['good', 'great', 'note', 'tip', 'quick', 'update', 'next', 'option', 'step', 'ps', 'p', 'reminder', 'fyi', 'bonus', 'heads', 'important', 'also', 'edit', 'summary', 'short', 'tl']);

/** The label spans of "Label: value" fields: 1-3 words opening a sentence or line, a colon, then more text in the same sentence. */
function fields(doc: ReplyDoc): Span[] {
  const { tokens } = doc;
  const out: Span[] = [];
  const from = bodyStart(doc);
  for (let i = from; i < doc.signoffAt; i++) {
    const t = tokens[i]!;
    const opens = i === from || tokens[i - 1]!.sentence !== t.sentence || (t.flags & F_NEWLINE) !== 0 || tokens[i - 1]!.norm === '.';
    if (!opens || t.kind !== WORD || PROSE_LABELS.has(t.norm)) continue;
    let k = i;
    let clause = false;
    let words = 0;
    while (k < doc.signoffAt && words < MAX_LABEL_WORDS && tokens[k]!.sentence === t.sentence) {
      const x = tokens[k]!;
      if (x.kind === WORD) words++;
      else if (!(x.norm === '-' && x.start === tokens[k - 1]!.end)) break; // "Call-out fee"
      if (CLAUSE.has(x.norm)) clause = true;
      k++;
    }
    const colon = tokens[k];
    const value = tokens[k + 1];
    if (clause || !colon || colon.kind !== PUNCT || colon.norm !== ':' || !value || value.sentence !== colon.sentence || (value.flags & F_NEWLINE) !== 0) continue;
    out.push({ start: t.start, end: colon.end });
    i = k;
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'no-form-fields',
    dimension: 'authenticity',
    description: 'Written as a reply, not as "Label: value" fields of a system notice.',
    severity: 'info',
    weight: 1,
  },
  check(ctx) {
    const found = fields(ctx.doc);
    if (found.length < 2) return { score: 1, findings: [] };
    const first = found[0]!;
    const label = ctx.doc.text.slice(first.start, first.end);
    return {
      score: Math.max(0.2, 1 - 0.25 * (found.length - 1)),
      findings: [{
        ...first,
        message: `“${label}” and ${found.length - 1} more “Label: value” field${found.length > 2 ? 's' : ''} read like a system notice, not a person writing.`,
        suggestions: [{ message: 'Say it in sentences, for example: “Your phone arrived on Monday; we\'re replacing the screen and it ships back on Friday.”' }],
      }],
    };
  },
});
