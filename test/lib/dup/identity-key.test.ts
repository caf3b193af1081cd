import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { matchKey } from '../../../src/lib/dup/match-key';
import { identityHash, identityKey, sameIdentity } from '../../../src/lib/dup/identity-key';

const same = (a: string, b: string) => sameIdentity(matchKey(a), matchKey(b));

describe('identity key: spaces between letters do not count', () => {
  it.each<[string, string[]]>([
    ['initials spaced every way', ['Ist. F. Datini', 'Ist F Datini', 'Ist.F.Datini', 'IST. F.DATINI', 'Ist.  F  Datini']],
    ['a word split or joined by a line break', ['Pratoverde', 'Prato verde', 'PRATO VERDE']],
    ['a spaced acronym', ['E P P', 'EPP', 'E.P.P.']],
    ['digits next to letters', ['Linea 2a', 'Linea 2 a', 'Linea2a']],
    ['non-Latin words', ['Δήμος Πράτο', 'δήμοςπράτο']],
  ])('%s: one identity', (_name, spellings) => {
    for (const a of spellings) {
      for (const b of spellings) {
        expect(same(a, b), `${a} / ${b}`).toBe(true);
        expect(identityHash(matchKey(a))).toBe(identityHash(matchKey(b)));
      }
    }
  });

  it.each<[string, string]>([
    ['Obiettivo 1.2', 'Obiettivo 12'],
    ['Linea 2.10', 'Linea 21.0'],
    ['Riduzione del 1 5%', 'Riduzione del 15%'],
    ['Lotto ٣ ٤', 'Lotto ٣٤'],
    ['Fondazione Museo del Tessuto', 'Fondazione Museo del Tessile'],
    ['Museo', 'Museo del Tessuto'],
    ['Museo del Tessuto', 'Museo del'],
  ])('keeps %j and %j apart', (a, b) => {
    expect(same(a, b)).toBe(false);
    expect(same(b, a)).toBe(false);
  });

  it('gives the space-free form it compares by', () => {
    expect(identityKey(matchKey('Ist. F. Datini'))).toBe('istfdatini');
    expect(identityKey(matchKey('Obiettivo 1.2 bis'))).toBe('obiettivo1 2bis');
    expect(identityKey('')).toBe('');
  });

  it('agrees with its hash and its space-free form on any text', () => {
    const words = fc.constantFrom('a', 'b', 'ab', '1', '2', '12', 'à', 'f.', ' ', '  ', '.', '1.2', 'Δ', '٣');
    const text = fc.array(words, { maxLength: 8 }).map((w) => w.join(''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const ka = matchKey(a);
        const kb = matchKey(b);
        const s = sameIdentity(ka, kb);
        expect(s).toBe(identityKey(ka) === identityKey(kb));
        expect(s).toBe(sameIdentity(kb, ka));
        if (s) expect(identityHash(ka)).toBe(identityHash(kb));
      }),
      { numRuns: 2000 },
    );
  });
});
