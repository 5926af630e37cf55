/**
 * The comparison harness on the project's fixtures: its numbers equal those the accuracy tests
 * and bench/accuracy.ts compute; intervals bracket the values; a rule set that equals the
 * baseline differs by exactly 0; rule-set modules load; reports render.
 */
import { describe, expect, it } from 'vitest';
import { scoreReply, detectEmotions } from '../src/index.ts';
import { loadFixtures, loadReplyPairs, EMOTIONS } from './lib/datasets.ts';
import { macroF1, perLabelPRF } from './lib/metrics.ts';
import { heardScorer, pairwise } from './lib/replies.ts';
import { REPO_ROOT } from './lib/common.ts';
import { compareOutputs, runAll } from './lib/compare/run.ts';
import { findTasks, readJsonlTask } from './lib/compare/tasks.ts';
import { html, markdown } from './lib/compare/report.ts';
import { resamples, interval } from './lib/compare/bootstrap.ts';
import { loadRuleSet } from './lib/compare/rulesets.ts';

const { tasks } = findTasks({ repoRoot: REPO_ROOT, dataDir: undefined, jsonl: [], limit: undefined });

describe('bench:compare harness', async () => {
  const sets = await Promise.all(['default', 'lexicon-only', 'no-negation', 'no-learned-weights', 'custom-rule'].map(loadRuleSet));
  const chosen = [sets[0]!, sets[0]!, sets[3]!];
  const outputs = runAll(chosen, tasks);
  const rows = compareOutputs(tasks, outputs, { bootstrap: 100, seed: 7 });
  const value = (task: string, metric: string, k = 0) => rows.find((r) => r.task === task && r.metric === metric)!.values[k]!;

  it('finds the fixture tasks', () => {
    expect(tasks.map((t) => t.id)).toEqual(['fixtures-emotions-dev', 'reply-pairs-dev', 'fixtures-emotions-test', 'reply-pairs-test']);
  });

  it('fixture macro-F1 equals what the accuracy test computes', () => {
    for (const split of ['dev', 'test'] as const) {
      const items = (loadFixtures(REPO_ROOT, split) as { items: { text: string; emotions: string[] }[] }).items;
      const per = perLabelPRF(EMOTIONS, items.map((i) => i.emotions), items.map((i) => detectEmotions(i.text).detected));
      expect(value(`fixtures emotions ${split}`, 'macro-F1').value).toBe(macroF1(per));
      for (const e of EMOTIONS) expect(value(`fixtures emotions ${split}`, `F1 ${e}`).value).toBe(per[e]!.f1);
    }
  });

  it('reply pair accuracy equals what the reply accuracy test computes', () => {
    for (const split of ['dev', 'test'] as const) {
      const pairs = (loadReplyPairs(REPO_ROOT, split) as { items: Parameters<typeof pairwise>[0] }).items;
      const ref = pairwise(pairs, heardScorer(scoreReply));
      expect(value(`reply pairs ${split}`, 'acc all').value).toBe(ref.all.accuracy);
      expect(value(`reply pairs ${split}`, 'acc empathy').value).toBe(ref.empathy.accuracy);
    }
  });

  it('intervals bracket the value; a rule set identical to the baseline differs by exactly 0', () => {
    for (const r of rows) {
      const v = r.values[0]!;
      expect(v.lo).toBeLessThanOrEqual(v.hi);
      expect(v.lo).toBeLessThanOrEqual(v.value + 0.05);
      expect(v.hi).toBeGreaterThanOrEqual(v.value - 0.05);
      expect(r.deltas[1]).toEqual({ value: 0, lo: 0, hi: 0 });
    }
    expect(value('fixtures emotions dev', 'macro-F1', 2).value).toBeLessThan(value('fixtures emotions dev', 'macro-F1').value);
  });

  it('is deterministic for a seed', () => {
    expect(compareOutputs(tasks, outputs, { bootstrap: 100, seed: 7 })).toEqual(rows);
    expect(resamples(10, 3, 1)).toEqual(resamples(10, 3, 1));
    expect(interval([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual({ lo: 1, hi: 10 });
  });

  it('every bundled rule set loads and validates; the custom rule runs through the public API', () => {
    expect(sets.map((s) => s.name)).toEqual(['default', 'lexicon-only', 'no-negation', 'no-learned-weights', 'custom-rule']);
    const custom = runAll([sets[4]!], tasks.filter((t) => t.kind === 'pairs'));
    expect(custom[0]!.length).toBe(2);
  });

  it('reads JSONL tasks in both documented formats', async () => {
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'heard-compare-'));
    writeFileSync(join(dir, 'e.jsonl'), '{"text":"I am furious","emotions":["anger"]}\n{"text":"thanks!","emotions":["gratitude"]}\n');
    writeFileSync(join(dir, 'p.jsonl'), '{"dimension":"empathy","message":"my order is late!!","better":"I\'m so sorry it\'s late.","worse":"Orders ship in 5 days."}\n');
    expect(readJsonlTask(join(dir, 'e.jsonl'), undefined)).toMatchObject({ kind: 'emotions', items: [{ text: 'I am furious', gold: ['anger'] }, { text: 'thanks!', gold: ['gratitude'] }] });
    expect(readJsonlTask(join(dir, 'p.jsonl'), undefined)).toMatchObject({ kind: 'pairs', items: [{ dimension: 'empathy' }] });
    writeFileSync(join(dir, 'bad.jsonl'), '{"text":"x","emotions":["rage"]}\n');
    expect(() => readJsonlTask(join(dir, 'bad.jsonl'), undefined)).toThrow(/unknown emotion "rage"/);
  });

  it('renders Markdown and a self-contained HTML page with charts', () => {
    const c = { sets: chosen, rows, speed: chosen.map(() => ({ detect: 1000, score: 500 })), skipped: [], bootstrap: 100, seed: 7 };
    const md = markdown(c);
    const macro = value('fixtures emotions dev', 'macro-F1').value.toFixed(3);
    expect(md).toContain(`| macro-F1 | ${macro} [`);
    const page = html(c);
    expect(page).toMatch(/^<!doctype html>/);
    expect((page.match(/<svg/g) ?? []).length).toBeGreaterThanOrEqual(5);
    expect(page).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
  });
});
