import type { Context } from '../context.ts';
import { WORD_CLASS } from '../../lexicon/index.ts';
import { NUM, PUNCT, WORD, type Token } from '../../text/tokenize.ts';

const { 'wait-before': WAIT_BEFORE, 'wait-after': WAIT_AFTER, 'wait-weak': WAIT_WEAK, contact: CONTACT,
  'soon-before': SOON_BEFORE, 'soon-after': SOON_AFTER, future: FUTURE, 'deadline-prep': DEADLINE_PREP, occasion: OCCASION } = WORD_CLASS;

/** Waiting of `hours` -> frustration logit: 45 min ~0.8, 3 days ~1.9, 3 weeks ~2.5. */
export function waitWeight(hours: number): number {
  return Math.min(2.5, 0.6 + 0.3 * Math.log(1 + hours));
}
/** Time left of `hours` -> urgency logit: 2 h ~2.3, 1 day ~1.6, 3 days ~1.3. */
export function deadlineWeight(hours: number): number {
  return Math.max(1, Math.min(2.6, 2.6 - 0.3 * Math.log(1 + hours)));
}

/** Value of a count token: "3", "three", "a", "couple". */
function countOf(ctx: Context, t: Token, i: number): number | undefined {
  if (t.kind === NUM) {
    const v = Number(t.norm.replace(/,/g, ''));
    return Number.isFinite(v) ? v : undefined;
  }
  return t.kind === WORD ? ctx.infos[i]!.number : undefined;
}

/** Splits "3hrs" / "45min" / "2h" into count and unit hours. */
function attached(ctx: Context, t: Token): [number, number] | undefined {
  if (t.kind !== WORD || !isDigitCode(t.norm.charCodeAt(0))) return undefined;
  const m = /^(\d{1,4}(?:\.\d)?)([a-z]{1,7})$/.exec(t.norm);
  if (!m) return undefined;
  const unit = ctx.lex.units.get(m[2]!);
  return unit === undefined ? undefined : [Number(m[1]), unit];
}

/** Word classes of the token at i (0 for punctuation or out of range). */
function classAt(ctx: Context, i: number): number {
  const t = ctx.tokens[i];
  return t && t.kind !== PUNCT ? ctx.infos[i]!.classes : 0;
}

function wordAt(tokens: readonly Token[], i: number): string {
  const t = tokens[i];
  return t && t.kind !== PUNCT ? t.norm : '';
}

/**
 * Durations: "three weeks", "45 minutes on hold", "2hrs" after waiting words
 * are frustration; "in 2 hours", "30 minutes left" are urgency. Deadlines:
 * "by Friday", "before 5pm", "until tomorrow". Repeated contact: "third
 * time", "5th time", "called 4 times".
 */
export function time(ctx: Context): void {
  // Only numbers, digit-led words ("3hrs", "5th") and number, ordinal or deadline words start
  // anything here (prepare() lists them); a match consumes the tokens it covers.
  const at = ctx.at.time;
  let from = 0;
  for (let c = 0; c < at.length; c++) {
    const i = at[c]!;
    if (i >= from) from = timeAt(ctx, i);
  }
}

