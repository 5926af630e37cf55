/** The examples on each rule's doc page do what the page says: "Reported" is reported, "Not reported" is not. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreReply } from '../src/index.ts';
import { RULES } from '../src/reply/rules/index.ts';

/** Rules whose examples need a customer message or templates the page only describes. */
const NEEDS_CONTEXT = new Set(['acknowledge-feelings', 'reference-specifics', 'no-template-copy', 'team-phrases']);

function examples(id: string): { reported: string | undefined; clean: string | undefined } {
  const md = readFileSync(join(import.meta.dirname, '..', 'docs', 'rules', `${id}.md`), 'utf8');
  const block = (after: string): string | undefined => {
    const at = md.indexOf(after);
    if (at < 0) return undefined;
    // The code block right after the label; descriptive placeholders such as "(an empty string)" are skipped.
    const m = /^\s*```\n([\s\S]*?)\n```/.exec(md.slice(at + after.length));
    const text = m ? m[1]!.replace(/\\n/g, '\n') : undefined;
    return text === undefined || text.startsWith('(') ? undefined : text;
  };
  return { reported: block('Reported:'), clean: block('Not reported:') };
}

describe('rule doc examples', () => {
  for (const rule of RULES) {
    const id = rule.meta.id;
    if (NEEDS_CONTEXT.has(id)) continue;
    const { reported, clean } = examples(id);
    if (clean !== undefined) {
      it(`${id}: the "Not reported" example is not reported`, () => {
        expect(scoreReply(clean).findings.filter((f) => f.ruleId === id)).toEqual([]);
      });
    }
    if (reported !== undefined) {
      it(`${id}: the "Reported" example is reported`, () => {
        expect(scoreReply(reported).findings.filter((f) => f.ruleId === id).length).toBeGreaterThan(0);
      });
    }
  }
});
