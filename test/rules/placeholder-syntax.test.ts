import { ruleTable } from './cases.ts';

ruleTable('placeholder-syntax', {
  valid: [
    { reply: 'Hi {{first_name}}, your order {{order.id}} ships {% if express %}today{% endif %}.' },
    { reply: 'We have 20% off and 10% back, {first_name}.' },
    { reply: 'See [our guide](https://example.com) for details.' },
  ],
  invalid: [
    { reply: 'Hi {{first_name, your order ships today.', findings: [{ text: '{{', message: /never closes/ }] },
    { reply: "Thanks {% if vip so much for staying with us.", findings: [{ text: "{%" }] },
  ],
});
