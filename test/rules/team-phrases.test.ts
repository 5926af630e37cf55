import { expect, it } from 'vitest';
import { scoreReply, type TeamPhrase } from '../../src/index.ts';
import { ruleTable } from './cases.ts';

const phrases: TeamPhrase[] = [
  { phrase: 'per our policy', replacement: 'because', message: 'Explain the reason instead.' },
  { phrase: 'ASAP', replacement: 'by Friday' },
  { phrase: 'kindly' },
];
const options = { phrases };

ruleTable('team-phrases', {
  valid: [
    { reply: 'Per our policy, refunds take five days.' }, // no team list: the rule is off
    { reply: 'Refunds take five days because the bank needs to clear them.', options },
    { reply: 'Our policy on refunds is on the website.', options },
  ],
  invalid: [
    { reply: 'Per our policy, refunds take five days.', options, findings: [{ text: 'Per our policy', replacement: 'Because', message: /team's list.*Explain the reason/ }] },
    { reply: 'I will ship it asap and kindly ask you to wait.', options, findings: [{ text: 'asap', replacement: 'by Friday' }, { text: 'kindly' }] },
  ],
});

it('is off without a list and scores authenticity when a list is given', () => {
  const reply = 'Kindly note that per our policy we reply ASAP.';
  const without = scoreReply(reply);
  const withList = scoreReply(reply, {}, options);
  expect(without.findings.some((f) => f.ruleId === 'team-phrases')).toBe(false);
  expect(withList.findings.filter((f) => f.ruleId === 'team-phrases').map((f) => f.text)).toEqual(['Kindly', 'per our policy', 'ASAP']);
  expect(withList.dimensions.authenticity.score).toBeLessThan(without.dimensions.authenticity.score);
});

it('rejects malformed phrase lists with a heard: TypeError', () => {
  expect(() => scoreReply('Hi', {}, { phrases: 'x' as never })).toThrow(/^heard: expected options.phrases/);
  expect(() => scoreReply('Hi', {}, { phrases: [{ phrase: 3 }] as never })).toThrow(/options.phrases\[0\]/);
  expect(() => scoreReply('Hi', {}, { phrases: [{ phrase: '  ' }] })).toThrow(/at least one word/);
  expect(() => scoreReply('Hi', {}, { phrases: [{ phrase: 'x', replacement: 1 }] as never })).toThrow(/replacement/);
});

it('matches hyphenated team phrases as written, and plain ones across a hyphen', () => {
  const hyphenated = { phrases: [{ phrase: 'self-service portal' }] };
  const plain = { phrases: [{ phrase: 'check in' }] };
  const found = (reply: string, o: { phrases: TeamPhrase[] }) => scoreReply(reply, {}, o).findings.filter((f) => f.ruleId === 'team-phrases').map((f) => f.text);
  expect(found('Use the self-service portal to update it.', hyphenated)).toEqual(['self-service portal']);
  expect(found('Online check-in opens 24 hours before.', plain)).toEqual(['check-in']);
  expect(found('- check - in -', plain)).toEqual([]);
});
