import type { Context } from '../context.ts';
import type { Cue } from '../../lexicon/index.ts';
import { HAS_MODIFIER } from '../../text/prepare.ts';
import { F_CAPS, F_ELONGATED, PUNCT, type Token } from '../../text/tokenize.ts';

/** Weight multiplier for a cue inside a negation scope ("not angry"): it turns slightly against. */
export const NEGATED_FACTOR = -0.2;
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

const NO_FACTORS = new Float64Array(0);
/**
 * Reused between calls: allocating a typed array costs about a microsecond, as much as the
 * whole cue pass. Valid only until the next call of lexiconCues (which is not re-entrant).
 */
let scratch = new Float64Array(256);

/** Product of intensifier factors that end within two tokens before `i`, same sentence (1 where none). */
function modifierFactors(ctx: Context): Float64Array {
  const { tokens, infos } = ctx;
  let factors = NO_FACTORS;
  const at = ctx.at.modifier;
  for (let c = 0; c < at.length; c++) {
    const i = at[c]!;
    const list = infos[i]!.modifiers!;
    if (factors === NO_FACTORS) {
      if (scratch.length < tokens.length) scratch = new Float64Array(tokens.length * 2);
      factors = scratch.fill(1, 0, tokens.length);
    }
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
  const { tokens, infos } = ctx;
  const factors = ctx.has & HAS_MODIFIER ? modifierFactors(ctx) : NO_FACTORS;
  const coveredUntil = [0, 0, 0, 0, 0, 0];
  const n = tokens.length;
  const at = ctx.at.cue;
  for (let c = 0; c < at.length; c++) {
    const i = at[c]!;
    const group = infos[i]!.cue!;
    let j = i + 1;
    while (j < n && skippable(tokens[j]!)) j++;
    let longer: readonly Cue[] | undefined;
    if (j < n && infos[j]!.second) {
      const second = infos[j]!;
      const keys = group.nextInfo;
      for (let k = 0; k < keys.length; k++) if (keys[k] === second) { longer = group.nextCues[k]; break; }
    }
    let done = 0;
    if (longer) done = tryCues(ctx, longer, i, done, coveredUntil, factors);
    if (group.single.length) tryCues(ctx, group.single, i, done, coveredUntil, factors);
  }
}

/** Tries cues (longest first) at token i; returns the bit set of emotions matched. */
function tryCues(ctx: Context, list: readonly Cue[], i: number, done: number, coveredUntil: number[], factors: Float64Array): number {
  const { tokens, negated, infos } = ctx;
  for (const cue of list) {
    const e = cue.index;
    if (done & (1 << e) || coveredUntil[e]! > i) continue;
    const end = matchAt(tokens, i, cue.tokens);
    if (end < 0) continue;
    done |= 1 << e;
    coveredUntil[e] = end;
    let weight = cue.weight;
    let factor = 1;
    if (weight > 0) {
      if (negated[i] && !infos[i]!.negator) weight *= NEGATED_FACTOR;
      else {
        factor = factors.length ? factors[i]! : 1;
        let caps = false;
        let elongated = false;
        for (let k = i; k < end; k++) {
          const f = tokens[k]!.flags;
          if (f & F_CAPS && !infos[k]!.acronym) caps = true;
          if (f & F_ELONGATED) elongated = true;
        }
        if (caps) factor *= CAPS_FACTOR;
        if (elongated) factor *= ELONGATION_FACTOR;
        weight *= factor;
      }
    }
    ctx.matches.push({ emotion: cue.emotion, weight, first: i, last: end, sentence: tokens[i]!.sentence, source: cue.source, factor });
  }
  return done;
}
