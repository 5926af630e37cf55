import { describe, expect, it } from 'vitest';
import { detected, spans } from '../helpers.ts';

describe('churn, legal threats, profanity, hostility', () => {
  it.each([
    ["I'm taking my business elsewhere", 'taking my business elsewhere'],
    ['I will contact my lawyer', 'lawyer'],
    ['I am filing a chargeback', 'chargeback'],
    ['Leaving a one star review everywhere', 'one star'],
    ['this is f***ing ridiculous', 'ridiculous'],
    ['what the hell is going on', 'what the hell'],
  ])('%j raises anger', (text) => {
    expect(spans(text, 'anger').length).toBeGreaterThan(0);
  });

  it.each([
    'How do I reset my password?',
    'What is the fee for an international transfer?',
    'Can I change my delivery address?',
  ])('a plain request for information %j is not confusion', (text) => {
    expect(detected(text)).not.toContain('confusion');
  });

  it('a plain question about cancelling is not anger', () => {
    expect(detected('How do I cancel my subscription?')).not.toContain('anger');
  });

  it('threats are detected as anger', () => {
    expect(detected('This is unacceptable. Fix it or I will take legal action.')).toContain('anger');
  });
});
