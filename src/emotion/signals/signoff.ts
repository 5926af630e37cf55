import type { Context } from '../context.ts';
import { WORD_CLASS } from '../../lexicon/index.ts';
import { PUNCT } from '../../text/tokenize.ts';

/** Weight left to plain thanks used as politeness ("Thanks, Maria", "please check, thanks"). */
export const SIGNOFF_FACTOR = 0.2;

/**
 * Thanks as a sign-off or a courtesy attached to a request is not gratitude:
 * a plain "thanks"/"thank you" (not intensified) in a message that asks for
 * something or complains keeps a fifth of its weight.
 */
export function signoff(ctx: Context): void {
  const { tokens, infos } = ctx;
  let gratitude = false;
  for (const m of ctx.matches) if (m.emotion === 'gratitude' && m.weight > 0) { gratitude = true; break; }
  if (!gratitude) return;
  // Sentences that ask for something ("?" or please/can/could/need ...).
  const asking = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if ((t.kind === PUNCT && t.norm.includes('?')) || infos[i]!.classes & WORD_CLASS.request) asking.add(t.sentence);
  }
  const complains = ctx.cueSum(['frustration', 'anger', 'anxiety', 'confusion', 'urgency']) >= 1.5;
  if (asking.size === 0 && !complains) return;
  const lastSentence = tokens.at(-1)!.sentence;
  for (const m of ctx.matches) {
    if (m.emotion !== 'gratitude' || m.weight <= 0 || m.weight > 2.5 || m.factor > 1) continue;
    if (m.last - m.first > 3 || tokens[m.last]?.norm === 'for') continue;
    // A sign-off closes the message; a courtesy sits in the request itself.
    const closing = m.sentence === lastSentence || (m.sentence === lastSentence - 1 && tokens.at(-1)!.kind !== PUNCT && lastSentenceIsName(ctx));
    if (!closing && !asking.has(m.sentence)) continue;
    ctx.setGratitudeFactor(m.sentence, SIGNOFF_FACTOR, true);
    m.source = 'signal:sign-off';
  }
}

/** The last line is a short signature ("Dana", "- Sam K."). */
function lastSentenceIsName(ctx: Context): boolean {
  const { tokens } = ctx;
  const s = tokens.at(-1)!.sentence;
  let words = 0;
  for (let i = tokens.length - 1; i >= 0 && tokens[i]!.sentence === s; i--) if (tokens[i]!.kind !== PUNCT) words++;
  return words <= 3;
}
