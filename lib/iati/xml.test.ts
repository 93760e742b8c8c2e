import { describe, expect, it } from 'vitest';
import { comment, element, escapeAttribute, escapeText, text } from './xml';

describe('the XML writer', () => {
  it('escapes every text and attribute value', () => {
    expect(escapeText('<script>alert("x")</script> & more')).toBe('&lt;script&gt;alert("x")&lt;/script&gt; &amp; more');
    expect(escapeAttribute(`a"b'c<d>&\n`)).toBe('a&quot;b&apos;c&lt;d&gt;&amp;&#10;');
    const xml = element('narrative', { 'xml:lang': 'es', note: `"'` }, text("O'Brien & <Sons>")).xml;
    expect(xml).toBe('<narrative xml:lang="es" note="&quot;&apos;">O\'Brien &amp; &lt;Sons&gt;</narrative>');
  });

  it('drops characters XML cannot hold and keeps the rest of Unicode', () => {
    expect(escapeText('a\u0000b\u001Fc\uFFFEd\uD800e — ñ 😀\tf')).toBe('abcde — ñ 😀\tf');
  });

  it('leaves out empty children and null attributes, and refuses bad names', () => {
    expect(element('a', { b: null, c: undefined, d: 0 }, null, false, undefined).xml).toBe('<a d="0"/>');
    expect(() => element('a b')).toThrow();
    expect(() => element('a', { 'x="1" y': '2' })).toThrow();
  });

  it('keeps comments well formed', () => {
    expect(comment('left out -- 3 <activities>').xml).toBe('<!-- left out - - 3 &lt;activities&gt; -->');
  });
});
