import { describe, expect, it } from 'vitest';
import { detected, spans, strength } from '../helpers.ts';

describe('negation scope', () => {
  it.each([
    ["I'm not angry, just confused.", 'anger', 'confusion'],
    ['I am not worried about the money but I am confused about the fee', 'anxiety', 'confusion'],
    ["I'm not frustrated at all", 'frustration', null],
  ] as const)('%j: negated emotion falls, the rest stays', (text, negatedEmotion, kept) => {
    expect(spans(text, negatedEmotion, -1).length).toBeGreaterThan(0);
    expect(detected(text)).not.toContain(negatedEmotion);
    if (kept) expect(detected(text)).toContain(kept);
  });

  it.each([
    ['no rush', 'No rush, whenever you get a chance.'],
    ['not urgent', 'This is not urgent at all.'],
    ['take your time', 'Take your time with this one.'],
  ])('%s is not urgency', (_, text) => {
    expect(detected(text)).not.toContain('urgency');
    expect(spans(text, 'urgency', -1).length).toBeGreaterThan(0);
  });

  it.each([
    ['The app is not working', 'not working'],
    ['I never received the package', 'never received'],
    ['Still no response from anyone', 'no response'],
    ["The charger isn't charging", "isn't charging"],
  ])('denied good outcome %j is frustration', (text, span) => {
    expect(spans(text, 'frustration')).toContain(span);
  });

  it('scope ends at punctuation and at a breaker', () => {
    expect(strength("I'm not angry. I'm furious!", 'anger')).toBeGreaterThan(0.5);
    expect(strength('not sure but I am furious', 'anger')).toBeGreaterThan(0.5);
  });
});
