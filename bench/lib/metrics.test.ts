import { describe, it, expect } from 'vitest';
import {
  averageRanks,
  binaryCounts,
  macroF1,
  median,
  bestF1Threshold,
  microPRF,
  perLabelPRF,
  precisionRecallF1,
  rocAuc,
} from './metrics.ts';

const T = true;
const F = false;

describe('precision / recall / F1', () => {
  it('counts tp, fp, fn, tn', () => {
    expect(binaryCounts([T, T, F, F, T], [T, F, T, F, T])).toEqual({ tp: 2, fp: 1, fn: 1, tn: 1 });
  });

  it('computes P = R = F1 = 2/3 for tp=2, fp=1, fn=1', () => {
    const r = precisionRecallF1([T, T, F, F, T], [T, F, T, F, T]);
    expect(r.precision).toBeCloseTo(2 / 3, 12);
    expect(r.recall).toBeCloseTo(2 / 3, 12);
    expect(r.f1).toBeCloseTo(2 / 3, 12);
    expect(r.support).toBe(3);
    expect(r.predicted).toBe(3);
  });

  it('computes F1 = 0.4 for P = 0.25, R = 1 (tp=1, fp=3, fn=0)', () => {
    const r = precisionRecallF1([T, F, F, F, F], [T, T, T, T, F]);
    expect(r.precision).toBeCloseTo(0.25, 12);
    expect(r.recall).toBe(1);
    expect(r.f1).toBeCloseTo(0.4, 12); // 2 * 0.25 * 1 / 1.25
  });

  it('returns 0 (not NaN) when nothing is predicted or nothing is gold', () => {
    expect(precisionRecallF1([T, F], [F, F])).toEqual({ precision: 0, recall: 0, f1: 0, support: 1, predicted: 0 });
    expect(precisionRecallF1([F, F], [T, F])).toEqual({ precision: 0, recall: 0, f1: 0, support: 0, predicted: 1 });
  });

  it('rejects arrays of different lengths', () => {
    expect(() => precisionRecallF1([T], [T, F])).toThrow();
  });
});

describe('multi-label averages', () => {
  const labels = ['a', 'b', 'c'] as const;
  const gold = [['a'], ['a', 'b'], [], ['c']];
  const pred = [['a', 'b'], ['a'], ['c'], []];

  it('scores each label separately', () => {
    const r = perLabelPRF(labels, gold, pred);
    expect(r.a.f1).toBe(1); // gold T T F F, pred T T F F
    expect(r.b).toEqual({ precision: 0, recall: 0, f1: 0, support: 1, predicted: 1 });
    expect(r.c).toEqual({ precision: 0, recall: 0, f1: 0, support: 1, predicted: 1 });
  });

  it('macro-F1 is the unweighted mean: (1 + 0 + 0) / 3', () => {
    expect(macroF1(perLabelPRF(labels, gold, pred))).toBeCloseTo(1 / 3, 12);
  });

  it('micro pools the counts: tp=2, fp=2, fn=2', () => {
    const r = microPRF(labels, gold, pred);
    expect(r.precision).toBeCloseTo(0.5, 12);
    expect(r.recall).toBeCloseTo(0.5, 12);
    expect(r.f1).toBeCloseTo(0.5, 12);
  });

  it('ignores labels outside the label set', () => {
    const r = perLabelPRF(['a'], [['a', 'zzz']], [['a']]);
    expect(r.a.f1).toBe(1);
  });
});

describe('ranks', () => {
  it('averages tied ranks', () => {
    expect(averageRanks([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
    expect(averageRanks([3, 1, 2, 1])).toEqual([4, 1.5, 3, 1.5]);
    expect(averageRanks([7, 7, 7])).toEqual([2, 2, 2]);
    expect(averageRanks([])).toEqual([]);
  });
});

describe('ROC AUC', () => {
  it('is 1 for a perfect ranking and 0 for an inverted one', () => {
    expect(rocAuc([F, F, T, T], [0.1, 0.2, 0.8, 0.9])).toBe(1);
    expect(rocAuc([T, T, F, F], [0.1, 0.2, 0.8, 0.9])).toBe(0);
  });

  it('counts the fraction of correctly ordered (positive, negative) pairs: 3/4', () => {
    // positives 0.9, 0.7; negatives 0.8, 0.1 -> (0.9>0.8) (0.9>0.1) (0.7<0.8) (0.7>0.1)
    expect(rocAuc([T, F, T, F], [0.9, 0.8, 0.7, 0.1])).toBeCloseTo(0.75, 12);
  });

  it('counts a tie between a positive and a negative as one half: 3.5/4', () => {
    // positives 0.5, 0.9; negatives 0.5, 0.1 -> 0.5 + 1 + 1 + 1
    expect(rocAuc([T, F, T, F], [0.5, 0.5, 0.9, 0.1])).toBeCloseTo(0.875, 12);
  });

  it('is 0.5 when every score is tied', () => {
    expect(rocAuc([T, F, F, T, F], [1, 1, 1, 1, 1])).toBe(0.5);
  });

  it('handles unbalanced classes: 1 positive, 3 negatives, beats 2 of 3', () => {
    expect(rocAuc([F, T, F, F], [0.1, 0.5, 0.3, 0.7])).toBeCloseTo(2 / 3, 12);
  });

  it('does not depend on the score scale (rank based)', () => {
    const labels = [T, F, T, F, F];
    const s = [0.3, 0.1, 0.9, 0.4, 0.2];
    expect(rocAuc(labels, s.map((x) => 1000 * x - 7))).toBeCloseTo(rocAuc(labels, s), 12);
  });

  it('is NaN when a class is empty, and throws on NaN scores or a length mismatch', () => {
    expect(rocAuc([T, T], [0.1, 0.2])).toBeNaN();
    expect(rocAuc([F, F], [0.1, 0.2])).toBeNaN();
    expect(() => rocAuc([T, F], [Number.NaN, 0.2])).toThrow();
    expect(() => rocAuc([T, F], [0.1])).toThrow();
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('bestF1Threshold', () => {
  it('scans the distinct scores and keeps the best F1', () => {
    // t=0.9: P=1 R=.5 F1=.667; t=0.8: F1=.5; t=0.7: P=2/3 R=1 F1=.8; t=0.1: F1=.667
    const r = bestF1Threshold([T, F, T, F], [0.9, 0.8, 0.7, 0.1]);
    expect(r.threshold).toBe(0.7);
    expect(r.f1).toBeCloseTo(0.8, 12);
  });

  it('treats tied scores as one threshold', () => {
    // t=0.5 takes both tied items at once: tp=1 fp=1 fn=0 -> F1 = 2/3
    const r = bestF1Threshold([T, F], [0.5, 0.5]);
    expect(r).toEqual({ threshold: 0.5, f1: 2 / 3 });
  });

  it('returns F1 = 0 when there are no positives', () => {
    expect(bestF1Threshold([F, F], [0.3, 0.4])).toEqual({ threshold: Number.POSITIVE_INFINITY, f1: 0 });
  });
});
