/**
 * Metrics over a task's outputs on a set of item indices (all of them, or a bootstrap
 * resample). They use the same formulas as bench/lib/metrics.ts, so on all items they give
 * exactly the numbers bench/accuracy.ts and the accuracy tests report.
 */
import { prfFromCounts, rocAuc } from '../metrics.ts';
import { DIMENSIONS, EMOTIONS, type Emotion } from '../datasets.ts';
import type { Metric, Outputs, Task } from './types.ts';

function f1(task: Extract<Task, { kind: 'emotions' }>, e: Emotion, out: Extract<Outputs, { kind: 'emotions' }>, idx: Int32Array): number {
  const k = EMOTIONS.indexOf(e);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const i of idx) {
    const gold = task.items[i]!.gold.includes(e);
    const pred = (out.detected[i]! & (1 << k)) !== 0;
    if (gold && pred) tp++;
    else if (pred) fp++;
    else if (gold) fn++;
  }
  return prfFromCounts({ tp, fp, fn, tn: 0 }).f1;
}

function auc(labels: (i: number) => boolean, score: (i: number) => number, idx: Int32Array): number {
  const l: boolean[] = new Array(idx.length);
  const s: number[] = new Array(idx.length);
  for (let j = 0; j < idx.length; j++) {
    l[j] = labels(idx[j]!);
    s[j] = score(idx[j]!);
  }
  return rocAuc(l, s);
}

/** The metrics of a task, in report order. */
export function metricsOf(task: Task): Metric[] {
  if (task.kind === 'emotions') {
    const em = (o: Outputs) => o as Extract<Outputs, { kind: 'emotions' }>;
    const per = task.labels.map((e): Metric => ({ name: `F1 ${e}`, compute: (o, idx) => f1(task, e, em(o), idx) }));
    return [
      { name: 'macro-F1', compute: (o, idx) => task.labels.reduce((s, e) => s + f1(task, e, em(o), idx), 0) / task.labels.length },
      ...per,
      ...task.labels.map((e): Metric => {
        const k = EMOTIONS.indexOf(e);
        return { name: `AUC ${e}`, compute: (o, idx) => auc((i) => task.items[i]!.gold.includes(e), (i) => em(o).strengths[i * 6 + k]!, idx) };
      }),
    ];
  }
  if (task.kind === 'binary') {
    return [{ name: `AUC ${task.score}`, compute: (o, idx) => auc((i) => task.items[i]!.positive, (i) => (o as Extract<Outputs, { kind: 'binary' }>).scores[i]!, idx) }];
  }
  const acc = (o: Outputs, idx: Int32Array, d?: string): number => {
    const p = o as Extract<Outputs, { kind: 'pairs' }>;
    let n = 0;
    let right = 0;
    for (const i of idx) {
      if (d !== undefined && task.items[i]!.dimension !== d) continue;
      n++;
      if (p.better[i]! > p.worse[i]!) right++;
    }
    return n === 0 ? Number.NaN : right / n;
  };
  return [{ name: 'acc all', compute: (o, idx) => acc(o, idx) }, ...DIMENSIONS.map((d): Metric => ({ name: `acc ${d}`, compute: (o, idx) => acc(o, idx, d) }))];
}
