import type { Context } from '../context.ts';
import { WORD_CLASS } from '../../lexicon/index.ts';

const NEGATIVE = ['frustration', 'anger'] as const;

/**
 * Sarcasm: a positive opener ("Great,", "Thanks a lot", "Love how") near the
 * start of a sentence whose sentence (or the next) complains. The praise and
 * thanks there stop counting as gratitude and count as frustration instead.
 * A sentence that reports a fix ("it works now") is taken as sincere.
 */
export function sarcasm(ctx: Context): void {
  const { tokens, infos } = ctx;
  const at = ctx.at.sarcasm; // words that start an opener
  let doneSentence = -1;
  for (let c = 0; c < at.length; c++) {
    const i = at[c]!;
    const t = tokens[i]!;
    if (t.sentence === doneSentence) continue;
    // Opener within the first three words of its sentence ("Oh great", "Wow, so helpful").
    if (i >= 4 && tokens[i - 4]!.sentence === t.sentence) continue;
    const list = infos[i]!.sarcasm!;
    let end = -1;
    for (const o of list) {
      let ok = true;
      for (let k = 0; k < o.tokens.length; k++) if (tokens[i + k]?.norm !== o.tokens[k]) { ok = false; break; }
      if (ok) { end = i + o.tokens.length; break; }
    }
    if (end < 0) continue;
    const s = t.sentence;
    // "Great, another outage": praise followed at once by "another"/"again".
    let another = false;
    for (let k = end; k < end + 3 && k < tokens.length; k++) {
      const w = tokens[k]!.norm;
      if (w === 'another' || w === 'again') another = true;
    }
    // Plain thanks are sarcastic only inside the complaint ("Thanks for making me wait 3 weeks");
    // sincere thanks are often followed by the next problem.
    const thanks = (t.norm === 'thanks' || t.norm === 'thank') && end - i <= 3 && tokens[i + 2]?.norm !== 'lot';
    const sameSentence = ctx.cueSum(NEGATIVE, s);
    const complaint = thanks ? sameSentence : sameSentence + Math.max(ctx.cueSum(NEGATIVE, s + 1), ctx.cueSum(NEGATIVE, s - 1));
    if (!another && complaint < (thanks ? 2 : 1.5)) continue;
    // The opener is within the sentence's first four tokens, so its start is close by.
    let sentenceStart = i;
    while (sentenceStart > 0 && tokens[sentenceStart - 1]!.sentence === s) sentenceStart--;
    if (reportsFix(ctx, sentenceStart)) continue;
    for (const k of thanks ? [s] : [s - 1, s, s + 1]) ctx.setGratitudeFactor(k, 0);
    ctx.add('frustration', 1.4, i, end, 'signal:sarcasm');
    ctx.add('anger', 0.6, i, end, 'signal:sarcasm');
    // Skip the rest of this sentence.
    doneSentence = s;
  }
}

/** A good outcome stated without negation ("fixed", "finally") in the sentence starting at `from`. */
function reportsFix(ctx: Context, from: number): boolean {
  const { tokens, negated } = ctx;
  const s = tokens[from]!.sentence;
  for (let k = from; k < tokens.length && tokens[k]!.sentence === s; k++) {
    if (!negated[k] && ctx.infos[k]!.classes & WORD_CLASS.fix) return true;
  }
  return false;
}
