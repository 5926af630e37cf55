import { ruleTable } from './cases.ts';

const refund = { name: 'Refund issued', text: 'Hi {{first_name}}, we have issued your refund. It will appear on your statement within 5 to 7 business days. Let us know if there is anything else we can help with.' };
const shipping = { name: 'Shipping delay', text: 'Hi {{first_name}}, your order is delayed because of high demand. We will email you the tracking number as soon as it ships.' };
const copy = 'Hi Maria, we have issued your refund. It will appear on your statement within 5 to 7 business days. Let us know if there is anything else we can help with.';

ruleTable('no-template-copy', {
  valid: [
    { reply: copy },
    { reply: 'Hi Maria, I issued the refund for the blue kettle (order 48213) this morning: 39.90 will be back on your Visa by Thursday. I am sorry it arrived cracked.', options: { templates: [refund, shipping] } },
  ],
  invalid: [
    { reply: copy, options: { templates: [shipping, refund] }, findings: [{ text: copy, message: /near-copy of the template “Refund issued”/ }] },
  ],
});
