import { describe, expect, it } from 'vitest';
import { columnOf, recognizeHeader } from '../../../src/lib/dup/header';

describe('columnOf', () => {
  it.each<[string, ReturnType<typeof columnOf>]>([
    ['AMBITO STRATEGICO', 'area'], ['Ambiti strategici', 'area'], ['Ambito', 'area'], ['ambito  strategico', 'area'],
    ['<b>AMBITO STRATEGICO</b>', 'area'], ['Area strategica', 'area'],
    ['OBIETTIVO STRATEGICO', 'strategic'], ['Obiettivi strategici', 'strategic'], ['Indirizzi strategici', 'strategic'],
    ['OBIETTIVI OPERATIVI', 'operational'], ['Obiettivo operativo', 'operational'],
    ['OBIETTIVI GESTIONALI', 'management'], ['Obiettivo gestionale', 'management'], ['Obiettivi di gestione', 'management'],
    ['AZIONI', 'actions'], ['Azione', 'actions'], ['Attività', 'actions'], ['ATTIVITA\'', 'actions'], ['Azioni/Attività', 'actions'],
    ['ORGANISMI PARTECIPATI ASSEGNATARI', 'organisms'], ['Organismo partecipato assegnatario', 'organisms'],
    ['Partecipate coinvolte', 'organisms'], ['Società partecipate', 'organisms'], ['Enti/Organismi coinvolti', 'organisms'],
    ['Soggetti attuatori', 'organisms'], ['Enti coinvolti', 'organisms'],
    // Numbered, lettered and abbreviated names, as a dense or another comune's table prints them.
    ['1. Ambito strategico', 'area'], ['(2) Obiettivo strategico', 'strategic'], ['A. Ambito strategico', 'area'],
    ['B) Obiettivi strategici', 'strategic'], ['c. Obiettivo operativo', 'operational'], ['F. Organismi partecipati', 'organisms'],
    ['Ob. strategico', 'strategic'], ['OB. OPERATIVO', 'operational'], ['Ob. gestionale', 'management'], ['Obb. gestionali', 'management'],
    ['Obiett. strat.', 'strategic'], ['Ob. oper.', 'operational'], ['Obiett. gest.', 'management'],
    ['Indicatore', null], ['Centro di responsabilità', null], ['Obiettivo', null], ['Ob.', null], ['A.', null], ['', null],
    ['F. Datini', null],
    ['Recupero fauna selvatica', null], ['x'.repeat(200), null],
  ])('%j → %s', (name, column) => {
    expect(columnOf(name)).toBe(column);
  });
});

describe('recognizeHeader', () => {
  it('maps the seed header by name', () => {
    const h = recognizeHeader('AMBITO STRATEGICO\tOBIETTIVO STRATEGICO\tOBIETTIVI OPERATIVI\tOBIETTIVI GESTIONALI\tAZIONI\tORGANISMI PARTECIPATI ASSEGNATARI'.split('\t'), 13);
    expect(h).toMatchObject({ line: 13, width: 6, columns: ['area', 'strategic', 'operational', 'management', 'actions', 'organisms'], missing: [] });
  });

  it('reads an accented or entity-spelled ambito (Àmbito, &Agrave;mbito)', () => {
    for (const area of ['ÀMBITO STRATEGICO', 'Àmbiti strategici', '&Agrave;mbito', '&agrave;mbito strategico']) {
      const h = recognizeHeader([area, 'Obiettivo strategico', 'Obiettivo operativo', 'Obiettivo gestionale', 'Azioni', 'Organismi'], 1, undefined, true);
      expect(h?.columns[0], area).toBe('area');
    }
  });

  it('maps columns in another order, singular, other wording, with extra columns', () => {
    const h = recognizeHeader(['Partecipate coinvolte', 'Indicatore', 'Azione', 'Obiettivo gestionale', 'Ambito', 'Obiettivo operativo', 'Obiettivo strategico', 'Centro di responsabilità'], 1)!;
    expect(h.columns).toEqual(['organisms', null, 'actions', 'management', 'area', 'operational', 'strategic', null]);
    expect(h.extras).toEqual([null, 'Indicatore', null, null, null, null, null, 'Centro di responsabilità']);
  });

  it.each([
    ['lettered', ['A. Ambito strategico', 'B. Obiettivo strategico', 'C. Obiettivi operativi', 'D. Obiettivi gestionali', 'E. Azioni', 'F. Organismi partecipati']],
    ['abbreviated', ['Ambito strategico', 'Ob. strategico', 'Ob. operativo', 'Ob. gestionale', 'Azioni', 'Partecipate']],
    ['abbreviated further', ['Ambito', 'Obiett. strat.', 'Obiett. oper.', 'Obiett. gest.', 'Attività', 'Società partecipate']],
  ])('reads a header whose names are %s', (_name, cells) => {
    expect(recognizeHeader(cells, 1)).toMatchObject({ columns: ['area', 'strategic', 'operational', 'management', 'actions', 'organisms'], missing: [] });
  });

  it('needs an area, an objective and the organisms', () => {
    expect(recognizeHeader(['Ambito', 'Obiettivo strategico', 'Azioni'], 1)).toBeNull();
    expect(recognizeHeader(['Obiettivo strategico', 'Azioni', 'Organismi'], 1)).toBeNull();
    expect(recognizeHeader(['Ambito', 'Azioni', 'Organismi'], 1)).toBeNull();
    expect(recognizeHeader(['Ambito', 'Obiettivo operativo', 'Organismi'], 1)).toMatchObject({ missing: ['strategic', 'management', 'actions'] });
  });

  it('is not fooled by a data row that mentions the words', () => {
    const row = ["CITTÀ DEL FUTURO: l'ambito", 'Obiettivo di qualità', 'Organismi e partecipate del territorio', 'x', 'y', 'z'];
    expect(recognizeHeader(row, 1)).toBeNull();
  });

  it('drops trailing empty cells, names empty ones, keeps a duplicate as extra', () => {
    const h = recognizeHeader(['Ambito', '', 'Obiettivo strategico', 'Organismi', 'Ambito strategico', 'Note', 'Note', '', ''], 1)!;
    expect(h.width).toBe(7);
    expect(h.unnamed).toEqual([1]);
    expect(h.duplicated).toEqual(['area']);
    expect(h.extras).toEqual([null, '#2', null, null, 'Ambito strategico', 'Note', 'Note (2)']);
  });

  it('sees through invisible characters and entities in the names', () => {
    const h = recognizeHeader(['AM\u00adBITO', 'OBIETTIVO&nbsp;STRATEGICO', 'ORGANISMI\u200b PARTECIPATI'], 1);
    expect(h?.columns).toEqual(['area', 'strategic', 'organisms']);
  });
});
