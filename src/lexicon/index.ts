/**
 * Typed, lazily built views of the compiled lexicons. Nothing here reads files:
 * the data is compiled into ./compiled.ts by scripts/compile-lexicons.ts.
 */
import { LEXICONS, type Row } from './compiled.ts';
import type { Emotion } from '../types.ts';
import { WordTable } from '../text/word-table.ts';
import { HAS_MODIFIER, HAS_NEGATED_POSITIVE, HAS_SARCASM_OPENER, HAS_TIME_WORD } from '../text/has.ts';

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
  /** Index of `emotion` in EMOTIONS. */
  index: number;
  weight: number;
  source: string;
}

export interface LexiconData {
  negators: Set<string>;
  breakers: Set<string>;
  /** phrase tokens -> factor, keyed by first token. */
  modifiers: Map<string, { tokens: readonly string[]; factor: number }[]>;
  variants: Map<string, string>;
  /** Emotion cues keyed by their first token. */
  cues: Map<string, CueGroup>;
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
  /** Everything known about one normalized word, so each token costs one Map lookup. */
  words: Map<string, WordInfo>;
  /** The keys of `words`, probed by the tokenizer straight from the text. */
  table: WordTable;
  /** `words` values by table id. */
  infoById: readonly WordInfo[];
}

/** Bit flags of the closed word classes in lexicons/signals/word-classes.tsv. */
export const WORD_CLASS = {
  'wait-before': 1, 'wait-after': 2, 'wait-weak': 4, contact: 8, 'soon-before': 16, 'soon-after': 32,
  future: 64, 'deadline-prep': 128, request: 256, report: 512, fix: 1024, occasion: 2048,
} as const;
export type WordClass = keyof typeof WORD_CLASS;

/** What the lexicons say about one normalized token. */
export interface WordInfo {
  cue: CueGroup | undefined;
  modifiers: { tokens: readonly string[]; factor: number }[] | undefined;
  sarcasm: { tokens: readonly string[] }[] | undefined;
  negator: boolean;
  breaker: boolean;
  acronym: boolean;
  negatedPositive: number | undefined;
  number: number | undefined;
  ordinal: number | undefined;
  unit: number | undefined;
  deadline: number | undefined;
  /** Bit set of WORD_CLASS flags. */
  classes: number;
  /** Canonical spelling for a typed variant ("dont" -> "don't"). */
  variant: string | undefined;
  /** Learned weights of the word, and of `not:`word. */
  model: Float64Array | undefined;
  modelNegated: Float64Array | undefined;
  /** Scratch for the model pass: the last call that counted `model` / `modelNegated` (binary features). */
  stamp: number;
  stampNegated: number;
  /** HAS_* flags (src/text/has.ts) this word gives a message; set by `reindexWords`. */
  has: number;
  /** The word is the second token of some multi-word cue. */
  second: boolean;
  /** The word alone names a negative feeling (a one-word frustration, anger, anxiety or confusion cue of weight >= 1). */
  feeling: boolean;
}

/**
 * A WordInfo with every field set in the constructor, so all of them live inside the object
 * (one hidden class, no out-of-object property array): signals read these fields for every
 * token.
 */
class WordRecord implements WordInfo {
  cue: CueGroup | undefined = undefined;
  modifiers: { tokens: readonly string[]; factor: number }[] | undefined = undefined;
  sarcasm: { tokens: readonly string[] }[] | undefined = undefined;
  negator = false;
  breaker = false;
  acronym = false;
  negatedPositive: number | undefined = undefined;
  number: number | undefined = undefined;
  ordinal: number | undefined = undefined;
  unit: number | undefined = undefined;
  deadline: number | undefined = undefined;
  classes = 0;
  variant: string | undefined = undefined;
  model: Float64Array | undefined = undefined;
  modelNegated: Float64Array | undefined = undefined;
  stamp = 0;
  stampNegated = 0;
  has = 0;
  second = false;
  feeling = false;
}

/** Creates the record of a word the lexicons know nothing about yet. */
export function newWordInfo(): WordInfo {
  return new WordRecord();
}

/**
 * The record of unknown words. Not frozen (a frozen object would get a hidden class of its
 * own and make every field read polymorphic); nothing writes to it: the model pass only
 * stamps records that have weights.
 */
export const NO_INFO: WordInfo = newWordInfo();

