import { describe, expect, it } from 'vitest';
import { stylish } from '../../../src/cli/reporters/stylish.ts';
import { clean, ctx, mixed, summarize, template } from './summaries.ts';

const ANSI = /\u001b\[[0-9;]*m/g;

describe('stylish reporter', () => {
  it('prints files, templates, aligned messages, suggestions and the count', () => {
    expect(stylish(mixed(), ctx())).toBe(
      [
        'replies/refund.md  score 61/100 · empathy 61 · personalization 51 · positivity 66 · authenticity 41 · clarity 71 · followup 56',
        '   3:1   error    “We apologize for any inconvenience” sounds scripted.  no-canned-phrases',
        '                  → Name the actual problem. “I\'m sorry your refund is late”',
        '  12:18  warning  “RMA” may be unfamiliar.                               no-jargon',
        '                  → Spell it out the first time.',
        '',
        'macros/support, 100% "best".json',
        '  Refund: late, <b> (line 2) score 48/100 · empathy 48 · personalization 38 · positivity 53 · authenticity 28 · clarity 58 · followup 43',
        '     3:14  error    Line one line two: 100%, <b> & "quotes" 😀  no-canned-phrases',
        '                    → Delete it. (delete “Thanks for your patience”)',
        '     4:7   warning  Bell\\u0007 and escape\\u001b[31m inside      no-jargon',
        '  Shipping & co (line 9) score 83/100 · empathy 83 · personalization 73 · positivity 88 · authenticity 63 · clarity 93 · followup 78',
        "    10:14  info     Greet 'Ana' by name.                        use-name",
        '                    → Use the name. “Hi {{name}}”',
        '     9:1   error    Score 83 is below the minimum 85.           min-score',
        '',
        'broken.yaml',
        '  0:0  error  Malformed YAML: unexpected “:” at byte 12  read-error',
        '',
        'replies/thanks.txt  score 95/100 · empathy 95 · personalization 85 · positivity 100 · authenticity 75 · clarity 100 · followup 90',
        '',
        '✖ 7 problems (4 errors, 2 warnings, 1 info)',
        '  3 fixable with --fix',
        '',
      ].join('\n'),
    );
  });

  it('says so for a clean run', () => {
    expect(stylish(clean(), ctx())).toBe(
      'replies/hello.txt  score 92/100 · empathy 92 · personalization 82 · positivity 97 · authenticity 72 · clarity 100 · followup 87\n\n✔ no problems\n',
    );
    expect(stylish(summarize([]), ctx())).toBe('✔ no problems\n');
  });

  it('uses singular words and reports what --fix wrote', () => {
    const s = summarize([{ path: 'a.txt', templates: [template('a.txt', 1, 90, [])], messages: [], fixed: 2 }], 2);
    expect(stylish(s, ctx()).endsWith('✔ no problems\nFixed 2 problems\n')).toBe(true);
    const one = mixed();
    one.files = one.files.slice(3);
    Object.assign(one, { errorCount: 1, warningCount: 0, infoCount: 0, fixedCount: 1 });
    expect(stylish(one, ctx()).endsWith('✖ 1 problem (1 error, 0 warnings, 0 info)\nFixed 1 problem\n')).toBe(true);
  });

  it('gives a template its own heading when its name is not the file name', () => {
    const s = summarize([{ path: 'macros/one.json', templates: [template('Refund', 4, 70, [])], messages: [], fixed: 0 }]);
    expect(stylish(s, ctx()).split('\n').slice(0, 2)).toEqual([
      'macros/one.json',
      '  Refund (line 4) score 70/100 · empathy 70 · personalization 60 · positivity 75 · authenticity 50 · clarity 80 · followup 65',
    ]);
  });

  it('colors only when ctx.color, and the colors hide nothing', () => {
    const plain = stylish(mixed(), ctx(false));
    const colored = stylish(mixed(), ctx(true));
    expect(plain).not.toMatch(/\u001b/);
    expect(colored).toMatch(ANSI);
    expect(colored.replace(ANSI, '')).toBe(plain);
    expect(colored).toContain('\u001b[31merror\u001b[39m');
    expect(colored).toContain('\u001b[33mwarning\u001b[39m');
    expect(colored).toContain('\u001b[34minfo\u001b[39m');
    expect(colored).toContain('\u001b[1mreplies/refund.md\u001b[22m');
    expect(colored).toContain('\u001b[2mno-canned-phrases\u001b[22m');
    expect(stylish(clean(), ctx(true))).toContain('\u001b[32m✔ no problems\u001b[39m');
  });

  it('keeps every message on one line and prints no control characters', () => {
    const out = stylish(mixed(), ctx());
    expect(out.split('\n')).toHaveLength(24);
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
  });
});
