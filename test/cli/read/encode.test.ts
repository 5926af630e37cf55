import { describe, expect, it } from 'vitest';
import { readTemplates } from '../../../src/cli/read/index.ts';
import { markupEncoder, unsafeReplacement } from '../../../src/cli/read/markup/encode.ts';
import { fixSpan } from './helpers.ts';

describe('markup encoders', () => {
  it.each([
    ['plain words', false], ['', false], ["it's 100% fine", false], ['a - b', false], ['5 > 3', false],
    ['{{name}}', true], ['{first_name}', true], ['{% if %}', true], ['[Name]', true], ['%customer%', true],
    ['<!-- x', true], ['x -->', true], ['-- trailing-', true], ['!important', true], ['100%', true], ['a <', true],
  ])('%j unsafe: %s', (s, unsafe) => {
    expect(unsafeReplacement(s)).toBe(unsafe);
  });

  it('is the identity for text-like markup and escapes HTML', () => {
    for (const m of ['text', 'markdown', 'handlebars', 'liquid'] as const) {
      expect(markupEncoder(m)('a & <b>\n')).toBe('a & <b>\n');
      expect(markupEncoder(m)('{{x}}')).toBeNull();
    }
    expect(markupEncoder('html')('a & <b>')).toBe('a &amp; &lt;b&gt;');
    expect(markupEncoder('html')('a\nb')).toBeNull();
  });
});

describe('container encoders composed with markup', () => {
  it('JSON: string escapes, with HTML escaping inside *_html', () => {
    const file = JSON.stringify({ macros: [{ title: 'T', actions: [
      { field: 'comment_value', value: 'Say hi' },
      { field: 'comment_value_html', value: '<p>Say hi</p>' },
    ] }] });
    const [text, html] = readTemplates('m.json', file);
    expect(text!.encode('a "q" \\ é\n😀')).toBe('a \\"q\\" \\\\ é\\n😀');
    expect(html!.encode('a "q" & <b>')).toBe('a \\"q\\" &amp; &lt;b&gt;');
    expect(text!.encode('{{ticket.id}}')).toBeNull();
  });

  it('JSON: a span over an escape does not match unless JSON.stringify spells it the same', () => {
    const file = '[{"content":"caf\\u00e9 \\"ok\\" and\\nmore"}]';
    const [u] = readTemplates('f.json', file);
    expect(u!.text).toBe('café "ok" and\nmore');
    const slice = (s: number, e: number): string => file.slice(u!.map[s], u!.map[e]);
    expect(u!.encode('café')).not.toBe(slice(0, 4)); // \u00e9 in the file: --fix leaves it
    expect(u!.encode('"ok" and\nmore')).toBe(slice(5, 18)); // \" and \n are how JSON.stringify spells them
  });

  it('JSON: fixes read back as intended', () => {
    const file = JSON.stringify([{ title: 'T', content: 'Unfortunately we cannot help.' }], null, 2);
    const [u] = readTemplates('f.json', file);
    const fixed = fixSpan(u!, file, 0, 13, 'Happily, "we" \\ can');
    expect(readTemplates('f.json', fixed!)[0]!.text).toBe('Happily, "we" \\ can we cannot help.');
  });

  it('plain files: identity, so every span without template syntax matches', () => {
    const file = 'Hi {first_name},\r\nThanks — é 😀';
    const [u] = readTemplates('r.txt', file);
    const n = u!.text.length;
    expect(u!.encode(u!.text.slice(15, n))).toBe(file.slice(u!.map[15], u!.map[n]));
    expect(u!.encode(u!.text.slice(5, n))).toBeNull(); // holds the placeholder's closing brace
  });
});
