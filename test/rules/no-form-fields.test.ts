import { ruleTable } from './cases.ts';

const notice = 'This is an automated message. Device status: RECEIVED (Mon). Repair: screen replacement, in queue. Estimated return dispatch: Friday.';

ruleTable('no-form-fields', {
  valid: [
    { reply: "Your phone arrived on Monday. We're replacing the screen, and it ships back to you on Friday." },
    { reply: 'Here is what to do: open Settings, then tap Export.' },
    { reply: 'Note: the link expires in an hour. You can request a new one any time.' },
    { reply: 'You will need: your card number and your PIN. The app does the rest.' },
    { reply: 'Meet at 10:30 by the north gate; the bus leaves at 11:15.' },
  ],
  invalid: [
    { reply: notice, findings: [{ text: 'Device status:', message: /and 2 more “Label: value” fields read like a system notice/ }] },
    { reply: 'Earliest availability: tomorrow 10 AM-1 PM. Call-out fee: $85, deducted from the repair.', findings: [{ text: 'Earliest availability:' }] },
  ],
});
