/**
 * Reply-scoring evaluation shared by bench/accuracy.ts and the accuracy test: pairwise
 * accuracy per dimension on preference pairs, with trivial baselines for reference, and the
 * EPITOME empathy AUC.
 */
import { pairwiseAccuracy, rocAuc } from './metrics.ts';
import { DIMENSIONS, type Dimension, type EpitomeItem, type ReplyPair } from './datasets.ts';

export interface ReplyScoreLike {
  score: number;
  dimensions: Record<Dimension, { score: number }>;
}
export type ScoreReply = (reply: string, context?: { message?: string | undefined; customerName?: string | undefined }) => ReplyScoreLike;

export interface PairResult {
  n: number;
  accuracy: number;
  ties: number;
}

/** A scorer of one reply on one dimension (given the pair's context). */
export type PairScorer = (reply: string, pair: ReplyPair) => number;

export function heardScorer(score: ScoreReply): PairScorer {
  return (reply, pair) => score(reply, { message: pair.message, customerName: pair.customerName }).dimensions[pair.dimension].score;
}

/** Trivial baselines a good scorer must beat: the longer reply wins; the reply that apologizes more wins. */
export const BASELINES: Record<string, PairScorer> = {
  'longer reply': (reply) => reply.length,
  'more apologies': (reply) => (reply.match(/\b(sorry|apologi[sz]e|apologies)\b/gi) ?? []).length,
};

export function pairwise(pairs: readonly ReplyPair[], scorer: PairScorer): Record<Dimension | 'all', PairResult> {
  const out = {} as Record<Dimension | 'all', PairResult>;
  const run = (items: readonly ReplyPair[]): PairResult => {
    const b = items.map((p) => scorer(p.better, p));
    const w = items.map((p) => scorer(p.worse, p));
    return { n: items.length, ...pairwiseAccuracy(b, w) };
  };
  for (const d of DIMENSIONS) out[d] = run(pairs.filter((p) => p.dimension === d));
  out.all = run(pairs);
  return out;
}

/** The keyword baseline the issue cites for EPITOME (about 0.58): count of common empathy words. */
export function keywordEmpathy(reply: string): number {
  return (reply.match(/\b(sorry|hope|hugs?|feel|understand|care|here for you)\b/gi) ?? []).length;
}

/** ROC AUC of a score for "emotional reaction level >= 1" vs level 0 on EPITOME. */
export function epitomeAuc(items: readonly EpitomeItem[], score: (item: EpitomeItem) => number): number {
  return rocAuc(items.map((it) => it.level >= 1), items.map(score));
}
