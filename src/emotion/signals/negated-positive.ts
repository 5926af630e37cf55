import type { Context } from '../context.ts';

/**
 * "not working", "never received", "no response": a good outcome that is
 * denied is frustration. Skips words a frustration phrase already covers.
 */
export function negatedPositive(ctx: Context): void {
  const { tokens, negated, infos } = ctx;
  let covered: number[] | undefined;
  const at = ctx.at.negatedPositive; // words with a negated-positive weight
  for (let c = 0; c < at.length; c++) {
    const i = at[c]!;
    if (!negated[i]) continue;
    const w = infos[i]!.negatedPositive!;
    const t = tokens[i]!;
    if (!covered) {
      covered = new Array<number>(tokens.length).fill(0);
      for (const m of ctx.matches) if (m.emotion === 'frustration') covered.fill(1, m.first, m.last);
    }
    if (covered[i]) continue;
    // Attach the evidence to the negator too, so the span reads "not working".
    let first = i;
    while (first > 0 && i - first < 4 && !infos[first]!.negator) first--;
    if (!infos[first]!.negator) first = i;
    ctx.matches.push({ emotion: 'frustration', weight: w, first, last: i + 1, sentence: t.sentence, source: 'signal:negated-positive', factor: 1 });
  }
}
