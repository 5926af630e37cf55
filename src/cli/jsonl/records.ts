/**
 * One JSONL line in, one JSONL line out, for `score --jsonl` and `detect --jsonl`. Pure, so the
 * main thread and the worker threads give byte-identical output. A bad line gives an `error`
 * record, never an exception.
 */
import { detectEmotions, scoreReply, type ScoreOptions } from '../../index.ts';
import { isObject, messageOf } from '../errors.ts';

export type JsonlKind = 'score' | 'detect';

const ID_TYPES = new Set(['string', 'number']);

/** The output line (without newline) for input line number `n` (1-based), and whether it failed. */
export function processLine(kind: JsonlKind, text: string, n: number, options: ScoreOptions): { out: string; failed: boolean } {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (err) {
    return { out: JSON.stringify({ line: n, error: `invalid JSON: ${messageOf(err)}` }), failed: true };
  }
  const id = isObject(input) && ID_TYPES.has(typeof input.id) ? input.id : undefined;
  const head = id === undefined ? { line: n } : { id, line: n };
  try {
    if (!isObject(input)) throw new TypeError(`heard: expected an object like ${kind === 'score' ? '{"reply": "...", "message": "..."}' : '{"text": "..."}'}`);
    if (kind === 'detect') {
      const r = detectEmotions(input.text as string);
      return { out: JSON.stringify({ ...head, ...r }), failed: false };
    }
    const context: { message?: string; customerName?: string; agentName?: string } = {};
    for (const key of ['message', 'customerName', 'agentName'] as const) if (input[key] !== undefined && input[key] !== null) context[key] = input[key] as string;
    const r = scoreReply(input.reply as string, context, options);
    const dimensions = Object.fromEntries(Object.entries(r.dimensions).map(([d, v]) => [d, v.score]));
    const record: Record<string, unknown> = { ...head, score: r.score, dimensions, findings: r.findings };
    if (r.customer) record.customer = { detected: r.customer.detected, primary: r.customer.primary, emotions: r.customer.emotions };
    return { out: JSON.stringify(record), failed: false };
  } catch (err) {
    const why = messageOf(err).replace(/^heard: /, '').replace('expected reply', 'expected "reply"').replace('expected text', 'expected "text"');
    return { out: JSON.stringify({ ...head, error: why }), failed: true };
  }
}
