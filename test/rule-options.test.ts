/** Rule options set through `rules: { id: [level, options] }`, and their validation. */
import { describe, expect, it } from 'vitest';
import { builtinRules, scoreReply } from '../src/index.ts';

const long = 'I checked your account and I can see that the payment went through on Monday but the order was held back.';
const ids = (r: ReturnType<typeof scoreReply>, id: string) => r.findings.filter((f) => f.ruleId === id).map((f) => f.text);

describe('rule options', () => {
  it('sentence-length max', () => {
    expect(ids(scoreReply(long), 'sentence-length')).toEqual([]);
    expect(ids(scoreReply(long, {}, { rules: { 'sentence-length': ['warning', { max: 10 }] } }), 'sentence-length')).toEqual([long]);
    const f = scoreReply(long, {}, { rules: { 'sentence-length': ['error', { max: 10 }] } }).findings.find((x) => x.ruleId === 'sentence-length');
    expect(f?.severity).toBe('error');
  });

  it('reading-level maxGrade and minWords', () => {
    const text = 'Our engineering organization investigated the synchronization infrastructure comprehensively yesterday afternoon. Everything functions appropriately now.';
    expect(ids(scoreReply(text), 'reading-level').length).toBe(0); // under 15 words: not graded
    expect(ids(scoreReply(text, {}, { rules: { 'reading-level': ['info', { minWords: 5 }] } }), 'reading-level').length).toBe(1);
    expect(ids(scoreReply(text, {}, { rules: { 'reading-level': ['info', { minWords: 5, maxGrade: 40 }] } }), 'reading-level').length).toBe(0);
  });

  it('no-jargon and no-canned-phrases allow lists', () => {
    const reply = 'Thank you for reaching out. Your ticket was escalated to tier 2.';
    const base = scoreReply(reply);
    expect(ids(base, 'no-jargon').length).toBeGreaterThan(0);
    expect(ids(base, 'no-canned-phrases').join(' ')).toMatch(/Thank you for reaching out/);
    const jargon = ids(base, 'no-jargon');
    const opts = { rules: { 'no-jargon': ['warning', { allow: jargon.map((j) => j.toUpperCase()) }], 'no-canned-phrases': ['warning', { allow: ['thank you for  reaching out'] }] } } as const;
    const r = scoreReply(reply, {}, opts);
    expect(ids(r, 'no-jargon')).toEqual([]);
    expect(ids(r, 'no-canned-phrases')).toEqual([]);
  });

  it('rejects unknown options and wrong types with a heard: TypeError naming the key', () => {
    expect(() => scoreReply('Hi', {}, { rules: { 'sentence-length': ['warning', { maxx: 3 }] } })).toThrow(/options.rules.sentence-length: unknown option "maxx" \(expected max\)/);
    expect(() => scoreReply('Hi', {}, { rules: { 'sentence-length': ['warning', { max: 'x' }] } } as never)).toThrow(/sentence-length.max: expected a number/);
    expect(() => scoreReply('Hi', {}, { rules: { 'sentence-length': ['warning', { max: 0 }] } })).toThrow(/>= 1/);
    expect(() => scoreReply('Hi', {}, { rules: { 'no-jargon': ['warning', { allow: [1] }] } } as never)).toThrow(/array of strings/);
    expect(() => scoreReply('Hi', {}, { rules: { 'use-name': ['warning', { x: 1 }] } })).toThrow(/takes no options/);
    expect(() => scoreReply('Hi', {}, { rules: { 'use-name': ['loud'] } } as never)).toThrow(/expected "off"/);
  });

  it('builtinRules lists every rule with its options and defaults', () => {
    const byId = new Map(builtinRules.map((r) => [r.id, r]));
    expect(byId.get('sentence-length')?.options.max).toMatchObject({ type: 'number', default: 30 });
    expect(byId.get('no-jargon')?.options.allow).toMatchObject({ type: 'strings', default: [] });
    expect(byId.get('use-name')?.options).toEqual({});
    expect(Object.isFrozen(builtinRules)).toBe(true);
  });
});
