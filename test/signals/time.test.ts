import { describe, expect, it } from 'vitest';
import { deadlineWeight, waitWeight } from '../../src/emotion/signals/time.ts';
import { detected, sources, spans } from '../helpers.ts';

describe('waiting durations', () => {
  it.each([
    ["I've been waiting three weeks for my refund", 'three weeks'],
    ['45 minutes on hold and nobody picked up', '45 minutes'],
    ['ordered 10 days ago and nothing', '10 days'],
    ['still nothing after 2hrs', '2hrs'],
    ['We have waited a couple of days', 'a couple of days'],
  ])('%j: %j is waiting', (text, span) => {
    expect(spans(text, 'frustration')).toContain(span);
  });

  it('longer waits weigh more', () => {
    expect(waitWeight(0.75)).toBeLessThan(waitWeight(72));
    expect(waitWeight(72)).toBeLessThan(waitWeight(504));
    expect(waitWeight(1e6)).toBe(2.5);
  });
});

describe('deadlines', () => {
  it.each([
    ['My flight is in 2 hours and I cannot check in', '2 hours'],
    ['I need the documents by Friday', 'by Friday'],
    ['Please fix it before 5pm', 'before 5pm'],
    ['Please fix it before 5 pm', 'before 5 pm'],
    ['only 30 minutes left to submit', '30 minutes'],
    ['it has to be done by tomorrow', 'by tomorrow'],
  ])('%j: %j is urgency', (text, span) => {
    expect(spans(text, 'urgency')).toContain(span);
  });

  it('sooner deadlines weigh more', () => {
    expect(deadlineWeight(2)).toBeGreaterThan(deadlineWeight(48));
  });

  it('a duration of waiting is not a deadline', () => {
    expect(sources('I waited 2 hours', 'urgency')).not.toContain('signal:deadline');
  });
});

describe('repeated contact', () => {
  it.each([
    ['This is the third time I am writing', 'third time'],
    ['5th time asking', '5th time'],
    ["I've called 4 times", '4 times'],
    ['it failed yet again', 'yet again'],
    ['still broken', 'still broken'],
    ['this is my second call about it', 'second call'],
    ['third technician visit and it still drops', 'third technician visit'],
  ])('%j: %j is frustration', (text, span) => {
    expect(spans(text, 'frustration')).toContain(span);
  });

  it('an ordinal before something that is not an occasion is not repeated contact', () => {
    expect(sources('I live on the third floor of the second building', 'frustration')).not.toContain('signal:repeat-contact');
    expect(sources('the first call went fine', 'frustration')).not.toContain('signal:repeat-contact');
  });

  it('third time alone is frustration', () => {
    expect(detected('This is the third time I am asking about my order.')).toContain('frustration');
  });
});
