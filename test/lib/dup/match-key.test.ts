import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { matchKey, slug, MAX_SLUG_LENGTH } from '../../../src/lib/dup/match-key';

describe('matchKey: spellings of one entity give one key', () => {
  it.each<[string, string[]]>([
    ['accents as apostrophes', ["CITTA' DEL FUTURO", 'CITTÀ DEL FUTURO', 'Città del futuro', 'citta del  futuro']],
    ['perché', ["PERCHE'", 'PERCHÉ', 'perché', 'Perche’']],
    ['typographic apostrophes', ["dell'economia", 'dell’economia', 'dell‘economia', 'dell` economia']],
    ['quotes', ['Istituto "F. Datini"', 'Istituto “F. Datini”', 'Istituto «F.Datini»', "Istituto 'F.Datini'"]],
    ['S.p.A.', ['Consiag S.p.A.', 'Consiag spa', 'CONSIAG SPA', 'Consiag S.P.A', 'Consiag S. p. A.']],
    ['S.p.A. before a word', ['Alfa S.p.A. Onlus', 'Alfa spa onlus', 'Alfa S. p. A. Onlus']],
    ['So.Ri.', ['So.Ri.', 'So.Ri', 'SORI', 'sori', 'SO.RI.']],
    ['S.c.r.l. and a dash', ['Pin S.c.r.l. – Polo', 'Pin scrl - Polo', 'PIN S.C.R.L.—Polo', 'Pin Scrl Polo']],
    ['white space and NBSP', ['Fondazione  Museo\u00a0del\tTessuto', ' Fondazione Museo del Tessuto ']],
    ['punctuation', ['Verde pubblico: Miglioramento', 'Verde pubblico - Miglioramento', 'Verde pubblico, miglioramento']],
    ['decomposed accents', ['citta\u0300', 'città']],
    ['ligatures and full width', ['ﬁnanza ＡＢＣ', 'finanza abc']],
    ['a dotted acronym and a legal form', ['E.P.P. S.p.A.', 'EPP S.p.A.', 'EPP spa', 'E.P.P. spa']],
    ['another', ['A.S.M. S.p.A.', 'ASM S.p.A.', 'Asm spa']],
    ['a half-spaced legal form', ['Consiag s.p. a.', 'Consiag spa']],
  ])('%s', (_name, spellings) => {
    const keys = new Set(spellings.map(matchKey));
    expect([...keys]).toHaveLength(1);
  });

  it.each<[string, string]>([
    ["CITTA' DEL FUTURO", 'citta del futuro'],
    ['Consiag Servizi Comuni srl', 'consiag servizi comuni srl'],
    ['Straße', 'strasse'],
    ['', ''],
    ['...!!!', ''],
  ])('%j → %j', (text, key) => {
    expect(matchKey(text)).toBe(key);
  });

  it.each<[string, string]>([
    ['Fondazione Museo del Tessuto', 'Fondazione Museo del Tessile'],
    ['Prato.Il comune', 'Pratoil comune'],
    ['Consiag', 'Consiag Servizi'],
    // A dot between digits is a decimal or a number's part, not an abbreviation's.
    ['Obiettivo 1.2', 'Obiettivo 12'],
    ['Riduzione dell’1.5%', 'Riduzione dell’15%'],
    ['Linea 2.10', 'Linea 21.0'],
  ])('keeps %j and %j apart', (a, b) => {
    expect(matchKey(a)).not.toBe(matchKey(b));
  });

  it('is idempotent, lowercase and single-spaced on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        const key = matchKey(text);
        expect(matchKey(key)).toBe(key);
        expect(key).toBe(key.trim());
        expect(key).not.toMatch(/\s\s/);
        expect(key).toBe(key.toLowerCase());
      }),
      { numRuns: 300 },
    );
  });
});

describe('slug', () => {
  it.each<[string, string]>([
    ['consiag servizi comuni srl', 'consiag-servizi-comuni-srl'],
    ['citta del futuro', 'citta-del-futuro'],
    ['', ''],
  ])('%j → %j', (key, expected) => {
    expect(slug(key)).toBe(expected);
  });

  it('bounds long keys and keeps them apart with a hash', () => {
    const a = matchKey('Sviluppare nuove figure professionali '.repeat(5) + 'A');
    const b = matchKey('Sviluppare nuove figure professionali '.repeat(5) + 'B');
    expect(slug(a).length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug(a)).toMatch(/^sviluppare-nuove-figure-[a-z0-9-]*--[0-9a-f]{10}$/);
    expect(slug(a)).not.toBe(slug(b));
    expect(slug(a)).toBe(slug(a));
  });

  it('gives non-ASCII keys a hash, so they do not collide', () => {
    expect(slug('東京')).not.toBe(slug('大阪'));
    expect(slug('東京')).toMatch(/^x--[0-9a-f]{10}$/);
  });

  it('is injective, ASCII and bounded over generated keys', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.string({ maxLength: 120 }), (x, y) => {
        const [a, b] = [matchKey(x), matchKey(y)];
        const [sa, sb] = [slug(a), slug(b)];
        expect(sa).toMatch(/^[a-z0-9-]*$/);
        expect(sa.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
        if (a !== b) expect(sa).not.toBe(sb);
      }),
      { numRuns: 300 },
    );
  });
});
