import type { Context } from '../context.ts';
import { F_CAPS, PUNCT, WORD } from '../../text/tokenize.ts';

export const SHOUT_WEIGHT = { frustration: 0.9, anger: 0.9 } as const;

/**
 * Shouting: a run of two or more words in capitals (acronyms such as ATM do
 * not count). Raises anger and frustration unless the message is thankful.
 */
export function caps(ctx: Context): void {
  const { tokens, infos } = ctx;
  const runs: [number, number][] = [];
  let runStart = -1;
  let capsWords = 0;
  let words = 0;
  const close = (end: number): void => {
    if (runStart >= 0 && capsWords >= 2) runs.push([runStart, end]);
    runStart = -1;
    capsWords = 0;
  };
  let lastCaps = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === PUNCT && runStart >= 0 && (t.norm === ',' || t.norm === "'")) continue;
    if (t.kind !== WORD) { if (t.kind === PUNCT) { close(lastCaps + 1); } continue; }
    words++;
    // A one-letter capital ("I", "A") neither starts nor breaks a run.
    if (t.end - t.start === 1 && ctx.text.charCodeAt(t.start) >= 65 && ctx.text.charCodeAt(t.start) <= 90) continue;
    const shouted = (t.flags & F_CAPS) !== 0 && !infos[i]!.acronym;
    if (shouted) {
      if (runStart < 0) runStart = i;
      capsWords++;
      lastCaps = i;
    } else close(lastCaps + 1);
  }
  close(lastCaps + 1);
  if (runs.length === 0 || words === 0) return;
  ctx.amplifiers += 1;
  const thankful = ctx.cueSum(['gratitude']) > ctx.cueSum(['frustration', 'anger', 'anxiety', 'confusion', 'urgency']);
  if (thankful) return;
  for (const [a, b] of runs) {
    ctx.add('anger', SHOUT_WEIGHT.anger, a, b, 'signal:caps');
    ctx.add('frustration', SHOUT_WEIGHT.frustration, a, b, 'signal:caps');
  }
}
