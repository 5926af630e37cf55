import { describe, expect, it } from 'vitest';
import { gradeLevel, syllables } from '../../src/reply/rules/reading-level.ts';
import { ruleTable } from './cases.ts';

const dense = 'Subsequent to the aforementioned reconfiguration of your subscription entitlements, authentication functionality necessitates comprehensive reinitialization, consequently requiring administrative authorization procedures. ' +
  'Organizational verification documentation additionally facilitates expeditious resolution of outstanding reconciliation discrepancies, notwithstanding intermittent infrastructural unavailability. ' +
  'Subsequently, comprehensive reauthentication necessitates institutional acknowledgement of contractual obligations.';
const plain = 'Thanks for your patience. I checked your plan. The update changed how you sign in. Please sign out and sign in again. Then open the app and tap Sync. It should work right away. If it does not, reply here and I will call you.';

ruleTable('reading-level', {
  valid: [{ reply: plain }, { reply: 'Short replies are not graded.' }],
  invalid: [{ reply: dense, findings: [{ text: dense.split('. ')[0]! + '.', message: /reads at about grade/ }] }],
});

describe('reading level helpers', () => {
  it('counts syllables by vowel groups', () => {
    expect([['cat', 1], ['table', 2], ['refund', 2], ['authorization', 5], ['make', 1]].map(([w]) => syllables(w as string))).toEqual([1, 2, 2, 5, 1]);
  });
  it('computes the Flesch-Kincaid grade', () => {
    expect(gradeLevel(100, 10, 130)).toBeCloseTo(0.39 * 10 + 11.8 * 1.3 - 15.59, 6);
  });
});