function buildWords(d: Omit<LexiconData, 'words' | 'table' | 'infoById'>): Map<string, WordInfo> {
  const words = new Map<string, WordInfo>();
  const info = (w: string): WordInfo => {
    let x = words.get(w);
    if (!x) words.set(w, (x = newWordInfo()));
    return x;
  };
  for (const [w, g] of d.cues) info(w).cue = g;
  for (const [w, m] of d.modifiers) info(w).modifiers = m;
  for (const [w, m] of d.sarcasm) info(w).sarcasm = m;
  for (const w of d.negators) info(w).negator = true;
  for (const w of d.breakers) info(w).breaker = true;
  for (const w of d.acronyms) info(w).acronym = true;
  for (const [w, v] of d.negatedPositive) info(w).negatedPositive = v;
  for (const [w, v] of d.numbers) info(w).number = v;
  for (const [w, v] of d.ordinals) info(w).ordinal = v;
  for (const [w, v] of d.units) info(w).unit = v;
  for (const [w, v] of d.deadlines) info(w).deadline = v;
  for (const [w, v] of d.variants) info(w).variant = v;
  for (const w of d.known) info(w);
  for (const g of d.cues.values()) {
    for (const [second, list] of g.multi) {
      const x = info(second);
      x.second = true;
      g.nextInfo.push(x);
      g.nextCues.push(list);
    }
  }
  for (const r of rows('signals/word-classes')) {
    const bit = WORD_CLASS[String(r[1]) as WordClass];
    if (bit === undefined) throw new Error(`heard: unknown word class "${String(r[1])}" in lexicons/signals/word-classes.tsv`);
    info(String(r[0])).classes |= bit;
  }
  for (const [f, v] of d.model) {
    if (f.startsWith('not:')) info(f.slice(4)).modelNegated = v;
    else info(f).model = v;
  }
  return words;
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

/** Cues sharing a first token: one-word cues, and longer ones keyed by their second token (longest first). */
export interface CueGroup {
  single: Cue[];
  multi: Map<string, Cue[]>;
  /**
   * `multi` as parallel arrays keyed by the second token's WordInfo: a group has at most a
   * few dozen, so an identity scan beats hashing.
   */
  nextInfo: WordInfo[];
  nextCues: Cue[][];
}

function groupCues(cues: Cue[]): Map<string, CueGroup> {
  const map = new Map<string, CueGroup>();
  for (const [first, list] of byFirstToken(cues)) {
    const group: CueGroup = { single: [], multi: new Map(), nextInfo: [], nextCues: [] };
    for (const cue of list) {
      if (cue.tokens.length === 1) { group.single.push(cue); continue; }
      const second = cue.tokens[1]!;
      let l = group.multi.get(second);
      if (!l) group.multi.set(second, (l = []));
      l.push(cue);
    }
    map.set(first, group);
  }
  return map;
}

/** The HAS_* flags a known word contributes; cached on its WordInfo as `has`. */
function hasFlags(x: WordInfo): number {
  let has = 0;
  if (x.sarcasm) has |= HAS_SARCASM_OPENER;
  if (x.modifiers) has |= HAS_MODIFIER;
  if (x.negatedPositive !== undefined) has |= HAS_NEGATED_POSITIVE;
  if (x.number !== undefined || x.ordinal !== undefined || x.classes & WORD_CLASS['deadline-prep']) has |= HAS_TIME_WORD;
  return has;
}

/** Rebuilds the tokenizer's word table after `words` was changed (the model-fitting script does). */
export function reindexWords(lex: LexiconData): void {
  lex.table = new WordTable([...lex.words.keys()]);
  lex.infoById = [...lex.words.values()];
  for (const x of lex.infoById) {
    x.has = hasFlags(x);
    x.feeling = x.cue?.single.some((c) => c.weight >= 1 && c.emotion !== 'urgency' && c.emotion !== 'gratitude') ?? false;
  }
}

let cached: LexiconData | undefined;

/** Builds the lookup structures once per process (a few milliseconds). */
export function lexicon(): LexiconData {
  if (cached) return cached;
  const cueList: Cue[] = [];
  for (const emotion of EMOTIONS) {
    for (const r of rows(`emotion/${emotion}`)) {
      cueList.push({ tokens: String(r[0]).split(' '), emotion, index: EMOTIONS.indexOf(emotion), weight: Number(r[1]), source: `lexicon:${emotion}` });
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
  const data: Omit<LexiconData, 'words' | 'table' | 'infoById'> = {
    negators: wordSet('modifiers/negators'),
    breakers: wordSet('modifiers/scope-breakers'),
    modifiers,
    variants,
    cues: groupCues(cueList),
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
  const words = buildWords(data);
  cached = { ...data, words, table: new WordTable([]), infoById: [] };
  reindexWords(cached);
  return cached;
}
