import { ruleTable } from './cases.ts';

ruleTable('no-blame', {
  valid: [
    { reply: 'To recap: updating the app will fix this.' },
    { reply: "It's not your fault at all; the form had a bug." },
  ],
  invalid: [
    { reply: 'As I said, please update the app.', findings: [{ text: 'As I said', replacement: 'To recap' }] },
    { reply: 'Please calm down so we can help.', findings: [{ text: 'Please calm down', message: /blames or talks down/ }] },
  ],
});
