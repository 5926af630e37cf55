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

  it('with a calm question, naming feelings the customer never showed scores below a plain answer', () => {
    const calm = "Hi, could you tell me when my library loan for 'Dune' ends? No rush.";
    const projected = scoreReply('We sincerely apologize for any confusion and understand how stressful due dates can be. Your loan ends on May 14.', { message: calm });
    const plain = scoreReply('Of course! It ends on May 14, and you can renew it once.', { message: calm });
    expect(plain.dimensions.empathy.score).toBeGreaterThan(projected.dimensions.empathy.score);
  });

  it('the same feeling words are not misplaced when the customer is upset', () => {
    const upset = "I'm so frustrated, the app keeps logging me out and I've lost my work twice.";
    const named = scoreReply('I understand how frustrating it is to lose your work. I have fixed the logout bug on your account.', { message: upset });
    const plain = scoreReply('I have fixed the logout bug on your account.', { message: upset });
    expect(named.dimensions.empathy.score).toBeGreaterThan(plain.dimensions.empathy.score);
  });

  it('saying back what the customer went through counts as acknowledging it', () => {
    const message = 'This is the third technician visit and my internet STILL drops every evening.';
    const echoed = scoreReply("Three visits and it still drops: I'm sending our senior engineer at 6 pm today.", { message });
    const bare = scoreReply("I'm sending our senior engineer at 6 pm today.", { message });
    expect(echoed.dimensions.empathy.score).toBeGreaterThan(bare.dimensions.empathy.score);
  });

  it('with the same acknowledgement phrases, replies still rank by the warmth the model hears', () => {
    // Both say "I'm sorry" once; only the second adds words the warmth model hears (hope, better).
    const a = scoreReply("I'm sorry. Refunds take 5 to 7 business days.").dimensions.empathy.score;
    const b = scoreReply("I'm sorry. I hope you feel better soon; refunds take 5 to 7 business days.").dimensions.empathy.score;
    expect(b).toBeGreaterThan(a);
  });
});
