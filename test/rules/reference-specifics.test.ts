import { ruleTable } from './cases.ts';

const message = 'My router keeps dropping the connection. Order #48213. I already tried restarting it twice.';

ruleTable('reference-specifics', {
  valid: [
    { reply: 'Sorry about the router dropping out. I have sent a replacement for order #48213.', context: { message } },
    { reply: 'Since restarting it did not help, I have booked an engineer.', context: { message } },
    { reply: 'We have booked an engineer for you.' },
    { reply: 'We have booked an engineer for you.', context: { message: 'hello, can someone call me back?' } },
  ],
  invalid: [
    {
      reply: 'Thanks for your message. We will look into it.',
      context: { message: 'WHERE IS MY ORDER THIS IS RIDICULOUS' },
      findings: [{ text: 'Thanks for your message.', message: /“ORDER”\)/ }],
    },
    {
      reply: 'Thanks for your message. We will look into it.',
      context: { message: 'I already tried to reinstall the app on my Pixel 7' },
      findings: [{ text: 'Thanks for your message.', message: /\(“reinstall”, “Pixel”\)/ }],
    },
    {
      reply: 'Thanks for getting in touch. We have looked into this and it should be fixed now.',
      context: { message },
      findings: [{ text: 'Thanks for getting in touch.', message: /none of the specifics/ }],
    },
  ],
});
