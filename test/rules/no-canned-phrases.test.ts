import { describe, expect, it } from 'vitest';
import { LEXICONS } from '../../src/lexicon/compiled.ts';
import { ruleTable } from './cases.ts';

ruleTable('no-canned-phrases', {
  valid: [
    { reply: "Thanks, Dana. I've got your request and I'm on it." },
    { reply: "I'm sorry the outage cut into your launch day." },
  ],
  invalid: [
    { reply: 'Thank you for reaching out about your order.', findings: [{ text: 'Thank you for reaching out', message: /stock support phrase/ }] },
    { reply: 'Please be advised, the store opens at 9.', findings: [{ text: 'Please be advised, the', replacement: 'The' }] },
    { reply: 'We did this in order to keep your data safe.', findings: [{ text: 'in order to', replacement: 'to' }] },
    {
      reply: 'We apologize for any inconvenience. Thank you for reaching out.',
      findings: [{ text: 'We apologize for any inconvenience' }, { text: 'Thank you for reaching out' }],
    },
  ],
});

describe('canned phrase lexicon', () => {
  it('holds at least 150 phrases, each with a natural alternative unless it can simply go', () => {
    const rows = LEXICONS['reply/canned'] ?? [];
    expect(rows.length).toBeGreaterThanOrEqual(150);
    for (const r of rows) {
      expect(['replace', 'delete', 'rewrite']).toContain(r[1]);
      if (r[1] !== 'delete') expect(typeof r[2]).toBe('string');
    }
  });
});
