import { describe, expect, it } from 'vitest';
import { scoreReply } from '../../src/index.ts';
import { ruleTable } from './cases.ts';

const notice = 'This is an automated message. Device status: RECEIVED (Mon). Repair: screen replacement, in queue. Estimated return dispatch: Friday.';

ruleTable('no-form-fields', {
  valid: [
    { reply: "Your phone arrived on Monday. We're replacing the screen, and it ships back to you on Friday." },
    { reply: 'Here is what to do: open Settings, then tap Export.' },
    { reply: 'Note: the link expires in an hour. You can request a new one any time.' },
    { reply: 'You will need: your card number and your PIN. The app does the rest.' },
    { reply: 'Meet at 10:30 by the north gate; the bus leaves at 11:15.' },
    { reply: "Good news: it's fixed. Next step: restart the app. Quick tip: keep it updated." },
    { reply: 'Option A: a refund today. Option B: a replacement by Friday. Which would you prefer?' },
    { reply: 'Status: shipped.' },
  ],
  invalid: [
    { reply: notice, findings: [{ text: 'Device status:', message: /and 2 more “Label: value” fields read like a system notice/ }] },
    { reply: 'Earliest availability: tomorrow 10 AM-1 PM. Call-out fee: $85, deducted from the repair.', findings: [{ text: 'Earliest availability:' }] },
  ],
});

describe('no-form-fields score', () => {
  it('loses 0.25 per field after the first: 3 fields weigh more than 2', () => {
    const two = scoreReply('Status: shipped. Carrier: DHL.').dimensions.authenticity.score;
    const three = scoreReply('Status: shipped. Carrier: DHL. Tracking: 55123.').dimensions.authenticity.score;
    const none = scoreReply('It shipped with DHL today, tracking number 55123.').dimensions.authenticity.score;
    expect(scoreReply('Status: shipped. Carrier: DHL.').findings.some((f) => f.ruleId === 'no-form-fields')).toBe(true);
    expect(none).toBeGreaterThan(two);
    expect(two).toBeGreaterThan(three);
  });
});
