/**
 * The parser's memos: cells cleaned once per distinct text (row-cells.ts) and a row's
 * organisms worked out once per cleaned cell (organism-list.ts). Each must give exactly
 * what the plain rule gives, whatever order the texts come in and however many there are
 * (the memos start over past a limit), and share only what may be shared.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CellCleaner, cleanLine } from '../../../src/lib/dup/row-cells';
import { cleanParagraphs } from '../../../src/lib/dup/text';
import { OrganismLists } from '../../../src/lib/dup/organism-list';
import { splitOrganisms } from '../../../src/lib/dup/organisms';
import { allOrganismsIn } from '../../../src/lib/dup/all-organisms';
import { matchKey } from '../../../src/lib/dup/match-key';
import { identityKey } from '../../../src/lib/dup/identity-key';
import { recognizeHeader } from '../../../src/lib/dup/header';

const fragment = fc.oneof(
  { weight: 5, arbitrary: fc.stringMatching(/^[A-Za-zÀ-ÿ0-9 ,;.'"()]{0,12}$/) },
  { weight: 2, arbitrary: fc.constantFrom('<b>', '</b>', '<p>', '</p>', '<br>', '&amp;', '&lt;p&gt;', '\u00a0', '  ', 'S.p.A.', 'Estra', 'ESTRA', '“x”', '\u200b', '<', 'Tutte le partecipate', 'TUTTI', 'tutti gli organismi', ' e tutte le partecipate') },
);
const raw = fc.array(fragment, { maxLength: 5 }).map((p) => p.join(''));
/** A few texts drawn again and again, as merged cells and organism lists come back. */
const stream = fc.array(raw, { minLength: 1, maxLength: 6 }).chain((pool) =>
  fc.array(fc.tuple(fc.nat({ max: 3 }), fc.constantFrom(...pool)), { maxLength: 60 }));

/** The rule without the memo (the oracle): one name per identity key, the first kept;
 *  the phrases for all organisms apart, also one per key. */
function oldList(paragraphs: readonly string[]): { names: string[]; repeated: string[]; all: string[] } {
  const names: string[] = [];
  const repeated: string[] = [];
  const all: string[] = [];
  const keys = new Set<string>();
  const allKeys = new Set<string>();
  for (let name of splitOrganisms(paragraphs)) {
    const phrases = allOrganismsIn(name);
    for (const phrase of phrases?.phrases ?? []) {
      const key = identityKey(matchKey(phrase));
      if (!allKeys.has(key)) all.push(phrase);
      allKeys.add(key);
    }
    if (phrases && phrases.name === undefined) continue;
    name = phrases?.name ?? name;
    const key = identityKey(matchKey(name));
    if (keys.has(key)) repeated.push(name);
    else {
      keys.add(key);
      names.push(name);
    }
  }
  return { names, repeated, all };
}

describe('CellCleaner', () => {
  it('gives the plain rule\'s paragraphs, one object per distinct text at a memoised position', () => {
    // A position is memoised or not by the column the header puts there (not the actions).
    fc.assert(fc.property(stream, fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }), (cells, memoAt) => {
      const cleaner = new CellCleaner();
      const seen = new Map<string, unknown>();
      for (const [position, text] of cells) {
        const memo = memoAt[position]!;
        const cell = cleaner.cell(position, text, memo);
        expect(cell.paragraphs).toEqual(cleanParagraphs(text));
        const key = `${position}\u0000${text}`;
        if (memo && seen.has(key)) expect(cell).toBe(seen.get(key));
        if (memo) seen.set(key, cell);
      }
    }), { numRuns: 2_000 });
  });

  it('stays right past its memo limit', () => {
    const cleaner = new CellCleaner();
    for (let i = 0; i < 45_000; i++) {
      const text = `<b>Cella ${i % 30_000}</b>`;
      expect(cleaner.cell(0, text, true).paragraphs).toEqual([`Cella ${i % 30_000}`]);
    }
  });

  it('shares a Cell between rows only for the leading columns, which no continuation appends to', () => {
    const header = recognizeHeader(['AMBITO', 'OBIETTIVO STRATEGICO', 'OBIETTIVO OPERATIVO', 'OBIETTIVO GESTIONALE', 'AZIONI', 'ORGANISMI'], 1)!;
    const cleaner = new CellCleaner();
    const row = ['<b>A</b>', 'S', 'O', 'G', 'Fare', 'Estra'];
    const first = cleanLine(row, header, cleaner);
    cleanLine(['A', 'S2', 'O2', 'G2', 'Altro', 'Publies'], header, cleaner);
    const again = cleanLine(row, header, cleaner);
    for (const column of ['area', 'strategic', 'operational'] as const) expect(again.cells[column]).toBe(first.cells[column]);
    for (const column of ['management', 'actions', 'organisms'] as const) {
      expect(again.cells[column]).not.toBe(first.cells[column]);
      expect(again.cells[column]).toEqual(first.cells[column]);
    }
  });
});

describe('OrganismLists', () => {
  it('splits and deduplicates as the rows did, once per paragraphs array', () => {
    const paragraphs = fc.array(raw.map((r) => r.trim()).filter((r) => r !== ''), { maxLength: 3 });
    fc.assert(fc.property(fc.array(paragraphs, { minLength: 1, maxLength: 8 }), fc.array(fc.nat(), { maxLength: 30 }), (pool, picks) => {
      const lists = new OrganismLists();
      for (const pick of picks) {
        const ps = pool[pick % pool.length]!;
        const list = lists.of(ps);
        expect(list).toEqual(oldList(ps));
        expect(lists.of(ps)).toBe(list);
      }
    }), { numRuns: 3_000 });
  });

  it('keeps the first spelling of an organism named twice, and says which were dropped', () => {
    const lists = new OrganismLists();
    expect(lists.of(['Estra S.p.A., Publies; ESTRA spa', 'publies'])).toEqual({ names: ['Estra S.p.A.', 'Publies'], repeated: ['ESTRA spa', 'publies'], all: [] });
    // Spaced differently between letters: the same organism (dup/identity-key.ts).
    expect(lists.of(['Ist. F. Datini, Ist F Datini, Lotto 1.2, Lotto 12'])).toEqual({ names: ['Ist. F. Datini', 'Lotto 1.2', 'Lotto 12'], repeated: ['Ist F Datini'], all: [] });
    // A phrase for all organisms is no organism, named once however it is spelled.
    expect(lists.of(['Estra, tutte le partecipate; TUTTE LE PARTECIPATE, Estra'])).toEqual({ names: ['Estra'], repeated: ['Estra'], all: ['tutte le partecipate'] });
    const many = Array.from({ length: 40 }, (_, i) => `Ente ${i % 20}`).join(', ');
    expect(lists.of([many]).names).toHaveLength(20);
    expect(lists.of([many]).repeated).toHaveLength(20);
  });
});
