/**
 * followup: the reply invites the customer back, promises to check in, or says when they
 * will hear next ("Just reply here if the code doesn't arrive", "I'll email you by Thursday").
 * A timed promise to act and a closing question to the customer count too.
 */
import { PUNCT } from '../../text/tokenize.ts';
import { closingAnchor } from '../anchors.ts';
import type { ReplyDoc } from '../document.ts';
import type { Facts } from '../facts.ts';
import { isFuture } from '../lexicon.ts';
import { defineRule } from '../rule.ts';
import { LEXICONS } from '../../lexicon/compiled.ts';

/** Verbs that, opening the main clause after an "if" clause, send the customer back to us ("…, call 0300 555 0192"). */
const CONTACT = new Set(['call', 'email', 'text', 'ring', 'phone', 'contact', 'reply', 'message', 'write', 'ping', 'chat']);

/** "If the fee shows up, send me a screenshot": a sentence opening with "if" that asks the customer to come back to us. */
function conditionalInvite(doc: ReplyDoc): boolean {
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.norm !== 'if' || (i > 0 && tokens[i - 1]!.sentence === tokens[i]!.sentence && tokens[i - 1]!.norm !== ';')) continue;
    let clause = false; // past the comma that ends the "if" clause
    // The scan ends at the sentence or at a ";" (where the next "if" may start), so each token is read once.
    for (let k = i + 1; k < tokens.length && tokens[k]!.sentence === tokens[i]!.sentence && tokens[k]!.norm !== ';'; k++) {
      const n = tokens[k]!.norm;
      if (n === 'me' || n === 'us') return true;
      if (n === ',') clause = true;
      else if (clause && tokens[k - 1]!.norm === ',' && CONTACT.has(n)) return true; // "…, call 0300 555 0192"
    }
  }
  return false;
}

let noticeWords: Set<string> | undefined;

/** Words after "once" that make it "one time" ("I emailed you once already"), not "as soon as". */
const ONCE_COUNT = new Set(['already', 'again', 'more', 'before', 'or']);

/** Token i looks ahead: "will" (not the name Will), "we'll", "he'll", "shall", "once" (it's approved). */
function looksAhead(doc: ReplyDoc, i: number): boolean {
  const t = doc.tokens[i]!;
  const n = t.norm;
  if (n === 'will') {
    const c = doc.text.charCodeAt(t.start);
    return !(c >= 65 && c <= 90) || i === 0 || doc.tokens[i - 1]!.sentence !== t.sentence;
  }
  if (n === 'once') return !ONCE_COUNT.has(doc.tokens[i + 1]?.norm ?? '');
  return n === 'shall' || n.endsWith("'ll");
}

/**
 * "The driver will text a one-hour window", "a confirmation will land in your inbox", "an SMS
 * goes out once it's approved": a sentence that looks ahead and names how the customer hears
 * next (lexicons/reply/notice-words.tsv). Sentences in `skip` don't count.
 */
function notifies(doc: ReplyDoc, skip?: ReadonlySet<number>): boolean {
  noticeWords ??= new Set((LEXICONS['reply/notice-words'] ?? []).map((r) => String(r[0])));
  const { tokens } = doc;
  let sentence = -1;
  let ahead = false;
  let notice = false;
  for (let i = 0; i < doc.signoffAt; i++) {
    const t = tokens[i]!;
    if (t.sentence !== sentence) { sentence = t.sentence; ahead = false; notice = false; }
    if (skip?.has(sentence)) continue;
    if (looksAhead(doc, i)) ahead = true;
    else if (noticeWords.has(t.norm)) notice = true;
    if (ahead && notice) return true;
  }
  return false;
}

/** Words of a closing question that proposes something for the customer to answer ("Does Thursday suit?"). */
const PROPOSAL = new Set(['suit', 'suits', 'work', 'works', 'ok', 'okay', 'fine', 'sound', 'prefer']);

/** The reply closes on a question to the customer ("Does Thursday work for you?"): it invites an answer. */
function endsWithQuestion(doc: ReplyDoc, skip?: ReadonlySet<number>): boolean {
  let i = doc.signoffAt - 1;
  while (i >= 0 && doc.tokens[i]!.kind === PUNCT && !doc.tokens[i]!.norm.includes('?')) i--;
  if (i < 0 || !doc.tokens[i]!.norm.includes('?')) return false;
  const s = doc.tokens[i]!.sentence;
  if (skip?.has(s)) return false;
  for (let k = i - 1; k >= 0 && doc.tokens[k]!.sentence === s; k--) {
    const n = doc.tokens[k]!.norm;
    if (n === 'you' || n === 'your' || n === "you'd" || PROPOSAL.has(n)) return true;
  }
  return false;
}

/** Sentences that say when: a time word or a time phrase. */
function timedSentences(doc: ReplyDoc, facts: Facts): Set<number> {
  const out = new Set<number>();
  for (const k of facts.timeWords) out.add(doc.tokens[k]!.sentence);
  for (const c of facts.commitments) if (c.entry.data.kind === 'time') out.add(doc.tokens[c.first]!.sentence);
  return out;
}

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
    // A promise to act that says when ("I'll send the renewal by Friday") also tells the customer when they'll hear next.
    const timed = timedSentences(doc, facts);
    const sameSentenceTime = (i: number): boolean => timed.has(doc.tokens[i]!.sentence);
    const timedAction = facts.commitments.some((m) => m.entry.data.kind === 'action' && isFuture(m.entry.tokens) && sameSentenceTime(m.first));
    const follow = facts.commitments.filter((m) => m.entry.data.kind === 'followup');
    const deadEnd = facts.commitments.find((m) => m.entry.data.kind === 'deadend');
    if (follow.length > 0) {
      // Best when it also says when (a time in the same sentence as the follow-up); then when
      // another sentence also invites them back, promises a timed action, names how they'll hear
      // next or asks.
      if (follow.some((m) => sameSentenceTime(m.first))) return { score: 1, findings: [] };
      const own = new Set(follow.map((m) => doc.tokens[m.first]!.sentence));
      const timedElsewhere = facts.commitments.some((m) => m.entry.data.kind === 'action' && isFuture(m.entry.tokens) && sameSentenceTime(m.first) && !own.has(doc.tokens[m.first]!.sentence));
      const more = own.size > 1 || timedElsewhere || notifies(doc, own) || endsWithQuestion(doc, own);
      return { score: more ? 0.95 : 0.85, findings: [] };
    }
    const indirect = timedAction || endsWithQuestion(doc) || conditionalInvite(doc);
    if (deadEnd && !indirect) {
      // "This mailbox is not monitored", "this ticket is now closed": the door is shut, unless
      // the reply opens another ("…; if you need help, call 0300 555 0192").
      const text = doc.text.slice(deadEnd.start, deadEnd.end);
      return {
        score: 0.1,
        findings: [{
          start: deadEnd.start,
          end: deadEnd.end,
          message: `“${text}” shuts the door: the customer can't come back or hear more.`,
          suggestions: [{ message: "Replace it with a way back, for example: “If it hasn't arrived by Friday, just reply here.”" }],
        }],
      };
    }
    if (indirect || (!deadEnd && notifies(doc))) return { score: 0.85, findings: [] };
    const anchor = closingAnchor(doc);
    return {
      score: 0.2,
      findings: [{
        start: anchor.start,
        end: anchor.end,
        message: "The reply doesn't invite the customer back or say when they'll hear from you next.",
        suggestions: [{ message: "Close with, for example: “Just reply here if the code doesn't arrive.” or “I'll email you by Thursday with an update.”" }],
      }],
    };
  },
});
