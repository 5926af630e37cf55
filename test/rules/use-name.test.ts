import { ruleTable } from './cases.ts';

ruleTable('use-name', {
  valid: [
    { reply: 'Hi Maria, your refund is on its way.', context: { customerName: 'Maria Lopez' } },
    { reply: 'Hi {{ticket.requester.first_name}}, your refund is on its way.' },
    { reply: 'Hello %customer.firstName%, thanks for waiting.' },
    { reply: 'Dear [name], thanks for waiting.' },
    { reply: 'Hey Sam! All fixed now.' },
    { reply: 'Your refund is on its way, Maria.', context: { customerName: 'maria' } },
  ],
  invalid: [
    { reply: 'Dear customer, your refund is on its way.', context: { customerName: 'Maria Lopez' }, findings: [{ text: 'Dear customer', replacement: 'Dear Maria' }] },
    { reply: 'Hi there, your refund is on its way.', findings: [{ text: 'Hi there', message: /addresses no one/ }] },
    { reply: 'Hi John, your refund is on its way.', context: { customerName: 'Maria' }, findings: [{ text: 'John', replacement: 'Maria', message: /the customer is Maria/ }] },
    { reply: 'Your refund is on its way.', context: { customerName: 'Maria' }, findings: [{ text: 'Your refund is on its way.', message: /never uses/ }] },
  ],
});
