import type { Context } from '../context.ts';
import { WORD } from '../../text/tokenize.ts';

/** Verbs that report what a source says ("the app says", "the agent told me"). */
const REPORT = new Set(['says', 'said', 'shows', 'showed', 'told', 'states', 'stated', 'lists', 'listed', 'claims', 'claimed', 'promised', 'reads']);

/**
 * Contradictory information: two or more sources reporting in one message
 * ("the website says 5G is available, the store says it isn't") reads as
 * confusion even without the word "confused". Evidence is the second report.
 */
export function contradiction(ctx: Context): void {
  const { tokens } = ctx;
  let seen = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== WORD || !REPORT.has(t.norm)) continue;
    seen++;
    if (seen === 2) {
      ctx.add('confusion', 1.4, i, i + 1, 'signal:contradiction');
      return;
    }
  }
}
