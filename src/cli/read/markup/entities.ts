/**
 * HTML character references: the HTML 4 set (Latin-1, typographic punctuation, common symbols),
 * which covers what helpdesk editors emit, plus numeric references with the HTML spec's
 * Windows-1252 repair for &#128;–&#159;.
 */

/** Names of U+00A0…U+00FF, in code point order. */
const LATIN1 = (
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 ' +
  'acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde ' +
  'Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc ' +
  'Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml ' +
  'aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc ' +
  'otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml'
).split(' ');

const OTHERS: readonly [string, number][] = [
  ['quot', 34], ['amp', 38], ['apos', 39], ['lt', 60], ['gt', 62], ['OElig', 338], ['oelig', 339],
  ['Scaron', 352], ['scaron', 353], ['Yuml', 376], ['fnof', 402], ['circ', 710], ['tilde', 732],
  ['ensp', 8194], ['emsp', 8195], ['thinsp', 8201], ['zwnj', 8204], ['zwj', 8205], ['lrm', 8206],
  ['rlm', 8207], ['ndash', 8211], ['mdash', 8212], ['lsquo', 8216], ['rsquo', 8217], ['sbquo', 8218],
  ['ldquo', 8220], ['rdquo', 8221], ['bdquo', 8222], ['dagger', 8224], ['Dagger', 8225], ['bull', 8226],
  ['hellip', 8230], ['permil', 8240], ['prime', 8242], ['Prime', 8243], ['lsaquo', 8249], ['rsaquo', 8250],
  ['euro', 8364], ['trade', 8482], ['larr', 8592], ['uarr', 8593], ['rarr', 8594], ['darr', 8595],
  ['harr', 8596], ['minus', 8722], ['hearts', 9829], ['check', 10003],
];

const NAMED = new Map<string, string>(OTHERS.map(([k, v]) => [k, String.fromCharCode(v)]));
LATIN1.forEach((name, i) => NAMED.set(name, String.fromCharCode(0xa0 + i)));
NAMED.set('nbsp', ' '); // scored as an ordinary space

/** What &#128;–&#159; mean in practice (Windows-1252), per the HTML spec. */
const CP1252 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

const MAX_NAME = 32;

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122);
}

/**
 * The character reference starting at `s[i]` (an `&`): its decoded text and length, or null when
 * it is not one (then the `&` is literal). Named references need their `;`; numeric ones take it
 * when present. Reads at most a bounded number of characters.
 */
export function entityAt(s: string, i: number): { text: string; length: number } | null {
  if (s.charCodeAt(i + 1) === 35) {
    const hex = (s.charCodeAt(i + 2) | 0x20) === 120;
    let j = i + (hex ? 3 : 2);
    const from = j;
    let code = 0;
    for (;;) {
      const c = s.charCodeAt(j);
      const d = c >= 48 && c <= 57 ? c - 48 : hex && (c | 0x20) >= 97 && (c | 0x20) <= 102 ? (c | 0x20) - 87 : -1;
      if (d < 0) break;
      if (code <= 0x10ffff) code = code * (hex ? 16 : 10) + d;
      j++;
    }
    if (j === from) return null;
    if (s.charCodeAt(j) === 59) j++;
    if (code >= 0x80 && code <= 0x9f) code = CP1252[code - 0x80]!;
    const ok = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return { text: String.fromCodePoint(ok ? code : 0xfffd), length: j - i };
  }
  let j = i + 1;
  while (j - i <= MAX_NAME && isAlnum(s.charCodeAt(j))) j++;
  if (j === i + 1 || s.charCodeAt(j) !== 59) return null;
  const text = NAMED.get(s.slice(i + 1, j));
  return text === undefined ? null : { text, length: j + 1 - i };
}
