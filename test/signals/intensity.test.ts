import { describe, expect, it } from 'vitest';
import { detectEmotions } from '../../src/index.ts';
import { sources } from '../helpers.ts';

/** Total positive evidence for `e`: the logit the cues add, which does not saturate like the 0..1 strength. */
const push = (text: string, e: 'frustration' | 'anger' | 'confusion'): number =>
  detectEmotions(text).evidence.filter((ev) => ev.emotion === e && ev.weight > 0 && ev.source.startsWith('lexicon:')).reduce((s, ev) => s + ev.weight, 0);

describe('intensifiers, downtoners, capitals, elongation, !!!', () => {
  it.each([
    ['I am annoyed', 'I am extremely annoyed', 'frustration'],
    ['I am a bit annoyed', 'I am annoyed', 'frustration'],
    ['I am angry', 'I am ANGRY', 'anger'],
    ['I am so confused', 'I am sooo confused', 'confusion'],
  ] as const)('%j < %j', (weaker, stronger, e) => {
    expect(push(stronger, e)).toBeGreaterThan(push(weaker, e));
    expect(detectEmotions(stronger).emotions[e]).toBeGreaterThanOrEqual(detectEmotions(weaker).emotions[e]);
  });

  it('shouting raises anger and frustration, and names the span', () => {
    const r = detectEmotions('WHERE IS MY ORDER I PAID FOR IT');
    expect(r.evidence.find((e) => e.source === 'signal:caps')?.text).toBe('WHERE IS MY ORDER I PAID FOR IT');
    expect(r.emotions.anger).toBeGreaterThan(detectEmotions('where is my order i paid for it').emotions.anger);
  });

  it('acronyms are not shouting', () => {
    expect(sources('My ATM card and USB key and PIN', 'anger')).not.toContain('signal:caps');
  });

  it('thankful capitals are not anger', () => {
    expect(sources('THANK YOU SO MUCH', 'anger')).toEqual([]);
  });

  it.each([
    ['Why was I charged again???', 'confusion', 'signal:punctuation'],
    ['Are you kidding me?!', 'frustration', 'signal:punctuation'],
    ['This is unacceptable!!!', 'anger', 'signal:punctuation'],
  ] as const)('%j: repeated marks feed %s', (text, e, source) => {
    expect(sources(text, e)).toContain(source);
  });

  it('intensity grows with amplifiers', () => {
    const calm = detectEmotions('I am angry about the delay.').intensity;
    const loud = detectEmotions('I AM SO ANGRY ABOUT THE DELAY!!!').intensity;
    expect(loud).toBeGreaterThan(calm);
    expect(loud).toBeLessThanOrEqual(1);
  });
});
