/** Runs an analyzer over a task's items once, keeping the raw outputs every metric is computed from. */
import { EMOTIONS } from '../datasets.ts';
import type { Analyzer, Outputs, Task } from './types.ts';

const NEGATIVE = [0, 1, 2, 3]; // frustration, anger, anxiety, confusion

export function evaluate(analyzer: Analyzer, task: Task): Outputs {
  if (task.kind === 'emotions') {
    const n = task.items.length;
    const strengths = new Float64Array(n * 6);
    const detected = new Uint8Array(n);
    task.items.forEach((item, i) => {
      const r = analyzer.detectEmotions(item.text);
      EMOTIONS.forEach((e, k) => {
        strengths[i * 6 + k] = r.emotions[e];
      });
      let bits = 0;
      for (const e of r.detected) bits |= 1 << EMOTIONS.indexOf(e);
      detected[i] = bits;
    });
    return { kind: 'emotions', strengths, detected };
  }
  if (task.kind === 'binary') {
    const scores = new Float64Array(task.items.length);
    task.items.forEach((item, i) => {
      if (task.score === 'negativity') {
        const r = analyzer.detectEmotions(item.text);
        scores[i] = Math.max(...NEGATIVE.map((k) => r.emotions[EMOTIONS[k]!]));
      } else {
        scores[i] = analyzer.scoreReply(item.text, item.message === undefined ? {} : { message: item.message }).dimensions.empathy.score;
      }
    });
    return { kind: 'binary', scores };
  }
  const better = new Float64Array(task.items.length);
  const worse = new Float64Array(task.items.length);
  task.items.forEach((p, i) => {
    const ctx = { message: p.message, customerName: p.customerName };
    better[i] = analyzer.scoreReply(p.better, ctx).dimensions[p.dimension].score;
    worse[i] = analyzer.scoreReply(p.worse, ctx).dimensions[p.dimension].score;
  });
  return { kind: 'pairs', better, worse };
}
