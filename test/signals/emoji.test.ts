import { describe, expect, it } from 'vitest';
import { spans } from '../helpers.ts';

describe('emoji and emoticons', () => {
  it.each([
    ['still no refund 😡', 'anger', '😡'],
    ['fixed it, thank you 🙏🏽', 'gratitude', '🙏🏽'],
    ['my card was declined abroad 😰', 'anxiety', '😰'],
    ['what does this charge mean 🤔', 'confusion', '🤔'],
    ['the app crashed again :(', 'frustration', ':('],
    ['great support <3', 'gratitude', '<3'],
    ['waiting 🤦‍♂️', 'frustration', '🤦‍♂️'],
  ] as const)('%j -> %s via %s', (text, e, span) => {
    expect(spans(text, e)).toContain(span);
  });
});
