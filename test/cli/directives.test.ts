import { describe, expect, it } from 'vitest';
import { parseDirectives, Suppressions } from '../../src/cli/directives.ts';
import type { Comment } from '../../src/cli/types.ts';

/** Comments at the positions of `<!-- ... -->` in text (as a reader reports them). */
function comments(text: string): Comment[] {
  const out: Comment[] = [];
  let at = 0;
  for (;;) {
    const s = text.indexOf('<!--', at);
    if (s < 0) return out;
    const e = text.indexOf('-->', s) + 3;
    out.push({ start: s, end: e, body: text.slice(s + 4, e - 3).trim() });
    at = e;
  }
}

function suppress(text: string): Suppressions {
  return new Suppressions(text, parseDirectives(comments(text)));
}

describe('directives', () => {
  it('parses kinds, rule lists and reasons', () => {
    const d = parseDirectives([
      { start: 0, end: 1, body: 'heard-disable no-jargon, use-name -- legal wording' },
      { start: 2, end: 3, body: 'heard-enable' },
      { start: 4, end: 5, body: 'heard-disable-next-line' },
      { start: 6, end: 7, body: 'heard-disabled x' },
      { start: 8, end: 9, body: 'a normal comment' },
    ]);
    expect(d.map((x) => [x.kind, x.rules])).toEqual([['disable', ['no-jargon', 'use-name']], ['enable', null], ['disable-next-line', null]]);
  });

  it('disable ... enable is a range; without enable it runs to the end', () => {
    const text = 'one <!-- heard-disable no-jargon --> two <!-- heard-enable no-jargon --> three <!-- heard-disable --> four';
    const s = suppress(text);
    expect(s.disabled('no-jargon', text.indexOf('one'))).toBe(false);
    expect(s.disabled('no-jargon', text.indexOf('two'))).toBe(true);
    expect(s.disabled('use-name', text.indexOf('two'))).toBe(false);
    expect(s.disabled('no-jargon', text.indexOf('three'))).toBe(false);
    expect(s.disabled('use-name', text.indexOf('four'))).toBe(true);
    expect(s.disabledInTemplate('min-score')).toBe(true);
  });

  it('next-line and line', () => {
    const text = 'a\n<!-- heard-disable-next-line no-canned-phrases -->\nb canned\nc canned <!-- heard-disable-line -->\nd';
    const s = suppress(text);
    expect(s.disabled('no-canned-phrases', text.indexOf('b canned'))).toBe(true);
    expect(s.disabled('no-jargon', text.indexOf('b canned'))).toBe(false);
    expect(s.disabled('no-canned-phrases', text.indexOf('a'))).toBe(false);
    expect(s.disabled('anything', text.indexOf('c canned'))).toBe(true);
    expect(s.disabled('no-canned-phrases', text.indexOf('d'))).toBe(false);
    expect(s.disabledInTemplate('min-score')).toBe(false);
  });
});
