/** An organisms cell that names all organisms, or a group, rather than any one ("tutte le partecipate"). */
import { describe, expect, it } from 'vitest';
import { allOrganismsIn, isAllOrganisms } from '../../../src/lib/dup/all-organisms';
import { parseDocument } from '../../../src/lib/dup/parse';
import { SEED_HEADER as H, codes, doc } from './helpers';

describe('isAllOrganisms', () => {
  it.each<[string, boolean]>([
    // The phrases, however written.
    ['tutti gli organismi', true],
    ['Tutte le partecipate', true],
    ['tutti gli organismi partecipati', true],
    ['tutte le società partecipate', true],
    ['Tutti', true],
    ['TUTTE', true],
    ['TUTTI GLI ORGANISMI PARTECIPATI', true],
    ["TUTTE LE SOCIETA' PARTECIPATE", true],
    ['Tutte le Societa controllate', true],
    ['tutti gli enti', true],
    ['Tutti gli enti partecipati', true],
    ['tutti i partecipati', true],
    ['tutte le altre partecipate', true],
    ['Tutte le altre società', true],
    ["tutti gl'organismi", true],
    ['tutti gl’organismi partecipati', true],
    ['Tutti  gli   organismi', true],
    ['Tuttele partecipate', true],
    ['tutte le par tecipate', true],
    ['tutte le partecipate.', true],
    ['tutte le società partecipate dal Comune di Prato', true],
    ['tutti gli organismi partecipati del Comune', true],
    ['tutte le società collegate', true],
    // Two groups joined with "e"; an accent slipped onto the u.
    ['tutti gli enti e le società partecipate', true],
    ['Tutti gli enti e società partecipate dal Comune di Prato', true],
    ['tutti gli organismi ed enti partecipati', true],
    ['Tùtte le partecipate', true],
    ['TÙTTI', true],
    ['tútti gli organismi', true],
    // Quoted or bracketed whole, or with a remark in parentheses after it.
    ['"Tutte le partecipate"', true],
    ['“tutti gli organismi”', true],
    ['«Tutte le partecipate»', true],
    ["'tutte le partecipate'", true],
    ['(tutte le partecipate)', true],
    ['[tutti]', true],
    ['tutte le partecipate (escluse le fondazioni)', true],
    ['Tutti gli organismi (ove competenti)', true],
    // Names, not the phrase: only the whole name is.
    ['Tutti in scena srl', false],
    ['Tutti in scena (srl)', false],
    ['TUTTI INSIEME ONLUS', false],
    ['Tuttifrutti', false],
    ['Tutto', false],
    ['Tuttocittà spa', false],
    ['Tutt', false],
    ['tutte le', false],
    ['tutti gli', false],
    ['tutte le attività', false],
    ['tutte le partecipate tranne Estra', false],
    ['tutte le partecipate e Consiag', false],
    ['tutti gli enti e le attività', false],
    ['tutte le partecipate e le', false],
    ['Tùttocittà spa', false],
    ['Fondazione Tutti', false],
    ['Consiag (tutte le partecipate)', false],
    ['Estra', false],
    ['', false],
    ['—', false],
    ['tutti ' + 'gli '.repeat(50) + 'organismi', false],
  ])('%j → %s', (name, expected) => {
    expect(isAllOrganisms(name)).toBe(expected);
  });
});

describe('allOrganismsIn', () => {
  it.each<[string, ReturnType<typeof allOrganismsIn>]>([
    ['Consiag', undefined],
    ['Tutti in scena srl', undefined],
    ['Tutte le partecipate', { name: undefined, phrases: ['Tutte le partecipate'] }],
    // Joined to a name with e / ed / slash instead of a comma.
    ['Consiag e tutte le altre partecipate', { name: 'Consiag', phrases: ['tutte le altre partecipate'] }],
    ['Estra S.p.A. ed tutti gli enti', { name: 'Estra S.p.A.', phrases: ['tutti gli enti'] }],
    ['Estra / Tutte le società', { name: 'Estra', phrases: ['Tutte le società'] }],
    ['Estra/tutte le partecipate (escluse le fondazioni)', { name: 'Estra', phrases: ['tutte le partecipate (escluse le fondazioni)'] }],
    ['Estra e "tutte le altre partecipate"', { name: 'Estra', phrases: ['"tutte le altre partecipate"'] }],
    ['tutti gli enti e tutte le società', { name: undefined, phrases: ['tutti gli enti', 'tutte le società'] }],
    ['Estra e tùtte le partecipate', { name: 'Estra', phrases: ['tùtte le partecipate'] }],
    ['Tùtti in scena srl', undefined],
    // A bare "e tutti" may end a name; a name before it must be there.
    ['Amici di tutti e tutti', undefined],
    ['Uno per tutti e tutte', undefined],
    ['Museo e tutte le attività', undefined],
    ['Tutti in scena e tutte le partecipate', { name: 'Tutti in scena', phrases: ['tutte le partecipate'] }],
  ])('%j', (name, expected) => {
    expect(allOrganismsIn(name)).toEqual(expected);
  });
});

