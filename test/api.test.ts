import { describe, expect, it } from 'vitest';
import * as heard from '../src/index.ts';
import { detectEmotions, EMOTIONS } from '../src/index.ts';

describe('public API', () => {
  it('exports exactly the documented values', () => {
    expect(Object.keys(heard).sort()).toEqual(['EMOTIONS', 'SIGNALS', 'builtinRules', 'createAnalyzer', 'defaultRules', 'defineRule', 'detectEmotions', 'scoreReply']);
    expect(EMOTIONS).toEqual(['frustration', 'anger', 'anxiety', 'confusion', 'urgency', 'gratitude']);
  });

  it('returns the documented shape', () => {
    const r = detectEmotions("I've waited three weeks and I'm furious!!!");
    expect(Object.keys(r).sort()).toEqual(['detected', 'emotions', 'evidence', 'intensity', 'primary']);
    expect(Object.keys(r.emotions)).toEqual([...EMOTIONS]);
    for (const v of Object.values(r.emotions)) expect(v).toBeGreaterThanOrEqual(0), expect(v).toBeLessThanOrEqual(1);
    expect(r.primary).toBe(r.detected[0] ?? null);
    expect(r.intensity).toBeGreaterThan(0);
    expect(r.intensity).toBeLessThanOrEqual(1);
  });

  it('detected is ordered strongest first and respects thresholds', () => {
    const r = detectEmotions('I am furious and confused and worried, my flight is in 1 hour!!');
    const s = r.detected.map((e) => r.emotions[e]);
    expect(s).toEqual([...s].sort((a, b) => b - a));
    const all = detectEmotions('I am furious', { thresholds: { anger: 0 } });
    expect(all.detected).toContain('anger');
    const none = detectEmotions('I am furious', { thresholds: { anger: 1.01 } });
    expect(none.detected).not.toContain('anger');
  });

  it('evidence text is exactly the input slice, sorted by start', () => {
    const text = '“WHY is my order STILL not here?!” 😡 I’ve called 3 times — third time this month.';
    const r = detectEmotions(text);
    expect(r.evidence.length).toBeGreaterThan(3);
    let last = -1;
    for (const ev of r.evidence) {
      expect(ev.text).toBe(text.slice(ev.start, ev.end));
      expect(ev.start).toBeGreaterThanOrEqual(last);
      expect(EMOTIONS).toContain(ev.emotion);
      expect(typeof ev.source).toBe('string');
      expect(Number.isFinite(ev.weight)).toBe(true);
      last = ev.start;
    }
  });

  it('is deterministic', () => {
    const t = 'Still no refund after 2 weeks. Fix this now or I cancel.';
    expect(detectEmotions(t)).toEqual(detectEmotions(t));
  });
});

describe('bad input', () => {
  it.each([undefined, null, 42, {}, [], Symbol('x'), () => 'x', new String('boxed')])('throws a heard: TypeError for %s', (value) => {
    expect(() => detectEmotions(value as unknown as string)).toThrow(TypeError);
    expect(() => detectEmotions(value as unknown as string)).toThrow(/^heard: expected text to be a string/);
  });

  it('rejects non-object options', () => {
    expect(() => detectEmotions('hi', 5 as never)).toThrow(/^heard:/);
  });

  it.each(['', '   ', '\n\t\r ', '\u00a0\u3000'])('whitespace %j gives all zeros', (text) => {
    const r = detectEmotions(text);
    expect(Object.values(r.emotions)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(r).toMatchObject({ detected: [], primary: null, intensity: 0, evidence: [] });
  });

  it.each([
    ['lone surrogates', '\ud800 angry \udfff \ud83d'],
    ['ZWJ sequences', '👨‍👩‍👧‍👦🏳️‍🌈 furious 🤦🏽‍♀️'],
    ['RTL text', 'أنا غاضب جدا من الخدمة \u202eoverride\u202c'],
    ['control characters', 'angry\u0000\u0001\u0007\u001b[31m red'],
    ['combining marks', 'fu\u0301rious ca\u0300fe\u0301'],
    ['only punctuation', '!!!???...,,,;;;'],
    ['only emoji', '😡😡😡'],
    ['very long word', 'a'.repeat(100_000)],
    ['digits', '1234567890'.repeat(1000)],
  ])('handles %s', (_, text) => {
    const r = detectEmotions(text);
    for (const ev of r.evidence) expect(ev.text).toBe(text.slice(ev.start, ev.end));
    for (const v of Object.values(r.emotions)) expect(Number.isFinite(v)).toBe(true);
  });

  it('handles 1 MB of text (linear time: completes within the test timeout)', () => {
    const unit = "I've been waiting 3 weeks!!! WHERE IS MY REFUND? Not happy :( Thanks for nothing. ";
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const r = detectEmotions(text);
    expect(r.detected).toContain('frustration');
    expect(r.evidence.length).toBeGreaterThan(10_000);
    const last = r.evidence.at(-1)!;
    expect(last.text).toBe(text.slice(last.start, last.end));
  });

  it('handles 1 MB of pathological input for every regex (repeated separators and digits)', () => {
    for (const unit of ['1.1.1.1', '::::', '9'.repeat(50) + 'x', ':-(((', 'https://', '@#@#', '*'.repeat(20)]) {
      const text = unit.repeat(Math.ceil(200_000 / unit.length));
      expect(() => detectEmotions(text)).not.toThrow();
    }
  });
});
