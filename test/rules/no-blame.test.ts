import { ruleTable } from './cases.ts';

ruleTable('no-blame', {
  valid: [
    { reply: 'To recap: updating the app will fix this.' },
    { reply: "It's not your fault at all; the form had a bug." },
    { reply: "I'm sorry you didn't get the confirmation email; I've resent it." },
    { reply: "Don't worry, you didn't lose anything: the draft is saved." },
    { reply: "Luckily, you didn't miss the deadline." },
    { reply: "No, you didn't do anything wrong; it was our bug." },
    { reply: "Relax, you didn't lose any data." },
  ],
  invalid: [
    { reply: 'As I said, please update the app.', findings: [{ text: 'As I said', replacement: 'To recap' }] },
    { reply: 'Please calm down so we can help.', findings: [{ text: 'Please calm down', message: /blames or talks down/ }] },
    { reply: "You didn't tick 'Keep me signed in', so you were logged out.", findings: [{ text: "You didn't", message: /customer's mistake/ }] },
    { reply: 'Tick the box next time. You forgot it.', findings: [{ text: 'You forgot', message: /customer's mistake/ }] },
    { reply: "Beatriz, you didn't add a gift message at checkout.", findings: [{ text: "you didn't", message: /customer's mistake/ }] },
    { reply: "Emily, you didn't add a gift message.", findings: [{ text: "you didn't", message: /customer's mistake/ }] },
    { reply: 'Hi Sam, you forgot the receipt.', findings: [{ text: 'you forgot', message: /customer's mistake/ }] },
    { reply: 'You forgot to attach the receipt.', findings: [{ text: 'You forgot to', message: /blames or talks down/ }] },
  ],
});
