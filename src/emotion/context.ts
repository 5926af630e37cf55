import type { LexiconData, WordInfo } from '../lexicon/index.ts';
import type { Candidates, Prepared } from '../text/prepare.ts';
import type { Token } from '../text/tokenize.ts';
import type { Emotion, EmotionEvidence } from '../types.ts';

export const EMOTION_INDEX: Readonly<Record<Emotion, number>> = {
  frustration: 0, anger: 1, anxiety: 2, confusion: 3, urgency: 4, gratitude: 5,
};

/**
 * EMOTION_INDEX[e] without a keyed property load: with the key varying, that load goes
 * megamorphic, and sorting evidence and summing weights do it for every item.
 */
export function emotionIndex(e: Emotion): number {
  switch (e.charCodeAt(0)) {
    case 102: return 0; // frustration
    case 97: return e.charCodeAt(2) === 103 ? 1 : 2; // anGer, anXiety
    case 99: return 3; // confusion
    case 117: return 4; // urgency
    default: return 5; // gratitude
  }
}

/** A lexicon phrase found in the text. Token indices are end-exclusive. */
export interface CueMatch {
  emotion: Emotion;
  weight: number;
  first: number;
  last: number;
  sentence: number;
  source: string;
  /** Intensifier/downtoner factor applied (1 when none). */
  factor: number;
}

/**
 * Everything a signal reads and writes while one message is analyzed:
 * the prepared tokens, the cue matches, and the evidence that becomes logits.
 */
export class Context {
  readonly text: string;
  readonly tokens: Token[];
  readonly negated: number[];
  readonly infos: WordInfo[];
  /** HAS_* flags of the prepared text. */
  readonly has: number;
  readonly reports: number;
  /** Token indices where each signal can start. */
  readonly at: Candidates;
  readonly lex: LexiconData;
  readonly matches: CueMatch[] = [];
  readonly evidence: EmotionEvidence[] = [];
  /** Sentences whose positive gratitude evidence is void (sarcasm, sign-off factor). */
  private gratitude: Map<number, number> | undefined;
  /** Intensity amplifiers found (caps, !!!, elongation, profanity, intensifiers). */
  amplifiers = 0;
  readonly minEvidence: number;

  constructor(p: Prepared, lex: LexiconData, minEvidence: number) {
    this.text = p.text;
    this.tokens = p.tokens;
    this.negated = p.negated;
    this.infos = p.infos;
    this.has = p.has;
    this.reports = p.reports;
    this.at = p.at;
    this.lex = lex;
    this.minEvidence = minEvidence;
  }

  /** Factor on positive gratitude in sentence `s` (0 after sarcasm, 0.2 for a sign-off, else 1). */
  gratitudeFactor(s: number): number {
    return this.gratitude?.get(s) ?? 1;
  }

  /** Sets the gratitude factor of sentence `s`, unless one is already set and `keep` is true. */
  setGratitudeFactor(s: number, factor: number, keep = false): void {
    this.gratitude ??= new Map();
    if (keep && this.gratitude.has(s)) return;
    this.gratitude.set(s, factor);
  }

  /** Adds evidence covering tokens [first, last). */
  add(emotion: Emotion, weight: number, first: number, last: number, source: string): void {
    const a = this.tokens[first];
    const b = this.tokens[last - 1];
    if (!a || !b || weight === 0) return;
    this.addSpan(emotion, weight, a.start, b.end, source);
  }

  addSpan(emotion: Emotion, weight: number, start: number, end: number, source: string): void {
    this.evidence.push({ emotion, start, end, text: this.text.slice(start, end), weight: round(weight), source });
  }

  private frozen = false;
  private bySentence: Map<number, number[]> | undefined;
  private readonly totals = [0, 0, 0, 0, 0, 0];

  /** Call once every cue match is in: later reads of `cueSum` are O(1). */
  freeze(): void {
    this.frozen = true;
    for (const m of this.matches) if (m.weight > 0) this.totals[emotionIndex(m.emotion)]! += m.weight;
  }

  /** Sum of positive cue weight for the given emotions, in the whole text or one sentence. */
  cueSum(emotions: readonly Emotion[], sentence?: number): number {
    if (!this.frozen) this.freeze();
    let sums: number[] = this.totals;
    if (sentence !== undefined) {
      if (!this.bySentence) {
        // Built on first use only: most messages never ask per sentence.
        this.bySentence = new Map();
        for (const m of this.matches) {
          if (m.weight <= 0) continue;
          let row = this.bySentence.get(m.sentence);
          if (!row) this.bySentence.set(m.sentence, (row = [0, 0, 0, 0, 0, 0]));
          row[emotionIndex(m.emotion)]! += m.weight;
        }
      }
      const row = this.bySentence.get(sentence);
      if (!row) return 0;
      sums = row;
    }
    let sum = 0;
    for (const e of emotions) sum += sums[emotionIndex(e)]!;
    return sum;
  }
}

export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
