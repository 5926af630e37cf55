import { describe, expect, it } from 'vitest';
import { scoreReply } from '../../src/index.ts';
import { ruleTable } from './cases.ts';

ruleTable('invite-followup', {
  valid: [
    { reply: "Your code is on its way. Just reply here if it doesn't arrive." },
    { reply: "I'll check on Thursday that the refund has landed." },
    { reply: 'I can call you tomorrow to go through it. What time suits you?' },
    { reply: "I've refunded the charge. If your bank adds a fee, send me a screenshot." },
    { reply: "I've rebooked you for Saturday, and the driver will text a one-hour arrival window that morning." },
    { reply: "An SMS goes out to your mobile once it's approved." },
    { reply: 'I can seat 8 at 6:00 or 8:45 tonight. Does 6:00 suit?' },
    { reply: 'A collection is booked for tomorrow; if the bins are still full by 5pm, call 0300 555 0192.' },
  ],
  invalid: [
    { reply: 'Your case is closed.', findings: [{ text: 'Your case is closed.', message: /invite the customer back/ }] },
    { reply: 'Your refund is approved and will reach your card within 7 days.', findings: [{ text: 'Your refund is approved and will reach your card within 7 days.', message: /invite the customer back/ }] },
    { reply: 'I called the warehouse. The parcel left today.', findings: [{ text: 'The parcel left today.', message: /invite the customer back/ }] },
    { reply: "I've refunded the €214. Please note this mailbox is not monitored.", findings: [{ text: 'mailbox is not monitored', message: /shuts the door/ }] },
    { reply: 'The estimate is 9pm. No further updates will be provided through this channel.', findings: [{ text: 'No further updates will be provided', message: /shuts the door/ }] },
  ],
});

describe('invite-followup scores', () => {
  it('scores: 1 with a time in its sentence, 0.95 with another signal elsewhere, 0.85 alone, 0.1 for a dead end', () => {
    const f = (t: string) => scoreReply(t).dimensions.followup.score;
    expect(f("I'll email you by Friday.")).toBe(100);
    expect(f("My door's open if you want to talk. Does Thursday suit?")).toBe(95);
    expect(f('The driver will call you when he is close.')).toBe(85);
    expect(f('Could you let me know?')).toBe(85);
    expect(f('This ticket is now closed.')).toBe(10);
    expect(f('Please do not reply to this email; if you need help, call 0300 555 0192.')).toBe(85);
    for (const t of ['Your phone will be repaired by Friday.', "I'll pass your message to the team.", 'I emailed you once already.', 'Hi Will, your receipt is attached.', 'If the charger gets hot, stop using it straight away.']) expect([t, f(t)]).toEqual([t, 20]);
  });

  it('an invitation with a timed promise beats the invitation alone, and both beat a shut door', () => {
    const both = scoreReply("I'll add him to the group task on Thursday. My door's open if you want to talk.").dimensions.followup.score;
    const invite = scoreReply("My door's open if you want to talk.").dimensions.followup.score;
    const shut = scoreReply("I've added him to the group. This ticket is now closed.").dimensions.followup.score;
    expect(both).toBeGreaterThan(invite);
    expect(invite).toBeGreaterThan(shut);
  });

  it('a follow-up that says when beats one that does not', () => {
    const when = scoreReply("I'll let you know by Friday.").dimensions.followup.score;
    const vague = scoreReply("I'll let you know.").dimensions.followup.score;
    expect(when).toBeGreaterThan(vague);
  });
});
