import { describe, expect, it } from 'vitest';
import { readTemplates } from '../../../src/cli/read/index.ts';
import { entityAt } from '../../../src/cli/read/markup/entities.ts';
import { checkMap, fixSpan } from './helpers.ts';

const html = (file: string) => {
  const [u] = readTemplates('t.html', file);
  checkMap(u!, file);
  return u!;
};

describe('HTML to text', () => {
  it.each([
    ['<p>Hi <b>there</b>,</p><p>Bye</p>', 'Hi there,\nBye'],
    ['<div>\n  Hi\n  there\n</div>\n<div>next</div>', 'Hi there\nnext'],
    ['a<br>b<br/>c<BR >d', 'a\nb\nc\nd'],
    ['<ul><li>one</li><li>two</li></ul>', 'one\ntwo'],
    ['<h2>Title</h2>text', 'Title\ntext'],
    ['<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>', 'a b\nc'],
    ['<blockquote>q</blockquote><ol><li>x</li></ol>', 'q\nx'],
    ['x<script>if (a < b) { "</p>" }</script>y<style>p{}</style>z', 'xyz'],
    ['x<SCRIPT type="t">a</ScRiPt >y', 'xy'],
    ['<a href="https://x.y/?a=1&b=2" title="a > b">link</a> text', 'link text'],
    ["<img alt='{{name}}' src=x>Hi {{name}}", 'Hi {{name}}'],
    ['&amp; &lt; &gt; &quot; &#39; &apos; &nbsp;|', '& < > " \' \'  |'], // &nbsp; is a space that does not collapse
    ['&eacute;&Eacute;&rsquo;&mdash;&hellip;&euro;&copy;', 'éÉ’—…€©'],
    ['&#233;&#xE9;&#X1F600;&#146;&#0;&#x110000;', 'éé😀’\ufffd\ufffd'],
    ['&unknown; & &amp &#; &#x;', '&unknown; & &amp &#; &#x;'],
    ['a < b and c > d', 'a < b and c > d'],
    ['<!DOCTYPE html><html><head><title>T</title></head><body>Hi</body></html>', 'T\nHi'],
    ['a<![CDATA[x]]>b<?php echo 1 ?>c', 'abc'],
    ['a</>b</ x>c', 'abc'],
    ['Hi <b', 'Hi'],
    ['Hi <a title="never closed>x', 'Hi'],
    ['😀 <i>é</i>', '😀 é'],
    ['{% if x %}<p>Hi {{ name }}</p>{% endif %}', '{% if x %}\nHi {{ name }}\n{% endif %}'],
    ['', ''],
  ])('%j', (file, text) => {
    expect(html(file).text).toBe(text);
  });

  it('reports comments where they were, removed from the text', () => {
    const u = html('<p>Hi</p>\n<!-- heard-disable no-jargon -->\n<p>SSO</p><!---->x<!-->y');
    expect(u.text).toBe('Hi\nSSO\nxy');
    expect(u.comments).toEqual([
      { start: 2, end: 2, body: 'heard-disable no-jargon' },
      { start: 6, end: 6, body: '' },
      { start: 8, end: 8, body: '' },
    ]);
  });

  it('runs an unterminated comment to the end', () => {
    const u = html('Hi <!-- rest is a comment');
    expect(u.text).toBe('Hi');
    expect(u.comments).toEqual([{ start: 2, end: 2, body: 'rest is a comment' }]);
  });

  it('maps text to its source: verbatim chars, entities to their &, breaks to the tag, collapsed space to its first char', () => {
    const file = '<p>A &amp;\n   B</p>\n<p>&#x1F600;!</p>';
    const u = html(file);
    expect(u.text).toBe('A & B\n😀!');
    expect([...u.map]).toEqual([3, 4, 5, 10, 14, 15, 23, 23, 32, file.length]);
    expect(file.slice(u.map[2], u.map[3])).toBe('&amp;');
    expect(file.slice(u.map[5]!, u.map[5]! + 4)).toBe('</p>');
  });

  it('encodes &, <, > and refuses line breaks', () => {
    const u = html('<p>Tom &amp; Jerry</p>');
    expect(u.encode('a & b < c > d')).toBe('a &amp; b &lt; c &gt; d');
    expect(u.encode('a\nb')).toBeNull();
    expect(u.encode('&')).toBe('&amp;');
  });

  it('writes fixes over entities that read back as intended', () => {
    const file = '<p>Tom &amp; Jerry &lt;3</p>';
    const u = html(file);
    const fixed = fixSpan(u, file, 4, 5, '& <b>');
    expect(fixed).toBe('<p>Tom &amp; &lt;b&gt; Jerry &lt;3</p>');
    expect(html(fixed!).text).toBe('Tom & <b> Jerry <3');
  });
});

describe('entityAt', () => {
  it.each([
    ['&amp;', '&', 5], ['&#65;', 'A', 5], ['&#65 x', 'A', 4], ['&#x41;', 'A', 6], ['&#128;', '€', 6],
    ['&#xD800;', '\ufffd', 8], ['&#99999999999999999999;', '\ufffd', 23], ['&nbsp;', ' ', 6],
  ])('%s', (s, text, length) => {
    expect(entityAt(s, 0)).toEqual({ text, length });
  });

  it.each(['&', '&amp', '&;', '&nosuch;', '&#', '&#x;', `&${'a'.repeat(40)};`])('%s is no reference', (s) => {
    expect(entityAt(s, 0)).toBeNull();
  });
});
