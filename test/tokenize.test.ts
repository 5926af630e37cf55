import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/lexicon/index.ts';
import { ENTRY_NOT_LOOKED_UP, ENTRY_UNKNOWN, EMOJI, EMOTICON, F_CAPS, F_ELONGATED, F_HASHTAG, MENTION, NUM, PUNCT, SYMBOL, URL, WORD, collapseElongation, tokenize } from '../src/text/tokenize.ts';

const norms = (s: string): string[] => tokenize(s).map((t) => t.norm);

describe('tokenize', () => {
  it.each([
    ["I'm NOT happy!!!", ["i'm", 'not', 'happy', '!!!']],
    ['it’s broken', ["it's", 'broken']],
    ['Waited 2.5h at 10:30, 3rd time...', ['waited', '2.5h', 'at', '10:30', ',', '3rd', 'time', '...']],
    ['f***ing #fail @united', ['f***ing', 'fail', '@united']],
    ['see https://x.co/a?b=1 now', ['see', 'https://x.co/a?b=1', 'now']],
    ['time-sensitive', ['time', '-', 'sensitive']],
    ['$1,200.50 charged', ['$', '1,200.50', 'charged']],
    ['مرحبا 你好 Grüße', ['مرحبا', '你好', 'grüße']],
  ])('splits %j', (input, expected) => {
    expect(norms(input)).toEqual(expected);
  });

  it('gives kinds and flags', () => {
    const t = tokenize('NOT sooo bad :( 😡 #fail @x https://a.b 42 ?? ©');
    expect(t.map((x) => x.kind)).toEqual([WORD, WORD, WORD, EMOTICON, EMOJI, WORD, MENTION, URL, NUM, PUNCT, SYMBOL]);
    expect(t[0]!.flags & F_CAPS).toBeTruthy();
    expect(t[1]!.flags & F_ELONGATED).toBeTruthy();
    expect(t[5]!.flags & F_HASHTAG).toBeTruthy();
  });

  it('keeps emoji sequences whole and strips modifiers from norm', () => {
    const t = tokenize('ok 👍🏽 👨‍👩‍👧 🇺🇸 ❤️');
    expect(t.slice(1).map((x) => x.kind)).toEqual([EMOJI, EMOJI, EMOJI, EMOJI]);
    expect(t[1]!.norm).toBe('👍');
    expect(t[2]!.end - t[2]!.start).toBe('👨‍👩‍👧'.length);
    expect(t[4]!.norm).toBe('❤');
  });

  it('recognizes emoticons only at boundaries', () => {
    expect(tokenize('sad :( and :-) and <3').filter((t) => t.kind === EMOTICON).map((t) => t.norm)).toEqual([':(', ':)', '<3']);
    expect(tokenize('http://example.com').filter((t) => t.kind === EMOTICON)).toEqual([]);
    expect(tokenize('ratio 8:30').filter((t) => t.kind === EMOTICON)).toEqual([]);
  });

  it('counts sentences at terminal punctuation and line breaks', () => {
    expect(tokenize('One. Two! Three?\nFour').map((t) => t.sentence)).toEqual([0, 0, 1, 1, 2, 2, 3]);
  });

  it('never loses a code unit: every non-space char is inside one token', () => {
    const inputs = ['\ud800 lone \udc00 surrogates', 'a\u200db', '\u202eRTL\u202c', 'x'.repeat(5) + '\u0000\u0007', '🏳️‍🌈🏳️‍⚧️'];
    for (const s of inputs) {
      const covered = new Uint8Array(s.length);
      let last = 0;
      for (const t of tokenize(s)) {
        expect(t.start).toBeGreaterThanOrEqual(last);
        expect(t.end).toBeGreaterThan(t.start);
        covered.fill(1, t.start, t.end);
        last = t.end;
      }
      for (let i = 0; i < s.length; i++) if (!covered[i]) expect(/\s/.test(s[i]!)).toBe(true);
    }
  });

  it('collapses elongation to two or one letters', () => {
    expect(collapseElongation('sooo', 2)).toBe('soo');
    expect(collapseElongation('sooo', 1)).toBe('so');
    expect(collapseElongation('goood', 2)).toBe('good');
    expect(collapseElongation('pleeease', 1)).toBe('please');
    expect(collapseElongation('coffee', 1)).toBe('coffee');
  });

  it('looks words up in a word table without changing any token', () => {
    const { table, words } = lexicon();
    const inputs = [
      "I've been waiting THREE weeks!!! Don\u2019t tell me to wait, I'm FURIOUS",
      'Ordered 2x on 10:30, ref #A1b2, 3rd time, f***ing 1,200 Grüße Ünïcode café',
      "sooo annoyed :( 😡 @support https://x.y/z dont cant it's",
    ];
    for (const s of inputs) {
      const plain = tokenize(s);
      const looked = tokenize(s, table);
      expect(looked.map(({ entry: _, ...t }) => t)).toEqual(plain.map(({ entry: _, ...t }) => t));
      for (const t of looked) {
        if (t.entry >= 0) expect(table.keys[t.entry]).toBe(t.norm);
        else if (t.entry === ENTRY_UNKNOWN) expect(words.has(t.norm)).toBe(false);
        else expect(t.entry).toBe(ENTRY_NOT_LOOKED_UP);
      }
      expect(looked.some((t) => t.entry >= 0)).toBe(true);
    }
  });
});
