/**
 * Classification metrics for the benchmarks. Pure functions, no I/O.
 *
 * Conventions (the same as scikit-learn's defaults, `zero_division=0`):
 * - precision = tp / (tp + fp), 0 when nothing was predicted;
 * - recall    = tp / (tp + fn), 0 when the label never occurs;
 * - F1        = 2PR / (P + R), 0 when P + R = 0.
 * - ROC AUC is rank based (Mann-Whitney U), tied scores get their average rank;
 *   it is NaN when either class is empty.
 */

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
  /** Number of gold positives (tp + fn). */
  support: number;
  /** Number of predicted positives (tp + fp). */
  predicted: number;
}

/** Confusion counts for one binary label. `gold` and `pred` must have the same length. */
export function binaryCounts(gold: readonly boolean[], pred: readonly boolean[]): Counts {
  if (gold.length !== pred.length) {
    throw new Error(`binaryCounts: gold has ${gold.length} items but pred has ${pred.length}`);
  }
  const c: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (let i = 0; i < gold.length; i++) {
    const g = gold[i];
    const p = pred[i];
    if (g && p) c.tp++;
    else if (!g && p) c.fp++;
    else if (g && !p) c.fn++;
    else c.tn++;
  }
  return c;
}

function ratio(num: number, den: number): number {
  return den === 0 ? 0 : num / den;
}

/** Precision, recall and F1 from confusion counts. */
export function prfFromCounts(c: Counts): PRF {
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, support: c.tp + c.fn, predicted: c.tp + c.fp };
}

/** Precision, recall and F1 for one binary label. */
export function precisionRecallF1(gold: readonly boolean[], pred: readonly boolean[]): PRF {
  return prfFromCounts(binaryCounts(gold, pred));
}

/**
 * Per-label precision/recall/F1 for multi-label data: item i has gold labels `gold[i]`
 * and predicted labels `pred[i]`. Labels outside `labels` are ignored.
 */
export function perLabelPRF<L extends string>(
  labels: readonly L[],
  gold: readonly (readonly string[])[],
  pred: readonly (readonly string[])[],
): Record<L, PRF> {
  if (gold.length !== pred.length) {
    throw new Error(`perLabelPRF: gold has ${gold.length} items but pred has ${pred.length}`);
  }
  const out = {} as Record<L, PRF>;
  for (const label of labels) {
    const g = gold.map((ls) => ls.includes(label));
    const p = pred.map((ls) => ls.includes(label));
    out[label] = precisionRecallF1(g, p);
  }
  return out;
}

/** Unweighted mean of the per-label F1 scores (labels with no support count as F1 = 0). */
export function macroF1(perLabel: Readonly<Record<string, PRF>>): number {
  const values = Object.values(perLabel);
  if (values.length === 0) return Number.NaN;
  return values.reduce((s, v) => s + v.f1, 0) / values.length;
}

/** Micro-averaged P/R/F1: counts pooled over all labels. */
export function microPRF(labels: readonly string[], gold: readonly (readonly string[])[], pred: readonly (readonly string[])[]): PRF {
  const total: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const label of labels) {
    const c = binaryCounts(
      gold.map((ls) => ls.includes(label)),
      pred.map((ls) => ls.includes(label)),
    );
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
    total.tn += c.tn;
  }
  return prfFromCounts(total);
}

/**
 * 1-based ranks of `values` in ascending order; tied values all get the mean of the
 * ranks they span (e.g. [10, 20, 20, 30] -> [1, 2.5, 2.5, 4]).
 */
export function averageRanks(values: readonly number[]): number[] {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a]! - values[b]!);
  const ranks = new Array<number>(n);
  let i = 0;
  while (i < n) {
    let j = i;
    while (j + 1 < n && values[order[j + 1]!] === values[order[i]!]) j++;
    // positions i..j (0-based) share ranks i+1..j+1
    const avg = (i + 1 + (j + 1)) / 2;
    for (let k = i; k <= j; k++) ranks[order[k]!] = avg;
    i = j + 1;
  }
  return ranks;
}

/**
 * ROC AUC of `scores` for binary `labels` (true = positive): the probability that a random
 * positive scores above a random negative, ties counting one half. Computed from ranks
 * (Mann-Whitney U), O(n log n). NaN when there are no positives or no negatives.
 * Throws on NaN scores, which have no rank.
 */
export function rocAuc(labels: readonly boolean[], scores: readonly number[]): number {
  if (labels.length !== scores.length) {
    throw new Error(`rocAuc: ${labels.length} labels but ${scores.length} scores`);
  }
  for (let i = 0; i < scores.length; i++) {
    if (Number.isNaN(scores[i])) throw new Error(`rocAuc: score ${i} is NaN`);
  }
  let nPos = 0;
  for (const l of labels) if (l) nPos++;
  const nNeg = labels.length - nPos;
  if (nPos === 0 || nNeg === 0) return Number.NaN;
  const ranks = averageRanks(scores);
  let rankSumPos = 0;
  for (let i = 0; i < labels.length; i++) if (labels[i]) rankSumPos += ranks[i]!;
  const u = rankSumPos - (nPos * (nPos + 1)) / 2;
  return u / (nPos * nNeg);
}

/** Median of a non-empty list (mean of the two middle values for even lengths). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * The decision threshold on `scores` (predict positive when score >= threshold) that maximises
 * F1 for `labels`, scanning every distinct score. A diagnostic for tuning thresholds on a dev
 * split; report the F1 it gives on a held-out split, never on the split it was chosen on.
 * Returns F1 = 0 and threshold = Infinity when there are no positives.
 */
export function bestF1Threshold(labels: readonly boolean[], scores: readonly number[]): { threshold: number; f1: number } {
  if (labels.length !== scores.length) {
    throw new Error(`bestF1Threshold: ${labels.length} labels but ${scores.length} scores`);
  }
  let nPos = 0;
  for (const l of labels) if (l) nPos++;
  if (nPos === 0) return { threshold: Number.POSITIVE_INFINITY, f1: 0 };
  const order = Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  let best = { threshold: Number.POSITIVE_INFINITY, f1: 0 };
  let tp = 0;
  let fp = 0;
  let i = 0;
  while (i < order.length) {
    const t = scores[order[i]!]!;
    // take every item tied at this score
    while (i < order.length && scores[order[i]!] === t) {
      if (labels[order[i]!]) tp++;
      else fp++;
      i++;
    }
    const f1 = (2 * tp) / (2 * tp + fp + (nPos - tp));
    if (f1 > best.f1) best = { threshold: t, f1 };
  }
  return best;
}

/** Share of pairs where `better[i] > worse[i]` (a tie counts as a miss), and the number of ties. */
export function pairwiseAccuracy(better: readonly number[], worse: readonly number[]): { accuracy: number; ties: number } {
  if (better.length !== worse.length) throw new Error('pairwiseAccuracy: better and worse differ in length');
  let right = 0;
  let ties = 0;
  for (let i = 0; i < better.length; i++) {
    if (better[i]! > worse[i]!) right++;
    else if (better[i] === worse[i]) ties++;
  }
  return { accuracy: better.length === 0 ? 0 : right / better.length, ties };
}
