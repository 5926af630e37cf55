import type { Context } from '../context.ts';
import { F_ELONGATED, PUNCT, WORD } from '../../text/tokenize.ts';

/**
 * Repeated marks: "???" reads as confusion and frustration, "?!" as
 * frustration and anger, "!!!" amplifies whatever is already negative.
 * Elongated words ("sooo") only raise intensity.
 */
export function punctuation(ctx: Context): void {
  const { tokens } = ctx;
  let negative: boolean | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === WORD && t.flags & F_ELONGATED) ctx.amplifiers += 0.5;
    if (t.kind !== PUNCT || t.norm.length < 2) continue;
    const q = t.norm.includes('?');
    const x = t.norm.includes('!');
    if (!q && !x) continue;
    negative ??= ctx.cueSum(['frustration', 'anger', 'anxiety', 'confusion', 'urgency']) > ctx.cueSum(['gratitude']);
    ctx.amplifiers += 0.5;
    if (q && x) {
      ctx.add('frustration', 0.8, i, i + 1, 'signal:punctuation');
      ctx.add('anger', 0.5, i, i + 1, 'signal:punctuation');
    } else if (q) {
      ctx.add('confusion', 0.7, i, i + 1, 'signal:punctuation');
      ctx.add('frustration', 0.6, i, i + 1, 'signal:punctuation');
    } else if (negative) {
      ctx.add('frustration', 0.4, i, i + 1, 'signal:punctuation');
      ctx.add('anger', 0.5, i, i + 1, 'signal:punctuation');
    } else if (ctx.cueSum(['gratitude']) > 0) {
      ctx.add('gratitude', 0.3, i, i + 1, 'signal:punctuation');
    }
  }
}
