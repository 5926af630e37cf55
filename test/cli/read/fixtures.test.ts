import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeFile, readTemplates } from '../../../src/cli/read/index.ts';
import { ReadError } from '../../../src/cli/types.ts';
import { checkEncodeWords, checkMap, fixSpan, words } from './helpers.ts';

const DIR = join(import.meta.dirname, '../../../fixtures/templates');
const FIELD: Record<string, string> = { 'custom-export.json': 'items[].body' };

function load(name: string) {
  const file = decodeFile(readFileSync(join(DIR, name)), name);
  const options = FIELD[name] ? { field: FIELD[name] } : {};
  return { file, units: readTemplates(name, file, options), reread: (f: string) => readTemplates(name, f, options) };
}

const FIXTURES: [string, string[]][] = [
  ['refund-delay.txt', ['refund-delay.txt']],
  ['password-reset.md', ['password-reset.md']],
  ['outage-update.html', ['outage-update.html']],
  ['welcome.hbs', ['welcome.hbs']],
  ['shipping.liquid', ['shipping.liquid']],
  ['zendesk-macros.json', ['Billing::Double charge', 'Account::Closed per policy', 'Shipping::Delayed parcel']],
  ['freshdesk-canned.json', ['Order cancelled', 'Feature request received', 'Login issue – clear cache']],
  ['helpscout-saved-replies.json', ['Data export ready', 'Cancellation – retention', 'Quick thanks']],
  ['macros.yaml', ['Delivery::Damaged item', 'Account::Verification required', 'General::Thanks', 'Refund::Declined']],
  ['canned.csv', ['Password reset', 'Refund processed', 'Plan downgrade', 'Duplicate ticket']],
  ['custom-export.json', ['Subscription renewed', 'Bug acknowledged', '#3']],
  ['broken/empty.txt', ['empty.txt']],
];

describe.each(FIXTURES)('%s', (name, names) => {
  const { file, units, reread } = load(name);

  it('reads the expected templates', () => {
    expect(units.map((u) => u.name)).toEqual(names);
    expect(units.map((u) => u.index)).toEqual(names.map((_, i) => i));
    expect(units.map(({ name: n, text, comments }) => ({ name: n, text, comments }))).toMatchSnapshot();
  });

  it('maps every char back into the file', () => {
    for (const u of units) {
      const verbatim = checkMap(u, file);
      expect(verbatim).toBeGreaterThanOrEqual(u.text.length * 0.9);
    }
  });

  it('round-trips encode on the words the file spells verbatim', () => {
    for (const u of units) {
      const n = checkEncodeWords(u, file);
      expect(n).toBeGreaterThanOrEqual(words(u.text).length * 0.9);
    }
  });

  it('writes fixes that read back as exactly the intended text', () => {
    const replacement = 'fixed "wording" & it\'s é 😀';
    let applied = 0;
    for (const [k, u] of units.entries()) {
      for (const [s, e] of words(u.text).filter((_, j) => j % 7 === 3)) {
        if (u.encode(u.text.slice(s, e)) !== file.slice(u.map[s], u.map[e])) continue;
        const fixed = fixSpan(u, file, s, e, replacement);
        if (fixed === null) continue; // the container refuses the replacement: --fix leaves it
        const after = reread(fixed)[k]!;
        expect(after.text).toBe(u.text.slice(0, s) + replacement + u.text.slice(e));
        applied++;
      }
    }
    if (units.some((u) => words(u.text).length > 7)) expect(applied).toBeGreaterThan(0);
  });
});

describe('fixture comments', () => {
  it('finds the directives where they belong', () => {
    const body = (name: string) => load(name).units[0]!.comments.map((c) => c.body);
    expect(body('outage-update.html')).toEqual(['heard-disable no-jargon']);
    expect(body('welcome.hbs')).toEqual(['Welcome email for new trial accounts.', 'heard-disable-next-line no-canned-phrases']);
    expect(body('shipping.liquid')).toEqual(['heard-disable use-name', 'heard-disable-next-line no-negative-framing']);
    expect(body('password-reset.md')).toEqual(['heard-disable-next-line no-jargon']);
    const { units: [hbs] } = load('welcome.hbs');
    const next = hbs!.text.indexOf('\n', hbs!.comments[1]!.end) + 1;
    expect(hbs!.text.slice(next, hbs!.text.indexOf('\n', next))).toBe('If you have any questions, please do not hesitate to contact us.');
  });
});

describe('broken fixtures', () => {
  it.each([
    ['broken/binary.txt', /^binary file \(NUL byte at byte 3\)/, undefined],
    ['broken/latin1.txt', /^invalid UTF-8 at byte 6/, undefined],
    ['broken/malformed.json', /^malformed JSON: unterminated string$/, 118],
  ])('%s', (name, message, offset) => {
    try { load(name); } catch (e) {
      expect(e).toBeInstanceOf(ReadError);
      expect((e as ReadError).message).toMatch(message);
      expect((e as ReadError).offset).toBe(offset);
      return;
    }
    throw new Error('read');
  });
});
