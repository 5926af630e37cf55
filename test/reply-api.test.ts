import { describe, expect, it } from 'vitest';
import { scoreReply, type Dimension } from '../src/index.ts';
import { wellFormed } from './rules/cases.ts';

const DIMS: Dimension[] = ['empathy', 'personalization', 'positivity', 'authenticity', 'clarity', 'followup'];
const MESSAGE = "I've been waiting three weeks for my refund on order #48213. This is the third time I'm writing!";
const GOOD = "Hi Maria,\n\nI'm so sorry you've had to chase this three times. I've pushed the refund for order #48213 through myself, and you'll see it on your card by Friday. I'll check on Thursday that it has landed and email you either way.\n\nBest,\nSam";

describe('scoreReply: shape', () => {
  it('returns every dimension 0..100, an overall score, sorted findings and the customer report', () => {
    const r = scoreReply(GOOD, { message: MESSAGE, customerName: 'Maria' });
    expect(Object.keys(r.dimensions)).toEqual(DIMS);
    for (const d of DIMS) {
      expect(r.dimensions[d].score).toBeGreaterThanOrEqual(0);
      expect(r.dimensions[d].score).toBeLessThanOrEqual(100);
      for (const f of r.dimensions[d].findings) expect(f.dimension).toBe(d);
    }
    expect(r.score).toBeGreaterThanOrEqual(0);
    expect(r.score).toBeLessThanOrEqual(100);
    expect(r.customer?.detected).toContain('frustration');
    const starts = r.findings.map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('anchors every finding to the reply, and every problem carries a suggestion', () => {
    const reply = 'Dear customer, we apologize for any inconvenience. Unfortunately, as I said, we cannot refund you.';
    const r = scoreReply(reply, { message: MESSAGE });
    expect(r.findings.length).toBeGreaterThan(2);
    for (const f of r.findings) {
      expect(f.text).toBe(reply.slice(f.start, f.end));
      expect(f.suggestions?.length).toBeGreaterThan(0);
      expect(f.message.length).toBeGreaterThan(10);
    }
  });

  it('analyzes a message once while the draft changes, and shares its report frozen', () => {
    const a = scoreReply('Hi Maria, on it.', { message: MESSAGE });
    const b = scoreReply('Hi Maria, on it now.', { message: MESSAGE });
    expect(b.customer).toBe(a.customer);
    expect(Object.isFrozen(a.customer)).toBe(true);
    expect(Object.isFrozen(a.customer!.evidence[0])).toBe(true);
    const other = scoreReply('Hi Maria, on it.', { message: 'Thanks so much!' });
    expect(other.customer).not.toBe(a.customer);
    expect(other.customer?.detected).toContain('gratitude');
  });

  it('has no customer report without a message', () => {
    expect(scoreReply('Thanks, all done!').customer).toBeUndefined();
  });

  it('weights combine the dimensions into the overall score', () => {
    const reply = 'Dear customer, we apologize for any inconvenience.';
    const only = scoreReply(reply, {}, { weights: { empathy: 0, personalization: 1, positivity: 0, authenticity: 0, clarity: 0, followup: 0 } });
    expect(only.score).toBe(only.dimensions.personalization.score);
  });

  it('rules can be turned off or given another severity', () => {
    const reply = 'Dear customer, your refund is on its way.';
    const base = scoreReply(reply, { customerName: 'Maria' });
    expect(base.findings.some((f) => f.ruleId === 'use-name')).toBe(true);
    const off = scoreReply(reply, { customerName: 'Maria' }, { rules: { 'use-name': 'off' } });
    expect(off.findings.some((f) => f.ruleId === 'use-name')).toBe(false);
    const err = scoreReply(reply, { customerName: 'Maria' }, { rules: { 'use-name': 'error' } });
    expect(err.findings.find((f) => f.ruleId === 'use-name')?.severity).toBe('error');
  });

  it('is deterministic', () => {
    expect(scoreReply(GOOD, { message: MESSAGE })).toEqual(scoreReply(GOOD, { message: MESSAGE }));
  });
});

describe('scoreReply: replacements', () => {
  const replies = [
    "Hi Maria,\n\nI hope you're doing well. Your order ships today.",
    "Hi Maria, I hope you're doing well. Your order ships today.",
    'Your order ships today. Have a great day!',
    'Thanks for waiting and have a great day!',
    "We can't change this, unfortunately.",
    'Please be advised: the store opens at 9.',
    "Unfortunately, iPhone 8 isn't supported.",
    'Unfortunately, we ship on Monday.',
    'Please be advised that refunds take 5 days. As I said, we are unable to waive the fee.',
    'Dear customer, thank you for reaching out. Kindly note that we have escalated to tier 2.',
    "Don't worry about the fee, I've waived it.",
  ];
  it.each(replies.map((r) => [r]))('applying any one replacement keeps %j well formed', (reply) => {
    for (const f of scoreReply(reply, { customerName: 'Maria' }).findings) {
      for (const sug of f.suggestions ?? []) {
        if (sug.replacement === undefined) continue;
        const after = reply.slice(0, f.start) + sug.replacement + reply.slice(f.end);
        expect([f.ruleId, wellFormed(reply, after)]).toEqual([f.ruleId, true]);
      }
    }
  });
});

describe('scoreReply: bad input', () => {
  it.each([[undefined], [null], [42], [{}], [['a']]])('throws a heard: TypeError for reply %j', (x) => {
    expect(() => scoreReply(x as unknown as string)).toThrow(TypeError);
    expect(() => scoreReply(x as unknown as string)).toThrow(/^heard: expected reply to be a string/);
  });

  it('throws typed errors for a bad context or options', () => {
    expect(() => scoreReply('hi', { message: 5 as unknown as string })).toThrow(/^heard: expected context\.message to be a string/);
    expect(() => scoreReply('hi', 'x' as never)).toThrow(/^heard: expected context to be an object/);
    expect(() => scoreReply('hi', {}, { weights: { kindness: 1 } as never })).toThrow(/unknown dimension/);
    expect(() => scoreReply('hi', {}, { weights: { empathy: -1 } })).toThrow(/expected a number >= 0/);
    expect(() => scoreReply('hi', {}, { rules: { 'no-such-rule': 'off' } })).toThrow(/unknown rule "no-such-rule"/);
    expect(() => scoreReply('hi', {}, { rules: { 'use-name': 'loud' as never } })).toThrow(/expected "off"/);
    expect(() => scoreReply('hi', {}, { templates: [{ name: 'x' }] as never })).toThrow(/templates\[0\]/);
  });

  it('an empty reply scores 0 everywhere with one finding saying so', () => {
    for (const reply of ['', '   \n\t ']) {
      const r = scoreReply(reply, { message: MESSAGE });
      expect(r.score).toBe(0);
      for (const d of DIMS) expect(r.dimensions[d].score).toBe(0);
      expect(r.findings).toHaveLength(1);
      expect(r.findings[0]!.ruleId).toBe('empty-reply');
      expect(r.findings[0]!.message).toMatch(/empty/);
    }
  });

  it('handles any Unicode and 1 MB replies without throwing', () => {
    for (const reply of ['\ud800 lone surrogate \udc00', '👨‍👩‍👧 مرحبا שלום {{first_name}} %x% [name', '{{'.repeat(1000), '[a'.repeat(5000), '%a'.repeat(5000)]) {
      const r = scoreReply(reply, { message: reply });
      for (const f of r.findings) expect(f.text).toBe(reply.slice(f.start, f.end));
    }
    // Dense in matches of every list, so any pairwise comparison of matches would show as quadratic time.
    const dense = "I'm sorry, we are not able to help, it is not allowed. I'll send it. Let me know. We apologize for any inconvenience. ".repeat(9000);
    expect(dense.length).toBeGreaterThan(1_000_000);
    expect(scoreReply(dense, { message: 'My order #48213, my router and my Visa card. '.repeat(3000) }).findings.length).toBeGreaterThan(1000);
    const big = 'I will send the label today. Unfortunately we cannot refund you, as I said. '.repeat(14000);
    expect(big.length).toBeGreaterThan(1_000_000);
    const r = scoreReply(big, { message: big.slice(0, 200_000) });
    expect(r.score).toBeGreaterThanOrEqual(0);
  });
});
