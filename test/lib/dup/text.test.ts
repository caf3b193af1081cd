import { describe, expect, it } from 'vitest';
import { cleanParagraphs, cleanText, cleanTitle, startsWithParagraph } from '../../../src/lib/dup/text';

describe('cleanParagraphs', () => {
  it.each<[string, string, string[]]>([
    ['plain text', 'Recupero fauna selvatica', ['Recupero fauna selvatica']],
    ['empty', '', []],
    ['only spaces and markup', '  <b> </b>&nbsp; ', []],
    ['inline tags', '<b>CITTÀ</b> <i>DEL</i> <u>FUTURO</u> <span class="x">!</span>', ['CITTÀ DEL FUTURO !']],
    ['tags inside a word stay joined', 'Pra<b>to</b>', ['Prato']],
    ['paragraphs', '<p>uno</p> <p>due</p>', ['uno', 'due']],
    ['br variants', 'a<br>b<br/>c<BR />d', ['a', 'b', 'c', 'd']],
    ['p with attributes', '<p class="x" style="y">uno</p><P>due', ['uno', 'due']],
    ['nested unclosed', '<b><i>testo</b> altro', ['testo altro']],
    ['unclosed block', '<p>uno<p>due', ['uno', 'due']],
    ['hr ends a paragraph, never glues two words', 'uno<hr>due<hr/>tre', ['uno', 'due', 'tre']],
    ['sectioning tags end paragraphs', '<section>uno</section><article>due</article><aside>tre</aside>', ['uno', 'due', 'tre']],
    ['header and footer tags are blocks, h1-h6 still are', '<header>uno</header><h2>due</h2><footer>tre</footer>', ['uno', 'due', 'tre']],
    ['definition lists and captions', '<dl><dt>uno</dt><dd>due</dd></dl><caption>tre</caption>', ['uno', 'due', 'tre']],
    ['figures and addresses', '<figure>uno<figcaption>due</figcaption></figure><address>tre</address>', ['uno', 'due', 'tre']],
    ['a tag that only starts like a block name is inline', 'Pra<headline>to</headline> <hrx>x', ['Prato x']],
    ['truncated tag at end', 'testo <span class="x', ['testo']],
    ['a truncated closing tag', 'testo </b', ['testo']],
    ['a "<" and a word is text, not a cut tag', 'attesa <trenta giorni', ['attesa <trenta giorni']],
    ['"<" before a number', 'tempi <30 giorni', ['tempi <30 giorni']],
    ['comment', 'a<!-- nota -->b', ['ab']],
    ['named entities', 'perch&eacute; citt&agrave; &egrave; &quot;x&quot; &apos;y&apos;', ['perché città è "x" \'y\'']],
    ['numeric entities', '&#65;&#x42;&#X43;', ['ABC']],
    ['encoded script survives as text', '&lt;script&gt;alert(1)&lt;/script&gt;', ['<script>alert(1)</script>']],
    ['encoded paragraph is not a paragraph', '&lt;p&gt;uno&lt;/p&gt;', ['<p>uno</p>']],
    ['real script tag is stripped, its text kept as text', '<script>alert(1)</script>', ['alert(1)']],
    ['img onerror stripped', 'x<img src=a onerror="alert(1)">y', ['xy']],
    ['double-encoded decoded once', '&amp;lt;b&amp;gt;', ['&lt;b&gt;']],
    ['entity without semicolon left alone', 'R&D &amp &parametri', ['R&D &amp &parametri']],
    ['nbsp and thin spaces collapse', 'a&nbsp;&nbsp;b\u00a0\u2009c\u3000d', ['a b c d']],
    ['control chars removed', 'a\u0001b\u0007c\u001bd\u007fe\u0085f', ['abcdef']],
    ['invisible chars removed', 'so\u00adcie\u200btà\ufeff', ['società']],
    ['bidi overrides removed', 'abc\u202edef', ['abcdef']],
    ['entity for a control char removed', 'a&#1;b', ['ab']],
    ['NUL entity becomes replacement char', 'a&#0;b', ['a\ufffdb']],
    ['lone surrogate replaced', 'a\ud800b', ['a\ufffdb']],
    ['less-than as text', 'valore < 10 e > 5', ['valore < 10 e > 5']],
    ['tab-like white space inside', 'a \u000b\u000c b', ['a b']],
  ])('%s', (_name, input, expected) => {
    expect(cleanParagraphs(input)).toEqual(expected);
  });

  it('is linear on hostile markup (no regex backtracking traps)', () => {
    const hostile = '<'.repeat(20_000) + '<a'.repeat(20_000) + ' '.repeat(20_000) + '&#'.repeat(20_000) + '<p' + ' '.repeat(20_000);
    expect(cleanParagraphs(hostile).join('').length).toBeGreaterThan(0);
  });
});

describe('cleanText and cleanTitle', () => {
  it('joins paragraphs with a space', () => {
    expect(cleanText('<p>uno</p><p>due</p>')).toBe('uno due');
  });
  it('keeps zero-width joiners (emoji sequences, some scripts) but drops zero-width spaces and bidi overrides', () => {
    const family = '\u{1F469}\u200D\u{1F469}\u200D\u{1F467}';
    expect(cleanText(`famiglia ${family}`)).toBe(`famiglia ${family}`);
    expect(cleanText('می\u200Cخواهم')).toBe('می\u200Cخواهم');
    expect(cleanText('a\u200Bb \u202Ec\u202C')).toBe('ab c');
  });
  it.each([
    ['## **NOTA DI AGGIORNAMENTO**', 'NOTA DI AGGIORNAMENTO'],
    ['### **DOCUMENTO UNICO DI PROGRAMMAZIONE 2022/2024**', 'DOCUMENTO UNICO DI PROGRAMMAZIONE 2022/2024'],
    ['## 1.6 Obiettivi gestionali degli organismi partecipati', '1.6 Obiettivi gestionali degli organismi partecipati'],
    ['# Titolo #', 'Titolo'],
    ['__sottolineato__', 'sottolineato'],
    ['*enfasi*', 'enfasi'],
    ['<b>pag. 212</b>', 'pag. 212'],
  ])('title %j → %j', (raw, expected) => {
    expect(cleanTitle(raw)).toBe(expected);
  });
});

describe('startsWithParagraph', () => {
  it.each([
    ['<p>x', true], ['  <P class=a>x', true], ['<br>x', true], ['x<p>', false], ['<b>x', false], ['<pre>x', false], ['', false],
    // Every block tag opens a paragraph, as it ends one in cleanParagraphs.
    ['<ul><li>x', true], ['<ol>x', true], ['<hr>x', true], ['<td>x', true], ['<section>x', true], ['<dd>x', true], ['</p>x', false],
  ])('%j → %s', (raw, expected) => {
    expect(startsWithParagraph(raw)).toBe(expected);
  });
});
