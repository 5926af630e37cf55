import type { Context } from '../context.ts';
import { EMOTION_INDEX } from '../context.ts';
import { F_CAPS, F_ELONGATED, PUNCT, type Token } from '../../text/tokenize.ts';

/** Weight multiplier for a cue inside a negation scope ("not angry"): it turns slightly against. */
export const NEGATED_FACTOR = -0.35;
/** Emphasis for a cue written in capitals or elongated ("FURIOUS", "sooo annoyed"). */
export const CAPS_FACTOR = 1.3;
export const ELONGATION_FACTOR = 1.2;

/** Hyphens and dashes are skipped when matching phrases ("time-sensitive" = "time sensitive"). */
function skippable(t: Token): boolean {
  return t.kind === PUNCT && (t.norm === '-' || t.norm === '\u2013' || t.norm === '\u2014');
}

/** Index just past `tokens` matched from i, or -1. */
function matchAt(tokens: readonly Token[], i: number, phrase: readonly string[]): number {
  let j = i;
  for (let k = 0; k < phrase.length; k++) {
    while (k > 0 && j < tokens.length && skippable(tokens[j]!)) j++;
    const t = tokens[j];
    if (!t || t.norm !== phrase[k]) return -1;
    j++;
  }
  return j;
}

/** Product of intensifier factors that end within two tokens before `i`, same sentence. */
function modifierFactors(ctx: Context): Float64Array {
  const { tokens, lex } = ctx;
  const factors = new Float64Array(tokens.length).fill(1);
  for (let i = 0; i < tokens.length; i++) {
    const list = lex.modifiers.get(tokens[i]!.norm);
    if (!list) continue;
    for (const m of list) {
      const end = matchAt(tokens, i, m.tokens);
      if (end < 0) continue;
      if (m.factor > 1) ctx.amplifiers += 0.25;
      for (let k = end; k < Math.min(end + 2, tokens.length); k++) {
        if (tokens[k]!.sentence !== tokens[i]!.sentence || tokens[k]!.kind === PUNCT) break;
        factors[k] = Math.min(2, factors[k]! * m.factor);
      }
      break;
    }
  }
  return factors;
}

/**
 * Finds every emotion phrase of the lexicons: for each emotion, the longest
 * phrase at each position, never overlapping another phrase of that emotion.
 * Applies negation scope, intensifiers, capitals and elongation.
 */
export function lexiconCues(ctx: Context): void {
  const { tokens, negated, lex } = ctx;
  const factors = modifierFactors(ctx);
  const coveredUntil = new Int32Array(6);
  for (let i = 0; i < tokens.length; i++) {
    const list = lex.cues.get(tokens[i]!.norm);
    if (!list) continue;
    let done = 0;
    for (const cue of list) {
      const e = EMOTION_INDEX[cue.emotion];
      if (done & (1 << e) || coveredUntil[e]! > i) continue;
      const end = matchAt(tokens, i, cue.tokens);
      if (end < 0) continue;
      done |= 1 << e;
      coveredUntil[e] = end;
      let weight = cue.weight;
      let factor = 1;
      if (weight > 0) {
        const startsWithNegator = lex.negators.has(cue.tokens[0]!);
        if (negated[i] && !startsWithNegator) weight *= NEGATED_FACTOR;
        else {
          factor = factors[i]!;
          let caps = false;
          let elongated = false;
          for (let k = i; k < end; k++) {
            if (tokens[k]!.flags & F_CAPS && !lex.acronyms.has(tokens[k]!.norm)) caps = true;
            if (tokens[k]!.flags & F_ELONGATED) elongated = true;
          }
          if (caps) factor *= CAPS_FACTOR;
          if (elongated) factor *= ELONGATION_FACTOR;
          weight *= factor;
        }
      }
      ctx.matches.push({ emotion: cue.emotion, weight, first: i, last: end, sentence: tokens[i]!.sentence, source: cue.source, factor });
    }
  }
}
