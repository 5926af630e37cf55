/** Table tests for reply rules, in the spirit of ESLint's RuleTester: valid and invalid cases with exact findings. */
import { describe, expect, it } from 'vitest';
import { scoreReply, type ReplyContext, type ScoreOptions } from '../../src/index.ts';

export interface Case {
  reply: string;
  context?: ReplyContext;
  options?: ScoreOptions;
}
export interface Invalid extends Case {
  /** The findings of this rule, in order: exact text, and replacement where one is expected. */
  findings: { text: string; replacement?: string; message?: RegExp }[];
}

/** Applying a replacement must not create double spaces, a space before punctuation, doubled punctuation or a text opening with punctuation. */
export function wellFormed(before: string, after: string): boolean {
  const bad = [/ {2}/, / [,.;:!?]/, /[,;:][.,;:!?]/, /^[\s,.;:!?]/];
  return bad.every((re) => re.test(before) || !re.test(after));
}

export function ruleTable(ruleId: string, table: { valid: Case[]; invalid: Invalid[] }): void {
  const run = (c: Case) => scoreReply(c.reply, c.context, c.options);
  describe(ruleId, () => {
    it.each(table.valid.map((c) => [c.reply.slice(0, 60), c] as const))('valid: %s', (_, c) => {
      expect(run(c).findings.filter((f) => f.ruleId === ruleId)).toEqual([]);
    });
    it.each(table.invalid.map((c) => [c.reply.slice(0, 60), c] as const))('invalid: %s', (_, c) => {
      const found = run(c).findings.filter((f) => f.ruleId === ruleId);
      expect(found.map((f) => f.text)).toEqual(c.findings.map((f) => f.text));
      c.findings.forEach((want, k) => {
        const f = found[k]!;
        expect(f.suggestions?.length).toBeGreaterThan(0);
        if (want.replacement !== undefined) expect(f.suggestions?.[0]?.replacement).toBe(want.replacement);
        for (const sug of f.suggestions ?? []) if (sug.replacement !== undefined) expect(wellFormed(c.reply, c.reply.slice(0, f.start) + sug.replacement + c.reply.slice(f.end))).toBe(true);
        if (want.message) expect(f.message).toMatch(want.message);
      });
    });
  });
}
