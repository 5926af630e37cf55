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
  let asks = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if ((t.kind === PUNCT && t.norm.includes('?')) || infos[i]!.classes & WORD_CLASS.request) { asks = true; break; }
  }
  const complains = ctx.cueSum(['frustration', 'anger', 'anxiety', 'confusion', 'urgency']) >= 1.5;
  if (!asks && !complains) return;
  for (const m of ctx.matches) {
    if (m.emotion !== 'gratitude' || m.weight <= 0 || m.weight > 2.5 || m.factor > 1) continue;
    const words = m.last - m.first;
    if (words > 3 || tokens[m.last]?.norm === 'for') continue;
    if (!ctx.gratitudeFactor.has(m.sentence)) ctx.gratitudeFactor.set(m.sentence, SIGNOFF_FACTOR);
    m.source = 'signal:sign-off';
  }
}
