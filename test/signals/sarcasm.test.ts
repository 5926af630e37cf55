import { describe, expect, it } from 'vitest';
import { detectEmotions } from '../../src/index.ts';
import { detected, sources } from '../helpers.ts';

describe('sarcasm and insincere thanks', () => {
  it.each([
    'Great, another outage.',
    'Thanks for nothing.',
    'Wow, amazing service, three weeks and still no refund.',
    'Love how nobody answers the phone.',
    'Thanks a lot for wasting my whole afternoon, still not fixed.',
    'Oh great, the app crashed again.',
  ])('%j is not gratitude and is frustration', (text) => {
    const r = detectEmotions(text);
    expect(r.detected).not.toContain('gratitude');
    expect(r.emotions.frustration).toBeGreaterThan(r.emotions.gratitude);
  });

  it('marks the sarcastic opener as evidence', () => {
    expect(sources('Great, another outage.', 'frustration')).toContain('signal:sarcasm');
  });

  it.each([
    'Thank you so much, that fixed it!',
    'Great news, the refund arrived. Thanks so much!',
    'Wow, it finally works. Thanks a lot!',
  ])('%j stays sincere', (text) => {
    expect(detected(text)).toContain('gratitude');
  });
});

describe('sign-off thanks', () => {
  it.each([
    'Can you reset my password? Thanks',
    'Please send me the invoice for March. Thank you.',
    'How do I change my address? Thanks in advance!',
  ])('%j is not gratitude', (text) => {
    expect(detected(text)).not.toContain('gratitude');
  });
});