describe('a phrase for all organisms in the organisms cell', () => {
  const parse = (...cells: string[]) =>
    parseDocument(doc([H, ...cells.map((organisms, i) => ['A', 'S', 'O', `G${i}`, 'az', organisms])]), 'dup.txt');

  it.each<[string, string, string[], string[]]>([
    ['the phrase alone', 'tutti gli organismi', [], ['tutti gli organismi']],
    ['capitals and an accent as an apostrophe', "TUTTE LE SOCIETA' PARTECIPATE", [], ["TUTTE LE SOCIETA' PARTECIPATE"]],
    ['in quotes', '"Tutte le partecipate"', [], ['"Tutte le partecipate"']],
    ['in parentheses', '(tutte le partecipate)', [], ['(tutte le partecipate)']],
    ['as a list item', '• Tutti', [], ['Tutti']],
    ['in markup', '<b>Tutte le partecipate</b>', [], ['Tutte le partecipate']],
    ['beside names', 'Consiag, tutte le altre partecipate', ['Consiag'], ['tutte le altre partecipate']],
    ['between names, in paragraphs', '<p>Estra</p><p>Tutte le partecipate</p><p>Consiag</p>', ['Estra', 'Consiag'], ['Tutte le partecipate']],
    ['joined to a name with "e"', 'Consiag e tutte le altre partecipate; Estra', ['Consiag', 'Estra'], ['tutte le altre partecipate']],
    ['twice, spelled two ways', 'tutte le partecipate, Estra; Tutte le Partecipate', ['Estra'], ['tutte le partecipate']],
    ['a real name starting with "Tutti"', 'Tutti in scena srl, Estra', ['Tutti in scena srl', 'Estra'], []],
    ['inside a name\'s parentheses', 'Consiag (tutte le partecipate)', ['Consiag (tutte le partecipate)'], []],
    ['inside a name\'s quotes', 'Associazione "Tutti in scena, tutte le partecipate"', ['Associazione "Tutti in scena, tutte le partecipate"'], []],
  ])('%s', (_name, cell, organisms, phrases) => {
    const d = parse(cell);
    expect(d.rows).toHaveLength(1);
    expect(d.rows[0]!.organisms).toEqual(organisms);
    expect(d.rows[0]!.actions).toEqual(['az']);
    const all = d.diagnostics.filter((x) => x.code === 'organisms-all');
    expect(all.map((x) => `${x.file}:${x.line}:${x.level}`)).toEqual(phrases.length > 0 ? ['dup.txt:2:warning'] : []);
    for (const phrase of phrases) expect(all[0]!.message).toContain(`"${phrase}"`);
  });

  it('a row with only the phrase gets that warning, not no-organisms as well', () => {
    const d = parse('Tutte le partecipate', 'n.d.', 'Estra, tutti gli enti');
    expect(codes(d, 'warning')).toEqual(['2:organisms-all', '3:no-organisms', '4:organisms-all']);
    const [alone, mixed] = d.diagnostics.filter((x) => x.code === 'organisms-all').map((x) => x.message);
    expect(alone).toBe('the organisms cell says "Tutte le partecipate", which names all organisms (or a group) rather than any one:'
      + ' no organism is made of it, and the row\'s actions are assigned to no organism');
    expect(mixed).toBe('the organisms cell says "tutti gli enti", which names all organisms (or a group) rather than any one:'
      + ' no organism is made of it, and the row\'s actions are assigned only to the organism named');
  });

  it('warns once per row, on every row that says it', () => {
    const d = parse('Tutte le partecipate', 'Tutte le partecipate', 'tutti, Estra, Consiag');
    expect(codes(d, 'warning')).toEqual(['2:organisms-all', '3:organisms-all', '4:organisms-all']);
    expect(d.diagnostics[2]!.message).toContain('only to the 2 organisms named');
  });

  describe('across a page break', () => {
    const across = (before: string, after: string) =>
      parseDocument(doc([H, ['A', 'S', 'O', 'G', 'az', before], 'pag. 2', H, ['', '', '', '', '', after]]), 'dup.txt');

    it('warns at the continuation that brings the phrase', () => {
      const d = across('Estra', '<p>tutte le altre partecipate</p>');
      expect(d.rows[0]!.organisms).toEqual(['Estra']);
      expect(codes(d, 'warning')).toEqual(['5:organisms-all']);
    });

    it('reads a phrase the break cut in two', () => {
      const d = across('Estra, tutte le', 'partecipate');
      expect(d.rows[0]!.organisms).toEqual(['Estra']);
      expect(codes(d, 'warning')).toEqual(['5:organisms-all']);
    });

    it('an empty cell the continuation fills with the phrase gets that warning, not no-organisms as well', () => {
      const d = across('', 'tutte le partecipate');
      expect(d.rows[0]!.organisms).toEqual([]);
      expect(codes(d, 'warning')).toEqual(['5:organisms-all']);
    });

    it('does not warn again for a phrase the row already had', () => {
      const d = across('Tutte le partecipate, Estra', '<p>Consiag</p>');
      expect(d.rows[0]!.organisms).toEqual(['Estra', 'Consiag']);
      expect(codes(d, 'warning')).toEqual(['2:organisms-all']);
    });
  });
});
