/**
 * Writes bench/corpus/speed.txt: 300 support-style messages of 40-80 words, one per line,
 * assembled from the hand-written fragments below with a fixed-seed PRNG, so the output is
 * the same on every run. The corpus is committed; rerun this only to change it:
 *
 *   npx tsx bench/corpus/make-speed-corpus.ts [--check]
 *
 * `--check` regenerates in memory and exits 1 if speed.txt differs.
 *
 * The messages are synthetic (no dataset text): a timing corpus, not an accuracy set. They
 * mix tones (frustrated, angry, anxious, confused, urgent, grateful, neutral, mixed), domains
 * and writing styles (lower case, shouting, repeated punctuation, typos) so every detector's
 * code paths get exercised.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '../lib/rng.ts';

const OUT = join(dirname(fileURLToPath(import.meta.url)), 'speed.txt');
const COUNT = 300;
const MIN_WORDS = 40;
const MAX_WORDS = 80;

const rand = mulberry32(20240611);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const chance = (p: number): boolean => rand() < p;

const greetings = [
  'Hi,', 'Hello,', 'Hi there,', 'Hey support,', 'Hello team,', 'Good morning,', 'Good afternoon,', 'Dear support team,',
  'To whom it may concern,', 'Hi again,', 'Hey,', 'Hello there,', 'Morning,', 'Hi folks,',
];

const products = [
  'the mobile app', 'my account', 'the dashboard', 'the billing portal', 'my router', 'the checkout page',
  'the desktop client', 'my subscription', 'the API', 'the smart thermostat', 'my online banking', 'the booking site',
  'the loyalty app', 'my phone plan', 'the invoice export', 'the admin console', 'the password reset flow',
  'my laptop', 'the shared calendar', 'the sync service',
];

const contexts = [
  'I ordered a replacement {thing} on {day} and paid for express delivery.',
  'I have been a customer for {years} years and I have never had a problem like this before.',
  'Since the update on {day}, {product} has been acting strangely.',
  'Last week I upgraded to the premium plan because my team needed more seats.',
  'My order number is {order} and it was supposed to arrive {days} days ago.',
  'I am writing about ticket {ticket}, which I opened {days} days ago.',
  'We run a small shop and rely on {product} every single day.',
  'I moved house last month and updated my address in {product}.',
  'Yesterday I tried to log in to {product} from my work computer.',
  'I booked a flight for {day} and paid extra for seat selection.',
  'I was charged {amount} on my card this morning.',
  'Our company signed up for the annual plan in {month}.',
  'I followed the setup guide for {product} step by step.',
  'A colleague recommended your service, so I signed up on {day}.',
  'I requested a refund of {amount} for a damaged {thing}.',
  'I use {product} to pay my staff at the end of every month.',
  'My elderly mother uses {product} and asked me to contact you for her.',
  'I spoke to one of your agents on the phone on {day}.',
];

const problems = [
  'It keeps crashing every time I open it.',
  'Now I cannot log in at all and the reset email never arrives.',
  'The package still shows as "in transit" and nobody can tell me where it is.',
  'I was charged twice for the same order.',
  'The refund has not shown up on my statement yet.',
  'The page just spins forever and then shows error {code}.',
  'All of my saved settings disappeared overnight.',
  'The item that arrived is the wrong size and the box was damaged.',
  'My flight was cancelled and I was rebooked on a flight two days later.',
  'The invoice lists {seats} seats but we only have {seats2}.',
  'The connection drops every few minutes, especially in the evening.',
  'The export produces an empty file with only the header row.',
  'My account was locked for "suspicious activity" but I did nothing unusual.',
  'The discount code was accepted but the total did not change.',
  'Half of the contacts in my address book are gone.',
  'The two-factor code arrives after it has already expired.',
  'The app says my subscription expired, but I renewed it on {day}.',
  'The delivery driver marked it as delivered, but nothing was left at my door.',
  'Notifications stopped working completely after the last update.',
  'My data usage shows {gb} GB even though my phone was switched off.',
];

const tones: Record<string, readonly string[]> = {
  frustration: [
    'This is the third time I have had to explain this.',
    'Honestly, I am so fed up with going round in circles.',
    'I have already tried everything your help page suggests, twice.',
    'It is really frustrating that nobody seems to read my messages.',
    'Every time I call I get a different answer.',
    'I keep getting the same copy-paste reply and nothing changes.',
    'Still not fixed. Still waiting. Still no update.',
    'I am tired of restarting it ten times a day.',
    'Why is this so hard?',
    'I was told it would be sorted within 48 hours, and that was a week ago.',
  ],
  anger: [
    'This is absolutely unacceptable.',
    'I am FURIOUS about how this has been handled.',
    'Frankly this is the worst service I have ever received.',
    'You took my money and delivered nothing, which is outrageous.',
    'Do not send me another scripted apology.',
    'I am disgusted that a company your size treats customers like this.',
    'This is a complete joke!!!',
    'If this is not resolved I will cancel and tell everyone I know.',
    'I am sick of being ignored.',
    'How DARE you charge me for something I never ordered?',
  ],
  anxiety: [
    'I am really worried because my rent is due on {day}.',
    'I am nervous that someone else has access to my account.',
    'I am scared I will lose all of our customer records.',
    'I have not slept properly since this started, to be honest.',
    'I am afraid the payment will bounce and I will get a fee.',
    'This is making me very anxious because it is my only way to reach my doctor.',
    'What if the package was stolen?',
    'I am concerned that my card details were leaked.',
    'I am panicking a little because the deadline is tomorrow.',
    'I just hope I have not lost everything.',
  ],
  confusion: [
    'I am confused about what I am supposed to do next.',
    'I do not understand why the amount is different from the quote.',
    'Can someone explain what "pending settlement" actually means?',
    'The instructions say one thing and the app says another???',
    'I am not sure whether I need to reinstall or just wait.',
    'Which of these two charges is the real one?',
    'Is this a bug or did I set something up wrong?',
    'I have no idea where the setting you mentioned is.',
    'It is unclear to me whether the refund was approved or rejected.',
    'Could you clarify which plan I am actually on?',
  ],
  urgency: [
    'I need this fixed today, please.',
    'This is urgent: payroll runs in two hours.',
    'Please respond ASAP, my flight leaves tonight.',
    'I need an answer before the end of the day.',
    'We have a client demo at 9am tomorrow and cannot work without it.',
    'Time-sensitive: the offer expires at midnight.',
    'Please escalate this immediately.',
    'Every hour this stays broken costs us money.',
    'I need a callback as soon as possible.',
    'Please treat this as a priority.',
  ],
  gratitude: [
    'Thank you so much for your help last time, it was great.',
    'Thanks in advance for looking into this.',
    'I really appreciate how quickly your team usually replies.',
    'Your agent {name} was lovely and very patient with me.',
    'Many thanks, you have been brilliant so far.',
    'Thank you for sorting out the previous issue so fast.',
    'I am grateful for any help you can give.',
    'Cheers for the quick response yesterday!',
    'Much appreciated, honestly.',
    'Big thanks to whoever fixed the earlier bug.',
  ],
  neutral: [
    'I have attached a screenshot of the error message.',
    'My account email is the one I am writing from.',
    'I am using the latest version on {device}.',
    'The problem happens on both wifi and mobile data.',
    'I cleared the cache and tried a different browser.',
    'The reference on the receipt is {order}.',
    'I can be reached at this address during office hours.',
    'Nothing else has changed on my side.',
  ],
};

const details = [
  'I have restarted {product} and my phone several times.',
  'I checked the status page and it says everything is operational.',
  'The chat bot just sends me back to the FAQ.',
  'I waited on hold for {minutes} minutes before the call dropped.',
  'My bank says the charge came from you, not from them.',
  'The tracking number does not work on the courier website either.',
  'I tried on {device} and it does the same thing.',
  'I emailed on {day} and got an automatic reply only.',
  'The error appears right after I press "confirm".',
  'I even reinstalled the whole thing from scratch.',
  'Two other people in my office have the same issue.',
  'Your website says the item is in stock, so I do not see the delay.',
  'I was promised a callback that never happened.',
  'I have the receipt and photos of the damage.',
  'The problem started right after I changed my password.',
  'my card was charged {amount} but the order says unpaid',
  'i already sent the screenshots to your colleague',
  'The app rating keeps asking me to rate it five stars, which is ironic.',
];

const requests = [
  'Can you please tell me what is going on?',
  'Please refund me or send the right item.',
  'Could someone from a technical team look at it?',
  'Please let me know the next steps.',
  'Can you cancel the duplicate charge?',
  'I would like to speak to a manager.',
  'Please unlock my account so I can get back to work.',
  'Can you confirm the new delivery date?',
  'Please fix the invoice and send a corrected copy.',
  'What do I need to do to get this sorted?',
  'Could you at least give me a realistic timeline?',
  'Please reply to this email rather than closing the ticket.',
];

const signoffs = [
  'Thanks,', 'Regards,', 'Best,', 'Kind regards,', 'Cheers,', 'Sincerely,', 'Thank you,', '', '', '', '',
];
const names = ['Sam', 'Priya', 'Tom', 'Aisha', 'Marek', 'Lucia', 'Jordan', 'Wei', 'Olu', 'Hannah', 'Diego', 'Noor'];
const things = ['charger', 'headset', 'jacket', 'coffee machine', 'keyboard', 'router', 'phone case', 'blender', 'monitor'];
const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'the 3rd', 'the 14th', 'the 28th'];
const months = ['January', 'March', 'May', 'July', 'September', 'November'];
const devices = ['an iPhone 13', 'a Pixel 7', 'Windows 11', 'a MacBook', 'an old Android tablet', 'Chrome on Linux'];

function fill(s: string): string {
  return s.replace(/\{(\w+)\}/g, (_, key: string) => {
    switch (key) {
      case 'product': return pick(products);
      case 'thing': return pick(things);
      case 'day': return pick(days);
      case 'month': return pick(months);
      case 'device': return pick(devices);
      case 'name': return pick(names);
      case 'years': return String(2 + Math.floor(rand() * 12));
      case 'days': return String(3 + Math.floor(rand() * 20));
      case 'minutes': return String(15 + Math.floor(rand() * 90));
      case 'seats': return String(10 + Math.floor(rand() * 40));
      case 'seats2': return String(2 + Math.floor(rand() * 8));
      case 'gb': return String(2 + Math.floor(rand() * 30));
      case 'amount': return `$${(5 + rand() * 400).toFixed(2)}`;
      case 'order': return `#${100000 + Math.floor(rand() * 899999)}`;
      case 'ticket': return `TCK-${1000 + Math.floor(rand() * 8999)}`;
      case 'code': return String(400 + Math.floor(rand() * 104));
      default: throw new Error(`unknown placeholder {${key}}`);
    }
  });
}

const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

function styled(msg: string): string {
  const r = rand();
  if (r < 0.1) return msg.toLowerCase(); // casual, no capitals
  if (r < 0.16) return msg.replace(/[.!?]+(\s|$)/, '!!! $1').replace(/\s+$/, ''); // repeated punctuation
  if (r < 0.22) {
    // one shouted sentence
    const parts = msg.split(/(?<=[.!?])\s+/);
    const i = 1 + Math.floor(rand() * Math.max(1, parts.length - 1));
    if (parts[i]) parts[i] = parts[i]!.toUpperCase();
    return parts.join(' ');
  }
  if (r < 0.27) return msg.replace(/\bthe\b/, 'teh').replace(/\byou\b/, 'u'); // typos
  return msg;
}

function message(): string {
  const toneNames = Object.keys(tones);
  for (;;) {
    const mainTone = pick(toneNames);
    const second = chance(0.45) ? pick(toneNames) : null;
    const parts: string[] = [];
    const greeting = chance(0.7) ? pick(greetings) : '';
    const context = fill(pick(contexts));
    if (greeting) parts.push(greeting);
    // "Hi, we run a shop" rather than "Hi, We run a shop" ("I" stays upper case)
    parts.push(greeting.endsWith(',') && !/^I\b/.test(context) ? context[0]!.toLowerCase() + context.slice(1) : context);
    parts.push(fill(pick(problems)));
    parts.push(fill(pick(tones[mainTone]!)));
    if (chance(0.6)) parts.push(fill(pick(details)));
    if (second) parts.push(fill(pick(tones[second]!)));
    parts.push(fill(pick(requests)));
    while (wordCount(parts.join(' ')) < MIN_WORDS) parts.push(fill(pick(chance(0.5) ? details : tones[mainTone]!)));
    const sign = pick(signoffs);
    if (sign) parts.push(`${sign} ${pick(names)}`);
    const msg = styled(parts.join(' ').replace(/\s+/g, ' ').trim());
    const n = wordCount(msg);
    if (n >= MIN_WORDS && n <= MAX_WORDS) return msg;
  }
}

const seen = new Set<string>();
const lines: string[] = [];
while (lines.length < COUNT) {
  const m = message();
  if (!seen.has(m)) {
    seen.add(m);
    lines.push(m);
  }
}
const text = lines.join('\n') + '\n';

if (process.argv.includes('--check')) {
  const current = readFileSync(OUT, 'utf8');
  if (current !== text) {
    process.stderr.write(`${OUT} is out of date: rerun npx tsx bench/corpus/make-speed-corpus.ts\n`);
    process.exit(1);
  }
  process.stdout.write(`${OUT} is up to date (${lines.length} messages)\n`);
} else {
  writeFileSync(OUT, text);
  const counts = lines.map(wordCount);
  process.stdout.write(
    `wrote ${OUT}: ${lines.length} messages, ${Math.min(...counts)}-${Math.max(...counts)} words, ` +
      `mean ${(counts.reduce((a, b) => a + b, 0) / counts.length).toFixed(1)}\n`,
  );
}
