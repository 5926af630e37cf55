import { ruleTable } from './cases.ts';

const long = 'I checked your account and I can see that the payment went through on Monday but the order was not released because the warehouse system did not receive the confirmation from the bank in time for the cut-off.';

ruleTable('sentence-length', {
  valid: [{ reply: 'I checked your account. The payment went through on Monday.' }],
  invalid: [{ reply: long, findings: [{ text: long, message: /has 3\d words/ }] }],
});
