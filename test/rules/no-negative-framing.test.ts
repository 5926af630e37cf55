import { ruleTable } from './cases.ts';

ruleTable('no-negative-framing', {
  valid: [
    { reply: 'We can ship it on Monday.' },
    { reply: "I'm sorry you can't log in; I've reset your password." },
    { reply: 'I know how frustrating it is when the app crashes.' },
  ],
  invalid: [
    { reply: 'Unfortunately, we ship on Monday.', findings: [{ text: 'Unfortunately, we', replacement: 'We' }] },
    { reply: "We can't ship until Monday.", findings: [{ text: "We can't", message: /what you can't do/ }] },
    { reply: 'Our team is unable to refund this order.', findings: [{ text: 'unable to' }] },
  ],
});
