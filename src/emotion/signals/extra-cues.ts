/**
 * Cue phrases given to createAnalyzer (`cues`), matched like the lexicon's own: longest first,
 * negation scope turning a positive cue slightly against (NEGATED_FACTOR).
 */
import type { EmotionCue } from '../engine.ts';
import type { Context } from '../context.ts';
import { MultiIndex, type PhraseIndex, type PhraseMatch } from '../../reply/phrases.ts';
import { NEGATED_FACTOR } from './lexicon.ts';

const multi = new WeakMap<PhraseIndex<EmotionCue>, MultiIndex>();

export function extraCues(ctx: Context, index: PhraseIndex<EmotionCue>): void {
  let m = multi.get(index);
  if (!m) multi.set(index, (m = new MultiIndex([index])));
  const { tokens, negated, infos } = ctx;
  for (const match of m.all(tokens)[0] as PhraseMatch<EmotionCue>[]) {
    const cue = match.entry.data;
    let weight = cue.weight;
    if (weight > 0 && negated[match.first] && !infos[match.first]!.negator) weight *= NEGATED_FACTOR;
    ctx.matches.push({ emotion: cue.emotion, weight, first: match.first, last: match.last, sentence: tokens[match.first]!.sentence, source: 'config:cue', factor: 1 });
  }
}
