import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { escapeAttr, junit, xmlSafe } from '../../../src/cli/reporters/junit.ts';
import { clean, ctx, mixed, msg, summarize, template } from './summaries.ts';

/** Characters XML 1.0 does not allow, even as character references. */
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const parse = (xml: string) => {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    htmlEntities: true,
    trimValues: false,
    isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name),
  });
  return parser.parse(xml);
};

describe('junit reporter', () => {
  it('writes well-formed XML with the right counts', () => {
    const xml = junit(mixed(), ctx());
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="heard" tests="5" failures="3" errors="1">\n')).toBe(true);
    expect(xml.endsWith('</testsuites>\n')).toBe(true);
    expect(xml).not.toMatch(FORBIDDEN);
    const root = parse(xml).testsuites;
    expect(root).toMatchObject({ name: 'heard', tests: '5', failures: '3', errors: '1' });
    expect(root.testsuite.map((s: { name: string }) => s.name)).toEqual(['replies/refund.md', 'macros/support, 100% "best".json', 'broken.yaml', 'replies/thanks.txt']);
    const [refund, macros, broken, thanks] = root.testsuite;
    expect(refund).toMatchObject({ tests: '1', failures: '1', errors: '0' });
    expect(macros).toMatchObject({ tests: '2', failures: '2', errors: '0' });
    expect(broken).toMatchObject({ tests: '1', failures: '0', errors: '1' });
    expect(thanks).toMatchObject({ tests: '1', failures: '0', errors: '0' });
    expect(thanks.testcase[0].failure).toBeUndefined();
  });

  it('round-trips names and messages with markup, quotes and line breaks', () => {
    const [, macros, broken] = parse(junit(mixed(), ctx())).testsuites.testsuite;
    const [late, shipping] = macros.testcase;
    expect(late.name).toBe('Refund: late, <b>');
    expect(late.classname).toBe('macros/support, 100% "best".json');
    expect(late.failure.type).toBe('no-canned-phrases');
    expect(late.failure.message).toBe('Line one\nline two: 100%, <b> & "quotes" 😀 (+1 more)');
    expect(late.failure['#text']).toBe(
      '3:14 error Line one\nline two: 100%, <b> & "quotes" 😀 (no-canned-phrases)\n  → Delete it. (delete “Thanks for your patience”)\n4:7 warning Bell\\u0007 and escape\\u001b[31m inside (no-jargon)',
    );
    expect(shipping.name).toBe('Shipping & co');
    expect(shipping.failure.type).toBe('min-score');
    expect(shipping['system-out']).toBe("10:14 info Greet 'Ana' by name. (use-name)\n  → Use the name. “Hi {{name}}”");
    expect(shipping.properties.property.map((p: { name: string; value: string }) => [p.name, p.value])).toEqual([
      ['score', '83'],
      ['line', '9'],
      ['empathy', '83'],
      ['personalization', '73'],
      ['positivity', '88'],
      ['authenticity', '63'],
      ['clarity', '93'],
      ['followup', '78'],
    ]);
    expect(broken.testcase[0].name).toBe('read');
    expect(broken.testcase[0].error).toMatchObject({ type: 'read-error', message: 'Malformed YAML:\nunexpected “:” at byte 12' });
  });

  it('does not fail a template for info messages', () => {
    const s = summarize([{ path: 'a.txt', templates: [template('a.txt', 1, 80, [msg({ ruleId: 'use-name', severity: 'info', message: 'Use the name.', line: 1, column: 1 })])], messages: [], fixed: 0 }]);
    const root = parse(junit(s, ctx())).testsuites;
    expect(root).toMatchObject({ tests: '1', failures: '0', errors: '0' });
    expect(root.testsuite[0].testcase[0]['system-out']).toBe('1:1 info Use the name. (use-name)');
  });

  it('keeps characters XML 1.0 forbids out of the document', () => {
    expect(xmlSafe('a\u0000b\u001bc\ud800d\uffff\u{1f600}\t\n')).toBe('a\\u0000b\\u001bc\ufffdd\\uffff\u{1f600}\t\n');
    expect(escapeAttr('<a href="x">&\'\t\n\r')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&#9;&#10;&#13;');
    const s = summarize([
      {
        path: 'odd\u0001.txt',
        templates: [template('Null\u0000 and \ud800 lone', 1, 40, [msg({ ruleId: 'no-jargon', message: 'Esc \u001b[2J and form feed \f', line: 1, column: 1 })])],
        messages: [],
        fixed: 0,
      },
    ]);
    const xml = junit(s, ctx());
    expect(xml).not.toMatch(FORBIDDEN);
    const tc = parse(xml).testsuites.testsuite[0].testcase[0];
    expect(tc.name).toBe('Null\\u0000 and \ufffd lone');
    expect(tc.classname).toBe('odd\\u0001.txt');
    expect(tc.failure.message).toBe('Esc \\u001b[2J and form feed \\u000c');
  });

  it('writes an empty suite list for no files', () => {
    expect(junit(summarize([]), ctx())).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="heard" tests="0" failures="0" errors="0"/>\n');
    expect(parse(junit(clean(), ctx())).testsuites).toMatchObject({ tests: '1', failures: '0', errors: '0' });
  });
});
