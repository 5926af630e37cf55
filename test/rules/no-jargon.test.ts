import { ruleTable } from './cases.ts';

ruleTable('no-jargon', {
  valid: [{ reply: "I've passed this to our senior technical team; you'll hear from them today." }],
  invalid: [
    { reply: "I've escalated to tier 2 for you.", findings: [{ text: 'escalated to tier 2', replacement: 'passed to our senior technical team' }] },
    { reply: 'Turn on 2FA, then check the ETA.', findings: [{ text: '2FA', replacement: 'two-step sign-in' }, { text: 'ETA', replacement: 'Expected time' }] },
  ],
});
