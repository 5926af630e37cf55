/**
 * Typed, lazily built views of the compiled lexicons. Nothing here reads files:
 * the data is compiled into ./compiled.ts by scripts/compile-lexicons.ts.
 */
import { LEXICONS, type Row } from './compiled.ts';
import type { Emotion } from '../types.ts';

export const EMOTIONS: readonly Emotion[] = ['frustration', 'anger', 'anxiety', 'confusion', 'urgency', 'gratitude'];
/** Emotions the learned model scores, in the column order of lexicons/learned/goemotions.tsv. */
export const MODEL_EMOTIONS: readonly Emotion[] = ['anger', 'frustration', 'anxiety', 'confusion', 'gratitude'];

function rows(id: string): readonly Row[] {
  return LEXICONS[id] ?? [];
}

function wordSet(id: string): Set<string> {
  return new Set(rows(id).map((r) => String(r[0])));
}

export interface Cue {
  /** Normalized tokens of the phrase. */
  tokens: readonly string[];
  emotion: Emotion;
  weight: number;
  source: string;
}

export interface LexiconData {
  negators: Set<string>;
  breakers: Set<string>;
  /** phrase tokens -> factor, keyed by first token. */
  modifiers: Map<string, { tokens: readonly string[]; factor: number }[]>;
  variants: Map<string, string>;
  /** Emotion cues keyed by their first token, longest first. */
  cues: Map<string, Cue[]>;
  /** Words that signal frustration when negated ("not working", "never received"). */
  negatedPositive: Map<string, number>;
  /** Sarcastic openers keyed by first token. */
  sarcasm: Map<string, { tokens: readonly string[] }[]>;
  /** Words all in capitals that are not shouting (ATM, USB). */
  acronyms: Set<string>;
  /** Number words and their values ("three" -> 3, "a" -> 1). */
  numbers: Map<string, number>;
  /** Ordinal words ("third" -> 3). */
  ordinals: Map<string, number>;
  /** Time unit words -> hours ("weeks" -> 168). */
  units: Map<string, number>;
  /** Time expression words for deadlines -> urgency weight ("friday", "tonight"). */
  deadlines: Map<string, number>;
  profanity: Set<string>;
  /** Learned weights: feature -> weights in MODEL_EMOTIONS order. */
  model: Map<string, Float64Array>;
  modelBias: Float64Array;
  known: Set<string>;
}

function byFirstToken<T extends { tokens: readonly string[] }>(items: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const first = item.tokens[0] as string;
    let list = map.get(first);
    if (!list) map.set(first, (list = []));
    list.push(item);
  }
  for (const list of map.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return map;
}

let cached: LexiconData | undefined;

/** Builds the lookup structures once per process (a few milliseconds). */
export function lexicon(): LexiconData {
  if (cached) return cached;
  const cueList: Cue[] = [];
  for (const emotion of EMOTIONS) {
    for (const r of rows(`emotion/${emotion}`)) {
      cueList.push({ tokens: String(r[0]).split(' '), emotion, weight: Number(r[1]), source: `lexicon:${emotion}` });
    }
  }
  const model = new Map<string, Float64Array>();
  let modelBias = new Float64Array(MODEL_EMOTIONS.length);
  for (const r of rows('learned/goemotions')) {
    const w = Float64Array.from(r.slice(1), Number);
    if (r[0] === '__bias__') modelBias = w;
    else model.set(String(r[0]), w);
  }
  const known = new Set<string>();
  for (const c of cueList) for (const t of c.tokens) known.add(t);
  for (const k of model.keys()) known.add(k.startsWith('not:') ? k.slice(4) : k);
  const numbers = new Map(rows('signals/numbers').map((r) => [String(r[0]), Number(r[1])] as const));
  const ordinals = new Map(rows('signals/ordinals').map((r) => [String(r[0]), Number(r[1])] as const));
  const units = new Map(rows('signals/time-units').map((r) => [String(r[0]), Number(r[1])] as const));
  const deadlines = new Map(rows('signals/deadlines').map((r) => [String(r[0]), Number(r[1])] as const));
  const negatedPositive = new Map(rows('signals/negated-positive').map((r) => [String(r[0]), Number(r[1])] as const));
  const variants = new Map(rows('normalize/contractions').map((r) => [String(r[0]), String(r[1])] as const));
  for (const m of [numbers, ordinals, units, deadlines, negatedPositive]) for (const k of m.keys()) known.add(k);
  const modifiers = byFirstToken(rows('modifiers/intensifiers').map((r) => ({ tokens: String(r[0]).split(' '), factor: Number(r[1]) })));
  for (const list of modifiers.values()) for (const m of list) for (const t of m.tokens) known.add(t);
  cached = {
    negators: wordSet('modifiers/negators'),
    breakers: wordSet('modifiers/scope-breakers'),
    modifiers,
    variants,
    cues: byFirstToken(cueList),
    negatedPositive,
    sarcasm: byFirstToken(rows('signals/sarcasm').map((r) => ({ tokens: String(r[0]).split(' ') }))),
    acronyms: wordSet('signals/acronyms'),
    numbers,
    ordinals,
    units,
    deadlines,
    profanity: wordSet('signals/profanity'),
    model,
    modelBias,
    known,
  };
  return cached;
}
