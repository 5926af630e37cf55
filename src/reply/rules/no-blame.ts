/**
 * positivity: no blame, condescension or defensiveness ("you failed to", "as I said",
 * "calm down", "obviously"), from lexicons/reply/blame.tsv.
 */
import { phraseReport } from '../rewrite.ts';
import type { Span } from '../../types.ts';
import type { ReplyDoc } from '../document.ts';
import { covering } from '../phrases.ts';
import { defineRule } from '../rule.ts';

const FAULT = new Set(["didn't", 'forgot', 'never', "haven't", "hadn't", 'missed', 'failed']);

const GREETING = new Set(['hi', 'hello', 'hey', 'dear']);
/** Capitalized words before a comma that are not an address ("No, you didn't…", "Relax, you…"). */
const NOT_NAMES = new Set(['no', 'yes', 'ok', 'okay', 'well', 'relax', 'phew', 'however', 'so', 'oh', 'also', 'sadly', 'sure', 'honestly', 'again', 'then', 'now', 'and', 'but', 'good', 'great', 'fortunately', 'luckily', 'thankfully', 'happily', 'unfortunately', 'first', 'plus', 'anyway', 'look', 'listen', 'remember']);

/**
 * Whether token i opens its sentence, or follows only an address and a comma ("Beatriz, you…",
 * "Hi Sam, you…"): greeting words and capitalized names, not "No," "Luckily," or "Don't worry,".
 */
function opensSentence(doc: ReplyDoc, i: number): boolean {
  const { tokens, text } = doc;
  const s = tokens[i]!.sentence;
  if (i === 0 || tokens[i - 1]!.sentence !== s) return true;
  if (tokens[i - 1]!.norm !== ',') return false;
  let k = i - 2;
  for (; k >= 0 && tokens[k]!.sentence === s; k--) {
    const t = tokens[k]!;
    if (i - 2 - k >= 3) return false;
    const c = text.charCodeAt(t.start);
    const capitalized = c >= 65 && c <= 90 && !NOT_NAMES.has(t.norm);
    if (!GREETING.has(t.norm) && !capitalized) return false;
  }
  return k < i - 2;
}

/**
 * A sentence that opens with what the customer did wrong ("You didn't tick…", "Beatriz, you
 * forgot…"): a fact put as their fault. Inside a sentence ("I'm sorry you didn't get the email")
 * it is sympathy.
 */
function faultFirst(doc: ReplyDoc): (Span & { first: number })[] {
  const { tokens } = doc;
  const out: (Span & { first: number })[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.norm !== 'you' || !opensSentence(doc, i)) continue;
    let k = i + 1;
    if (tokens[k]!.norm === 'did' && tokens[k + 1]?.norm === 'not') k++;
    const v = tokens[k]!;
    if (v.sentence === t.sentence && (FAULT.has(v.norm) || (v.norm === 'not' && tokens[k - 1]!.norm === 'did'))) out.push({ start: t.start, end: v.end, first: i });
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'no-blame',
    dimension: 'positivity',
    description: 'No blaming, condescending or defensive wording ("you failed to", "as I said", "calm down").',
    severity: 'warning',
    weight: 1.5,
  },
  check(ctx) {
    const { doc, facts } = ctx;
    const findings = facts.blame.map((m) => phraseReport(doc, m, `“${doc.text.slice(m.start, m.end)}” blames or talks down to the customer.`));
    const spans = faultFirst(doc);
    const inBlame = spans.length > 0 && facts.blame.length > 0 ? covering(facts.blame, doc.tokens.length) : undefined;
    for (const span of spans) {
      // "You forgot to…" is already reported by the lexicon ("you forgot to"): one finding per wording.
      if (inBlame && inBlame[span.first] === 1) continue;
      findings.push({
        start: span.start,
        end: span.end,
        message: `“${doc.text.slice(span.start, span.end)}” opens the sentence with the customer's mistake.`,
        suggestions: [{ message: "Start with the fix, for example: “Tick 'Keep me signed in' at login and you'll stay signed in for 30 days.”" }],
      });
    }
    return { score: Math.max(0, 1 - 0.4 * findings.length), findings };
  },
});
