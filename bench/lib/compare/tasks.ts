/**
 * The labeled datasets the harness finds: the project's fixtures (always), the shared datasets
 * under --data when present (GoEmotions dev/test, complaints, airline tweets, EPITOME), and any
 * JSONL file given with --jsonl in one of the two documented formats:
 *   {"text": "...", "emotions": ["anger", ...]}                                      emotions
 *   {"message"?: "...", "customerName"?: "...", "dimension": "...", "better": "...", "worse": "..."}   reply pairs
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
  EMOTIONS, GOEMOTIONS_EMOTIONS, loadAirline, loadComplaints, loadEpitome, loadFixtures, loadGoEmotions, loadReplyPairs, readReplyPairs,
  type Emotion, type Loaded,
} from '../datasets.ts';
import type { Task } from './types.ts';

export interface TaskOptions {
  repoRoot: string;
  /** Folder holding the shared dataset folders, or undefined for fixtures only. */
  dataDir: string | undefined;
  jsonl: readonly string[];
  /** Use at most this many items per task (quick runs; not comparable). */
  limit: number | undefined;
  /** Only tasks of these splits (ablation decides on dev only). */
  splits?: readonly ('dev' | 'test' | 'other')[];
}

function take<T>(items: readonly T[], limit: number | undefined): T[] {
  return limit === undefined ? [...items] : items.slice(0, limit);
}

/** Reads a JSONL file of either format (decided by its first record). */
export function readJsonlTask(path: string, limit: number | undefined): Task {
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim());
  if (lines.length === 0) throw new Error(`${path}: no records`);
  const first = JSON.parse(lines[0]!) as Record<string, unknown>;
  const id = `jsonl:${basename(path)}`;
  if ('better' in first) return { kind: 'pairs', id, label: basename(path), split: 'other', items: take(readReplyPairs(path), limit) };
  const items = lines.map((line, k) => {
    let o: Record<string, unknown>;
    try { o = JSON.parse(line) as Record<string, unknown>; } catch (e) { throw new Error(`${path}:${k + 1}: not JSON (${(e as Error).message})`); }
    if (typeof o.text !== 'string' || !Array.isArray(o.emotions)) throw new Error(`${path}:${k + 1}: expected {"text": string, "emotions": [...]}`);
    for (const e of o.emotions) if (!EMOTIONS.includes(e as Emotion)) throw new Error(`${path}:${k + 1}: unknown emotion ${JSON.stringify(e)}`);
    return { text: o.text, gold: o.emotions as Emotion[] };
  });
  return { kind: 'emotions', id, label: basename(path), split: 'other', labels: EMOTIONS, items: take(items, limit) };
}

export function findTasks(o: TaskOptions): { tasks: Task[]; skipped: string[] } {
  const tasks: Task[] = [];
  const skipped: string[] = [];
  const ok = <T>(l: Loaded<T>): T[] | undefined => {
    if (l.ok) return l.items;
    skipped.push(l.reason);
    return undefined;
  };
  for (const split of ['dev', 'test'] as const) {
    const fx = ok(loadFixtures(o.repoRoot, split));
    if (fx) tasks.push({ kind: 'emotions', id: `fixtures-emotions-${split}`, label: `fixtures emotions ${split}`, split, labels: EMOTIONS, items: take(fx.map((f) => ({ text: f.text, gold: f.emotions })), o.limit) });
    const pairs = ok(loadReplyPairs(o.repoRoot, split));
    if (pairs) tasks.push({ kind: 'pairs', id: `reply-pairs-${split}`, label: `reply pairs ${split}`, split, items: take(pairs, o.limit) });
  }
  if (o.dataDir !== undefined) {
    for (const split of ['dev', 'test'] as const) {
      const ge = ok(loadGoEmotions(o.dataDir, split));
      if (ge) tasks.push({ kind: 'emotions', id: `goemotions-${split}`, label: `GoEmotions ${split}`, split, labels: GOEMOTIONS_EMOTIONS, items: take(ge.map((g) => ({ text: g.text, gold: g.emotions })), o.limit) });
    }
    const complaints = ok(loadComplaints(o.dataDir));
    if (complaints) tasks.push({ kind: 'binary', id: 'complaints', label: 'complaints', split: 'other', score: 'negativity', items: take(complaints.map((c) => ({ text: c.text, positive: c.complaint })), o.limit) });
    const airline = ok(loadAirline(o.dataDir));
    if (airline) {
      const sure = airline.filter((a) => a.confidence >= 0.99);
      tasks.push({ kind: 'binary', id: 'airline', label: 'airline tweets', split: 'other', score: 'negativity', items: take(sure.map((a) => ({ text: a.text, positive: a.sentiment === 'negative' })), o.limit) });
    }
    const epitome = ok(loadEpitome(o.dataDir));
    if (epitome) tasks.push({ kind: 'binary', id: 'epitome', label: 'EPITOME', split: 'other', score: 'empathy', items: take(epitome.map((e) => ({ text: e.response, message: e.seeker, positive: e.level >= 1 })), o.limit) });
  }
  for (const path of o.jsonl) tasks.push(readJsonlTask(path, o.limit));
  return { tasks: o.splits ? tasks.filter((t) => o.splits!.includes(t.split)) : tasks, skipped };
}
