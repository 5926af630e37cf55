import { ruleTable } from './cases.ts';

ruleTable('numbered-steps', {
  valid: [
    { reply: '1. Open the app.\n2. Tap Settings.\n3. Select Reset.' },
    { reply: 'Please sign in to your account and you are done.' },
  ],
  invalid: [
    {
      reply: 'Please sign in to your account, then go to Settings, tap Billing and select Update card.',
      findings: [{ text: 'sign in to your account, then go to Settings, tap Billing and select Update card.', message: /numbered list/ }],
    },
  ],
});
