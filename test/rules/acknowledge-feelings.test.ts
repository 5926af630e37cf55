import { describe, expect, it } from 'vitest';
import { scoreReply } from '../../src/index.ts';
import { ruleTable } from './cases.ts';

const frustrated = "I've been waiting three weeks for my refund and this is the third time I'm writing to you!";
const angry = 'This is a disgrace. You charged me twice and nobody answers. I am furious.';
const thankful = 'Thank you so much, the new card arrived and works perfectly!';
const urgent = 'My flight leaves in 2 hours and I still have no boarding pass. Please help ASAP.';

ruleTable('acknowledge-feelings', {
  valid: [
    { reply: "I'm so sorry you've had to write three times. I've pushed the refund through myself and it will reach you by Friday.", context: { message: frustrated } },
    { reply: "I'm really sorry, we got this wrong. I've reversed the second charge and it's on me to make sure it doesn't happen again.", context: { message: angry } },
    { reply: "You're so welcome, I'm glad the card works!", context: { message: thankful } },
    { reply: "I'm on it now: your boarding pass will be in your inbox within 15 minutes.", context: { message: urgent } },
    { reply: 'I understand how stressful this must be, and I am here to help.' },
  ],
  invalid: [
    { reply: 'Refunds take 5 to 7 business days.', context: { message: frustrated }, findings: [{ text: 'Refunds take 5 to 7 business days.', message: /frustrated/ }] },
    { reply: 'Please see our billing policy.', context: { message: angry }, findings: [{ text: 'Please see our billing policy.', message: /angry|frustrated/ }] },
    { reply: 'Ticket closed.', context: { message: thankful }, findings: [{ text: 'Ticket closed.', message: /thanked you/ }] },
    { reply: 'Our team handles boarding passes.', context: { message: urgent }, findings: [{ text: 'Our team handles boarding passes.', message: /short of time/ }] },
    { reply: 'Your refund is processed.', findings: [{ text: 'Your refund is processed.', message: /does not acknowledge/ }] },
  ],
});

describe('acknowledge-feelings scores', () => {
  it('mirroring the customer\'s feeling is empathy, and scores above a reply that ignores it', () => {
    const mirror = scoreReply('I know how frustrating it is to wait this long for a refund.', { message: frustrated }).dimensions.empathy.score;
    const flat = scoreReply('Refunds take 5 to 7 business days.', { message: frustrated }).dimensions.empathy.score;
    expect(mirror).toBeGreaterThan(flat);
  });

  it('a canned apology counts for less than a specific one', () => {
    const canned = scoreReply('We apologize for any inconvenience.', { message: angry }).dimensions.empathy.score;
    const real = scoreReply("I'm so sorry we charged you twice.", { message: angry }).dimensions.empathy.score;
    expect(real).toBeGreaterThan(canned);
  });
});
