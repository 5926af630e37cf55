import { ruleTable } from './cases.ts';

ruleTable('no-negative-framing', {
  valid: [
    { reply: 'We can ship it on Monday.' },
    { reply: "I'm sorry you can't log in; I've reset your password." },
    { reply: 'I know how frustrating it is when the app crashes.' },
    { reply: 'Nobody else can see your data, and your booking is confirmed.' },
    { reply: "You won't be charged for the second box." },
    { reply: "You can't be charged twice for the same order." },
  ],
  invalid: [
    { reply: 'Unfortunately, we ship on Monday.', findings: [{ text: 'Unfortunately, we', replacement: 'We' }] },
    { reply: "We can't ship until Monday.", findings: [{ text: "We can't", message: /what you can't do/ }] },
    { reply: 'Our team is unable to refund this order.', findings: [{ text: 'unable to' }] },
    { reply: 'Larger dogs are not permitted in the flat.', findings: [{ text: 'not permitted' }] },
    { reply: 'Exports to Excel are not currently supported.', findings: [{ text: 'not currently supported', message: /can't have/ }] },
    { reply: 'No, the store opens at 9.', findings: [{ text: 'No', message: /can't have/ }] },
    { reply: 'Annual plans are non-refundable once processed.', findings: [{ text: 'non-refundable' }] },
    { reply: "It can't be done without her signed consent.", findings: [{ text: "can't be" }] },
  ],
});
