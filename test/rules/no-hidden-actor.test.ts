import { ruleTable } from './cases.ts';

ruleTable('no-hidden-actor', {
  valid: [
    { reply: 'We made a mistake and delayed your refund.' },
    { reply: 'Your parcel was delivered by our courier this morning.' },
    { reply: "We're located in Denver and I'm interested in your feedback." },
    { reply: 'Please be patient with us.' },
  ],
  invalid: [
    { reply: 'Mistakes were made.', findings: [{ text: 'Mistakes were made', message: /hides who did it/ }] },
    { reply: 'Your refund has been delayed and your account was suspended.', findings: [{ text: 'refund has been delayed' }, { text: 'account was suspended' }] },
  ],
});
