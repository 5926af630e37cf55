import type { Context } from '../context.ts';
import { NUM, PUNCT, WORD, type Token } from '../../text/tokenize.ts';

/** Words that make a duration a wait on their own ("been 3 weeks", "on hold 40 minutes"). */
const WAIT_BEFORE = new Set(['since', 'been', 'waiting', 'waited', 'wait', 'hold', 'took', 'taken', 'spent', 'wasted']);
const WAIT_AFTER = new Set(['ago', 'now', 'already', 'straight', 'waiting', 'wait']);
/** Words that make it a wait only in a sentence that complains ("for an hour"). */
const WAIT_WEAK = new Set(['for', 'over', 'nearly', 'almost', 'past', 'last', 'about', 'than', 'whole', 'entire', 'full', 'solid', 'another', 'on']);
/** Words before "N times" that make it repeated contact ("called 4 times"). */
const CONTACT = new Set(['called', 'emailed', 'asked', 'tried', 'contacted', 'written', 'wrote', 'reached', 'messaged', 'chatted', 'reported', 'requested', 'been', 'phoned', 'complained', 'explained', 'sent', 'submitted', 'rebooted', 'restarted', 'reinstalled', 'reset']);
const SOON_BEFORE = new Set(['in', 'within', 'next', 'only', 'under']);
const SOON_AFTER = new Set(['left', 'remaining']);
/** "in 2 hours" is a deadline only where something is still to come ("my flight leaves in 2 hours"). */
const FUTURE = new Set(['need', 'needs', 'must', 'have', 'has', 'before', 'leaves', 'leaving', 'expires', 'expire', 'due', 'closes', 'close', 'starts', 'start', 'begins', 'flight', 'fly', 'flying', 'deadline', 'will', "i'll", "we'll", "it'll", 'going', 'gonna', 'is', 'are', 'boarding', 'departs', 'appointment', 'meeting', 'surgery', 'exam', 'interview', 'only']);
const DEADLINE_PREP = new Set(['by', 'before', 'until', 'till', 'til', 'due']);

/** Waiting of `hours` -> frustration logit: 45 min ~0.8, 3 days ~1.9, 3 weeks ~2.5. */
export function waitWeight(hours: number): number {
  return Math.min(2.5, 0.6 + 0.3 * Math.log(1 + hours));
}
/** Time left of `hours` -> urgency logit: 2 h ~2.3, 1 day ~1.6, 3 days ~1.3. */
export function deadlineWeight(hours: number): number {
  return Math.max(1, Math.min(2.6, 2.6 - 0.3 * Math.log(1 + hours)));
}

/** Value of a count token: "3", "three", "a", "couple". */
function countOf(ctx: Context, t: Token): number | undefined {
  if (t.kind === NUM) {
    const v = Number(t.norm.replace(/,/g, ''));
    return Number.isFinite(v) ? v : undefined;
  }
  return t.kind === WORD ? ctx.lex.numbers.get(t.norm) : undefined;
}

