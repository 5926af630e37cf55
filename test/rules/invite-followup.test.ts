import { describe, expect, it } from 'vitest';
import { scoreReply } from '../../src/index.ts';
import { ruleTable } from './cases.ts';

ruleTable('invite-followup', {
  valid: [
    { reply: "Your code is on its way. Just reply here if it doesn't arrive." },
    { reply: "I'll check on Thursday that the refund has landed." },
    { reply: 'I can call you tomorrow to go through it. What time suits you?' },
    { reply: "I've refunded the charge. If your bank adds a fee, send me a screenshot." },
  ],
  invalid: [
    { reply: 'Your case is closed.', findings: [{ text: 'Your case is closed.', message: /invite the customer back/ }] },
  ],
});

describe('invite-followup scores', () => {
  it('a follow-up that says when beats one that does not', () => {
    const when = scoreReply("I'll let you know by Friday.").dimensions.followup.score;
    const vague = scoreReply("I'll let you know.").dimensions.followup.score;
    expect(when).toBeGreaterThan(vague);
  });
});
