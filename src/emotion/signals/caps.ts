import type { Context } from '../context.ts';
import { PUNCT, WORD, type Token } from '../../text/tokenize.ts';

export const SHOUT_WEIGHT = { frustration: 0.9, anger: 0.9 } as const;

/**
 * Shouting: a run of two or more words in capitals (acronyms such as ATM do
 * not count). Raises anger and frustration unless the message is thankful.
 */
export function caps(ctx: Context): void {
  const { tokens, text } = ctx;
  const at = ctx.at.caps; // shouted words, in order
  const runs: [number, number][] = [];
  // Consecutive shouted words form a run unless something between them breaks it: a word in
  // lower case, or punctuation other than a comma or apostrophe. One-letter capitals ("I", "A")
  // and non-words (numbers, emoji) neither start nor break a run. Only the tokens between two
  // shouted words are visited, so the cost follows the capitals, not the message.
  let runStart = -1;
  let count = 0;
  let last = -1;
  for (let c = 0; c < at.length; c++) {
    const i = at[c]!;
    if (runStart >= 0 && breaks(tokens, text, last + 1, i)) {
      if (count >= 2) runs.push([runStart, last + 1]);
      runStart = -1;
    }
    if (runStart < 0) {
      runStart = i;
      count = 0;
    }
    count++;
    last = i;
  }
  if (runStart >= 0 && count >= 2) runs.push([runStart, last + 1]);
  if (runs.length === 0) return;
  ctx.amplifiers += 1;
  const thankful = ctx.cueSum(['gratitude']) > ctx.cueSum(['frustration', 'anger', 'anxiety', 'confusion', 'urgency']);
  if (thankful) return;
  for (const [a, b] of runs) {
    ctx.add('anger', SHOUT_WEIGHT.anger, a, b, 'signal:caps');
    ctx.add('frustration', SHOUT_WEIGHT.frustration, a, b, 'signal:caps');
  }
}

/** Does a token in [from, to) end a shouting run? */
function breaks(tokens: readonly Token[], text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind === PUNCT) {
      if (t.norm !== ',' && t.norm !== "'") return true;
      continue;
    }
    if (t.kind !== WORD) continue;
    const c = text.charCodeAt(t.start);
    if (t.end - t.start === 1 && c >= 65 && c <= 90) continue;
    return true; // a word not shouted (shouted words are all in `at.caps`)
  }
  return false;
}
