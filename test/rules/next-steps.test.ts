import { ruleTable } from './cases.ts';

ruleTable('next-steps', {
  valid: [
    { reply: "I've reset your password; check your inbox for the link." },
    { reply: 'Here is what to do:\n1. Open Settings\n2. Tap Reset' },
    { reply: 'Glad it all worked out!', context: { message: 'Thank you so much, it works now!' } },
  ],
  invalid: [
    { reply: 'We have looked at your account.', findings: [{ text: 'We have looked at your account.', message: /what happens next/ }] },
  ],
});
