import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, github } from '../../../src/cli/reporters/github.ts';
import { clean, ctx, mixed } from './summaries.ts';

describe('github reporter', () => {
  it('escapes data and properties as the Actions toolkit does', () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeProperty('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext%3A a%2C b');
    expect(escapeData('%0A')).toBe('%250A');
  });

  it('writes one annotation per message and a summary line', () => {
    expect(github(mixed(), ctx()).split('\n')).toEqual([
      '::error file=replies/refund.md,line=3,col=1,endLine=3,endColumn=35,title=heard no-canned-phrases::“We apologize for any inconvenience” sounds scripted. → Name the actual problem. “I\'m sorry your refund is late”',
      '::warning file=replies/refund.md,line=12,col=18,endLine=12,endColumn=21,title=heard no-jargon::“RMA” may be unfamiliar. → Spell it out the first time.',
      '::error file=macros/support%2C 100%25 "best".json,line=3,col=14,endLine=3,endColumn=38,title=heard no-canned-phrases::Line one%0Aline two: 100%25, <b> & "quotes" 😀 → Delete it. (delete “Thanks for your patience”)',
      '::warning file=macros/support%2C 100%25 "best".json,line=4,col=7,endLine=4,endColumn=10,title=heard no-jargon::Bell\\u0007 and escape\\u001b[31m inside',
      "::notice file=macros/support%2C 100%25 \"best\".json,line=10,col=14,endLine=10,endColumn=22,title=heard use-name::Greet 'Ana' by name. → Use the name. “Hi {{name}}”",
      '::error file=macros/support%2C 100%25 "best".json,line=9,col=1,endLine=9,endColumn=1,title=heard min-score::Score 83 is below the minimum 85.',
      '::error file=broken.yaml,title=heard read-error::Malformed YAML:%0Aunexpected “:” at byte 12',
      'heard: 7 problems (4 errors, 2 warnings, 1 info) in 4 files',
      '',
    ]);
  });

  it('prints only the summary for a clean run', () => {
    expect(github(clean(), ctx())).toBe('heard: 0 problems (0 errors, 0 warnings, 0 info) in 1 file\n');
  });

  it('cannot be tricked into a second command by a message', () => {
    const s = mixed();
    s.files[0]!.templates[0]!.messages[0]!.message = 'x\n::error file=evil::owned\r\n::stop-commands::t';
    const lines = github(s, ctx()).split('\n');
    expect(lines).toHaveLength(9);
    expect(lines.filter((l) => l.startsWith('::'))).toHaveLength(7);
    expect(lines[0]).toContain('::x%0A::error file=evil::owned%0D%0A::stop-commands::t');
  });
});