/** Splits "3hrs" / "45min" / "2h" into count and unit hours. */
function attached(ctx: Context, t: Token): [number, number] | undefined {
  if (t.kind !== WORD) return undefined;
  const m = /^(\d{1,4}(?:\.\d)?)([a-z]{1,7})$/.exec(t.norm);
  if (!m) return undefined;
  const unit = ctx.lex.units.get(m[2]!);
  return unit === undefined ? undefined : [Number(m[1]), unit];
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
  const { tokens, lex } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let count: number | undefined;
    let hours: number | undefined;
    let last = i + 1;
    const glued = attached(ctx, t);
    if (glued) { count = glued[0]; hours = glued[1]; }
    else {
      count = countOf(ctx, t);
      if (count !== undefined) {
        let j = i + 1;
        // "a couple of days", "two more weeks", "3 full days", "a few hours"
        for (let skip = 0; skip < 3 && j < tokens.length; skip++) {
          const w = wordAt(tokens, j);
          if (w === 'of' || w === 'more' || w === 'full' || w === 'whole' || w === 'long' || w === 'couple' || w === 'few' || w === 'entire' || w === '+') j++;
          else break;
        }
        const unitTok = tokens[j];
        const unit = unitTok && unitTok.kind === WORD ? lex.units.get(unitTok.norm) : undefined;
        if (unit !== undefined) { hours = unit; last = j + 1; }
        else if (unitTok && unitTok.kind === WORD && (unitTok.norm === 'times' || unitTok.norm === 'attempts' || unitTok.norm === 'calls' || unitTok.norm === 'emails')) {
          const contact = [1, 2, 3, 4].some((d) => CONTACT.has(wordAt(tokens, i - d))) || wordAt(tokens, j + 1) === 'now' || wordAt(tokens, j + 1) === 'already';
          if (contact && count >= 2 && count < 1000) ctx.add('frustration', Math.min(2.4, 1.1 + 0.45 * Math.log(count)), i, j + 1, 'signal:repeat-contact');
          i = j;
          continue;
        }
      }
      // Ordinal + time: "third time", "3rd time".
      const ord = t.kind === WORD ? (lex.ordinals.get(t.norm) ?? ordinalNumber(t.norm)) : undefined;
      if (ord !== undefined && ord >= 2 && wordAt(tokens, i + 1) === 'time') {
        ctx.add('frustration', Math.min(2.6, 0.9 + 0.8 * Math.log(ord)), i, i + 2, 'signal:repeat-contact');
        i += 1;
        continue;
      }
    }
    if (count !== undefined && hours !== undefined) {
      if (count <= 0 || count > 10000) continue;
      const total = count * hours;
      const before = [wordAt(tokens, i - 1), wordAt(tokens, i - 2), wordAt(tokens, i - 3)];
      const after = [wordAt(tokens, last), wordAt(tokens, last + 1)];
      const soon = before.some((w) => SOON_BEFORE.has(w)) && !before.some((w) => w === 'for' || w === 'been') && sentenceHas(tokens, i, FUTURE);
      if (soon || after.some((w) => SOON_AFTER.has(w))) {
        if (total <= 96) ctx.add('urgency', deadlineWeight(total), i, last, 'signal:deadline');
      } else if (before.some((w) => WAIT_BEFORE.has(w)) || after.some((w) => WAIT_AFTER.has(w)) || sentenceWaits(tokens, i) ||
          ((before.some((w) => WAIT_WEAK.has(w)) || after[0] === 'on') && ctx.cueSum(['frustration', 'anger'], t.sentence) > 0)) {
        if (total >= 0.1) ctx.add('frustration', waitWeight(total), i, last, 'signal:waiting');
      }
      i = last - 1;
      continue;
    }
    // Deadlines: "by Friday", "before 5pm", "due tomorrow".
    if (t.kind === WORD && DEADLINE_PREP.has(t.norm)) {
      let j = i + 1;
      if (wordAt(tokens, j) === 'this' || wordAt(tokens, j) === 'next' || wordAt(tokens, j) === 'the') j++;
      const target = tokens[j];
      if (!target || target.kind === PUNCT) continue;
      const next = wordAt(tokens, j + 1);
      const clock = isClockTime(target.norm) || (target.kind === NUM && /^\d{1,2}$/.test(target.norm) && (next === 'am' || next === 'pm'));
      const w = lex.deadlines.get(target.norm) ?? (clock ? 2 : undefined);
      if (w !== undefined) {
        let end = j + 1;
        if (wordAt(tokens, end) === 'am' || wordAt(tokens, end) === 'pm') end++;
        const scale = wordAt(tokens, j - 1) === 'next' ? 0.6 : 1;
        ctx.add('urgency', w * scale, i, end, 'signal:deadline');
        i = end - 1;
      }
    }
  }
}

function sentenceHas(tokens: readonly Token[], i: number, words: ReadonlySet<string>): boolean {
  const s = tokens[i]!.sentence;
  for (let k = i - 1; k >= 0 && k >= i - 12 && tokens[k]!.sentence === s; k--) if (words.has(tokens[k]!.norm)) return true;
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

function ordinalNumber(word: string): number | undefined {
  const m = /^(\d{1,3})(?:st|nd|rd|th)$/.exec(word);
  return m ? Number(m[1]) : undefined;
}

function isClockTime(word: string): boolean {
  return /^\d{1,2}(?::\d\d)?(?:am|pm)?$/.test(word) && (/[ap]m$/.test(word) || word.includes(':'));
}
