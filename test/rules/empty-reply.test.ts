import { ruleTable } from './cases.ts';

ruleTable('empty-reply', {
  valid: [{ reply: 'Hi!' }, { reply: '{{macro.body}}' }],
  invalid: [
    { reply: '', findings: [{ text: '', message: /empty/ }] },
    { reply: '  \n ', findings: [{ text: '  \n ', message: /empty/ }] },
  ],
});
