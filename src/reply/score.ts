/**
 * Turning rule results into scores: a dimension's score is the weighted mean of the scores of
 * its rules that apply to this reply (rule weights in each rule's meta), times 100; the
 * overall score is the weighted mean of the six dimensions (DEFAULT_WEIGHTS, or
 * options.weights). See docs/scoring.md.
 */
import type { Dimension } from '../types.ts';

export const DIMENSIONS: readonly Dimension[] = ['empathy', 'personalization', 'positivity', 'authenticity', 'clarity', 'followup'];

/** Default weight of each dimension in the overall score. */
export const DEFAULT_WEIGHTS: Readonly<Record<Dimension, number>> = {
  empathy: 1.5,
  personalization: 1,
  positivity: 1,
  authenticity: 1,
  clarity: 1,
  followup: 0.75,
};

export class DimensionTally {
  private sum = 0;
  private weight = 0;

  add(score: number, weight: number): void {
    this.sum += score * weight;
    this.weight += weight;
  }

  /** 0..100, rounded; 100 when no rule of the dimension applied. */
  score(): number {
    return this.weight === 0 ? 100 : Math.round((100 * this.sum) / this.weight);
  }
}

export function overall(scores: Readonly<Record<Dimension, number>>, weights: Readonly<Record<Dimension, number>>): number {
  let sum = 0;
  let w = 0;
  for (const d of DIMENSIONS) {
    sum += scores[d] * weights[d];
    w += weights[d];
  }
  return w === 0 ? 0 : Math.round(sum / w);
}
