import { ruleTable } from './cases.ts';

ruleTable('use-name', {
  valid: [
    { reply: 'Hi Maria, your refund is on its way.', context: { customerName: 'Maria Lopez' } },
    { reply: 'Hi {{ticket.requester.first_name}}, your refund is on its way.' },
    { reply: 'Hello %customer.firstName%, thanks for waiting.' },
    { reply: 'Dear [name], thanks for waiting.' },
    { reply: 'Hey Sam! All fixed now.' },
    { reply: 'Your refund is on its way, Maria.', context: { customerName: 'maria' } },
    { reply: 'Hi Ty, your order ships today.', context: { customerName: 'Ty' } },
    { reply: 'Hi Mary-Jane, your order ships.', context: { customerName: 'Mary-Jane Watson' } },
    { reply: 'Hi Maria, your order ships.', context: { customerName: 'Mrs. Maria Lopez' } },
    { reply: 'Hi José, your order ships.', context: { customerName: 'Jose' } },
    { reply: 'Dear Ms. Lopez, your refund is on its way.', context: { customerName: 'Maria Lopez' } },
    { reply: 'Hello, Maria! Your refund is on its way.' },
    { reply: 'Hi {{first_name, your order ships.', context: { customerName: 'Maria' } },
    { reply: 'Hi Sam, Maria asked me to follow up on your refund.', context: { customerName: 'Maria', agentName: 'Sam' } },
  ],
  invalid: [
    { reply: 'Dear customer, your refund is on its way.', context: { customerName: 'Maria Lopez' }, findings: [{ text: 'Dear customer', replacement: 'Dear Maria' }] },
    { reply: 'Hi there, your refund is on its way.', findings: [{ text: 'Hi there', message: /addresses no one/ }] },
    { reply: 'Hi John, your refund is on its way.', context: { customerName: 'Maria' }, findings: [{ text: 'John', replacement: 'Maria', message: /the customer is Maria/ }] },
    { reply: 'Your refund is on its way.', context: { customerName: 'Maria' }, findings: [{ text: 'Your refund is on its way.', message: /never uses/ }] },
  ],
});
