/**
 * clarity: plain enough to read at a glance: Flesch-Kincaid grade 10 or below. Applies to
 * replies of 15 words or more (the formula is noise on shorter text).
 */
import { lexicon } from '../../lexicon/index.ts';
import { WORD } from '../../text/tokenize.ts';
import { defineRule, unit } from '../rule.ts';

export const MAX_GRADE = 10;
/** Below this many words the grade is too noisy to report. */
export const MIN_WORDS = 15;

/** Syllables in an English word, by vowel groups (a common heuristic; exact for most words). */
export function syllables(word: string): number {
  let count = 0;
  let letters = 0;
  let prevVowel = false;
  let last = 0;
  let beforeLast = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) continue;
    letters++;
    const v = c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121;
    if (v && !prevVowel) count++;
    prevVowel = v;
    beforeLast = last;
    last = c;
  }
  if (letters <= 3) return 1;
  if (last === 101 && beforeLast !== 108 && count > 1) count--; // silent final e, but not "-le"
  return Math.max(1, count);
}

let knownKeys: readonly string[] | undefined;
let knownCounts = new Uint8Array(0);

/** Syllables of each word-table key by id (0: not counted yet), for the table whose keys are `keys`. */
function knownSyllables(keys: readonly string[]): Uint8Array {
  if (keys !== knownKeys) {
    knownKeys = keys;
    knownCounts = new Uint8Array(keys.length);
  }
  return knownCounts;
}

/** Flesch-Kincaid grade level of words over sentences. */
export function gradeLevel(words: number, sentences: number, syll: number): number {
  return 0.39 * (words / sentences) + 11.8 * (syll / words) - 15.59;
}

export default defineRule({
  meta: {
    id: 'reading-level',
    dimension: 'clarity',
    description: `Reads at Flesch-Kincaid grade ${MAX_GRADE} or below.`,
    severity: 'info',
    weight: 0.5,
    options: {
      maxGrade: { type: 'number', default: MAX_GRADE, min: 0, description: 'Highest Flesch-Kincaid grade allowed.' },
      minWords: { type: 'number', default: MIN_WORDS, min: 1, description: 'Replies shorter than this are not graded.' },
    },
  },
  check(ctx, options) {
    const { doc } = ctx;
    const maxGrade = options.maxGrade as number;
    if (doc.words < (options.minWords as number)) return { score: null, findings: [] };
    let syll = 0;
    const { keys } = lexicon().table;
    const known = knownSyllables(keys);
    for (const t of doc.tokens) {
      if (t.kind !== WORD || t.norm.charCodeAt(0) === 123) continue; // not a placeholder ("{name}")
      // A word the tokenizer found in the word table (and prepare() left as it was): its count is kept by id.
      if (t.entry >= 0 && keys[t.entry] === t.norm) {
        let s = known[t.entry]!;
        if (s === 0) {
          s = syllables(t.norm);
          if (s < 256) known[t.entry] = s;
        }
        syll += s;
      } else syll += syllables(t.norm);
    }
    const sentences = doc.sentences.filter((s) => s.words > 0);
    const grade = gradeLevel(doc.words, sentences.length, syll);
    const score = unit((maxGrade + 4 - grade) / 6);
    if (grade <= maxGrade) return { score, findings: [] };
    const longest = sentences.reduce((a, b) => (b.words > a.words ? b : a));
    return {
      score,
      findings: [{
        start: longest.start,
        end: longest.end,
        message: `The reply reads at about grade ${grade.toFixed(1)} (aim for ${maxGrade} or below); this is its longest sentence.`,
        suggestions: [{ message: 'Use shorter sentences and everyday words.' }],
      }],
    };
  },
});
