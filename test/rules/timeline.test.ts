import { ruleTable } from './cases.ts';

ruleTable('timeline', {
  valid: [
    { reply: "I'll send you a new label by 5pm today." },
    { reply: "I'll refund the fee within 48 hours." },
    { reply: 'The label is attached.' },
  ],
  invalid: [
    { reply: "Thanks for the photos. I'll send you a new label.", findings: [{ text: "I'll send you a new label.", message: /not when/ }] },
  ],
});