/** Looks for a duration, repeated contact or deadline starting at token i; returns the index to go on from. */
function timeAt(ctx: Context, i: number): number {
  const { tokens } = ctx;
  const t = tokens[i]!;
  let count: number | undefined;
  let hours: number | undefined;
  let last = i + 1;
  const glued = attached(ctx, t);
  if (glued) { count = glued[0]; hours = glued[1]; }
  else {
    count = countOf(ctx, t, i);
    if (count !== undefined) {
      let j = i + 1;
      // "a couple of days", "two more weeks", "3 full days", "a few hours"
      for (let skip = 0; skip < 3 && j < tokens.length; skip++) {
        const w = wordAt(tokens, j);
        if (w === 'of' || w === 'more' || w === 'full' || w === 'whole' || w === 'long' || w === 'couple' || w === 'few' || w === 'entire' || w === '+') j++;
        else break;
      }
      const unitTok = tokens[j];
      const unit = unitTok && unitTok.kind === WORD ? ctx.infos[j]!.unit : undefined;
      if (unit !== undefined) { hours = unit; last = j + 1; }
      else if (unitTok && unitTok.kind === WORD && (unitTok.norm === 'times' || unitTok.norm === 'attempts' || unitTok.norm === 'calls' || unitTok.norm === 'emails')) {
        const contact = (classAt(ctx, i - 1) | classAt(ctx, i - 2) | classAt(ctx, i - 3) | classAt(ctx, i - 4)) & CONTACT || wordAt(tokens, j + 1) === 'now' || wordAt(tokens, j + 1) === 'already';
        if (contact && count >= 2 && count < 1000) ctx.add('frustration', Math.min(2.4, 1.1 + 0.45 * Math.log(count)), i, j + 1, 'signal:repeat-contact');
        return j + 1;
      }
    }
    // Ordinal + occasion: "third time", "3rd call", "second technician visit".
    const ord = t.kind === WORD ? (ctx.infos[i]!.ordinal ?? ordinalNumber(t.norm)) : undefined;
    if (ord !== undefined && ord >= 2) {
      const end = classAt(ctx, i + 1) & OCCASION ? i + 2 : classAt(ctx, i + 2) & OCCASION && tokens[i + 1]?.kind === WORD ? i + 3 : 0;
      if (end > 0) {
        ctx.add('frustration', Math.min(2.6, 1.1 + 0.8 * Math.log(ord)), i, end, 'signal:repeat-contact');
        return end;
      }
    }
  }
  if (count !== undefined && hours !== undefined) {
    if (count <= 0 || count > 10000) return i + 1;
    const total = count * hours;
    const before = [wordAt(tokens, i - 1), wordAt(tokens, i - 2), wordAt(tokens, i - 3)];
    const beforeClasses = classAt(ctx, i - 1) | classAt(ctx, i - 2) | classAt(ctx, i - 3);
    const afterClasses = classAt(ctx, last) | classAt(ctx, last + 1);
    const soon = beforeClasses & SOON_BEFORE && !before.some((w) => w === 'for' || w === 'been') && sentenceHas(ctx, i, FUTURE);
    if (soon || afterClasses & SOON_AFTER) {
      if (total <= 96) ctx.add('urgency', deadlineWeight(total), i, last, 'signal:deadline');
    } else if (beforeClasses & WAIT_BEFORE || afterClasses & WAIT_AFTER || sentenceWaits(tokens, i) ||
        ((beforeClasses & WAIT_WEAK || wordAt(tokens, last) === 'on') && ctx.cueSum(['frustration', 'anger'], t.sentence) > 0)) {
      if (total >= 0.1) ctx.add('frustration', waitWeight(total), i, last, 'signal:waiting');
    }
    return last;
  }
  // Deadlines: "by Friday", "before 5pm", "due tomorrow".
  if (t.kind === WORD && ctx.infos[i]!.classes & DEADLINE_PREP) {
    let j = i + 1;
    if (wordAt(tokens, j) === 'this' || wordAt(tokens, j) === 'next' || wordAt(tokens, j) === 'the') j++;
    const target = tokens[j];
    if (!target || target.kind === PUNCT) return i + 1;
    const next = wordAt(tokens, j + 1);
    const clock = isClockTime(target.norm) || (target.kind === NUM && /^\d{1,2}$/.test(target.norm) && (next === 'am' || next === 'pm'));
    const w = ctx.infos[j]!.deadline ?? (clock ? 2 : undefined);
    if (w !== undefined) {
      let end = j + 1;
      if (wordAt(tokens, end) === 'am' || wordAt(tokens, end) === 'pm') end++;
      const scale = wordAt(tokens, j - 1) === 'next' ? 0.6 : 1;
      ctx.add('urgency', w * scale, i, end, 'signal:deadline');
      return end;
    }
  }
  return i + 1;
}

function sentenceHas(ctx: Context, i: number, wordClass: number): boolean {
  const { tokens, infos } = ctx;
  const s = tokens[i]!.sentence;
  for (let k = i - 1; k >= 0 && k >= i - 12 && tokens[k]!.sentence === s; k--) if (infos[k]!.classes & wordClass) return true;
  return false;
}

function sentenceWaits(tokens: readonly Token[], i: number): boolean {
  const s = tokens[i]!.sentence;
  for (let k = i - 1; k >= 0 && k >= i - 12 && tokens[k]!.sentence === s; k--) {
    const w = tokens[k]!.norm;
    if (w === 'waiting' || w === 'waited' || w === 'still' || w === 'hold' || w === 'been') return true;
  }
  return false;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function ordinalNumber(word: string): number | undefined {
  if (!isDigitCode(word.charCodeAt(0))) return undefined;
  const m = /^(\d{1,3})(?:st|nd|rd|th)$/.exec(word);
  return m ? Number(m[1]) : undefined;
}

function isClockTime(word: string): boolean {
  return /^\d{1,2}(?::\d\d)?(?:am|pm)?$/.test(word) && (/[ap]m$/.test(word) || word.includes(':'));
}
