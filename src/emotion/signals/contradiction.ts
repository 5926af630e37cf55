import type { Context } from '../context.ts';
import { WORD_CLASS } from '../../lexicon/index.ts';


/**
 * Contradictory information: two or more sources reporting in one message
 * ("the website says 5G is available, the store says it isn't") reads as
 * confusion even without the word "confused". Evidence is the second report.
 */
export function contradiction(ctx: Context): void {
  const { tokens, infos } = ctx;
  let seen = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!(infos[i]!.classes & WORD_CLASS.report)) continue;
    seen++;
    if (seen === 2) {
      ctx.add('confusion', 1.4, i, i + 1, 'signal:contradiction');
      return;
    }
  }
}
