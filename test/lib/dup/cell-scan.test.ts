/**
 * The one-pass cell scanner must give exactly what the general rule gives, or decline
 * (null) and leave the cell to it. Random cells mix tags (well formed, broken, with
 * attributes, block and inline), entities, every kind of white space, invisible and
 * control characters, surrogates and ordinary text in several scripts.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scanParagraphs } from '../../../src/lib/dup/cell-scan';
import { cleanParagraphs, generalParagraphs } from '../../../src/lib/dup/text';

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.stringMatching(/^[A-Za-zÀ-ÿ0-9 ,;.:'"“”()«»–-]{0,30}$/) },
  { weight: 3, arbitrary: fc.constantFrom('<b>', '</b>', '<i>', '</i>', '<u>', '<span class="x">', '</span>', '< b>', '</ b>', '< /b>', '<B>', '<p>', '</p>', '<P class=a>', '< p >', '<br>', '<br/>', '<BR />', '<div>', '</li>', '<h2>', '<td>', '<hr>', '<hr/>', '<section>', '</dd>', '<header>', '<pre>', '<blockquote>', '<bx>', '<p1>', '<!-- c -->', '<!x>', '<?x?>', '<', '>', '<b', '<p', '<1>', '<b x="a&b">', '<b\u200b>', '<\u200bb>', '<\ufeffb>', '< \ufeffb>', '<b\ud800>', '<script>alert(1)</script>') },
  { weight: 2, arbitrary: fc.constantFrom('&amp;', '&lt;p&gt;', '&nbsp;', '&#233;', '&', '&#0;', '&bogus;') },
  { weight: 3, arbitrary: fc.constantFrom(' ', '  ', '   ', '\u00a0', '\u2009', '\u3000', '\u2028', '\u000b', '\u000c', '\u1680', '\u202f', '\u205f', '\u0085', '\u200b', '\u200c', '\u200d', '\u00ad', '\ufeff', '\u202e', '\u2066', '\u0001', '\u001f', '\u007f') },
  { weight: 1, arbitrary: fc.constantFrom('\ud800', '\udc00', '\u{1F600}', 'ǅ', 'ß', 'İ', 'Ω', 'עברית', 'عربي', '東京') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }).map((s) => s.replace(/[\t\r\n]/g, '')) },
);
const cell = fc.array(piece, { maxLength: 10 }).map((parts) => parts.join(''));

describe('scanParagraphs', () => {
  it('agrees with the general rule whenever it answers', () => {
    fc.assert(
      fc.property(cell, (raw) => {
        const fast = scanParagraphs(raw);
        if (fast !== null) expect(fast).toEqual(generalParagraphs(raw));
        expect(cleanParagraphs(raw)).toEqual(generalParagraphs(raw));
      }),
      { numRuns: 20_000 },
    );
  });

  it.each<[string, string[]]>([
    ['Recupero fauna selvatica', ['Recupero fauna selvatica']],
    ['  a   b  ', ['a b']],
    ['<b>CITTÀ</b> <i>DEL</i>\u00a0FUTURO', ['CITTÀ DEL FUTURO']],
    ['Pra<b>to</b>', ['Prato']],
    ['a <b> b', ['a b']],
    ['<p>uno</p> <p>due</p>', ['uno', 'due']],
    ['a<br>b<BR />c<p class="x">d', ['a', 'b', 'c', 'd']],
    ['<b> </b>', []],
    ['', []],
    ['a<!-- nota -->b', ['ab']],
  ])('answers the common cells itself: %j', (raw, expected) => {
    expect(scanParagraphs(raw)).toEqual(expected);
  });

  it.each(['R&amp;D', 'a\u200bb', 'valore < 10', 'testo <span class="x', 'emoji \u{1F600}', 'so\u00adcietà'])(
    'leaves %j to the general rule',
    (raw) => {
      expect(scanParagraphs(raw)).toBeNull();
    },
  );

  it('returns the cell itself, not a copy, when there is nothing to clean', () => {
    const raw = 'Promuovere la qualità dei servizi';
    expect(scanParagraphs(raw)![0]).toBe(raw);
  });
});
