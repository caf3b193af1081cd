import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/lib/dup/parse';
import { SEED_HEADER as H, codes, doc } from './helpers';

const TOP = ['AMBITO', 'OBIETTIVO', 'OBIETTIVI', 'OBIETTIVI', 'AZIONI', 'ORGANISMI PARTECIPATI'];
const BOTTOM = ['STRATEGICO', 'STRATEGICO', 'OPERATIVI', 'GESTIONALI', '', 'ASSEGNATARI'];
const ROW = ['A', 'S', 'O', 'G', 'az', 'Estra'];
const ALL = ['area', 'strategic', 'operational', 'management', 'actions', 'organisms'];

describe('a header written on two lines', () => {
  it.each<[string, Array<string | string[]>]>([
    ['names split cell by cell', [TOP, BOTTOM, ROW]],
    ['the second line without trailing cells', [TOP, ['STRATEGICO', 'STRATEGICO', 'OPERATIVI', 'GESTIONALI'], ROW]],
    ['a short name on the second line', [['AMBITO', 'OBIETTIVO', 'OBIETTIVI', 'OBIETTIVI', '', 'ORGANISMI'], ['STRATEGICO', 'STRATEGICO', 'OPERATIVI', 'GESTIONALI', 'AZIONI', 'PARTECIPATI'], ROW]],
    ['the first line a header missing columns', [['AMBITO', 'OBIETTIVO STRATEGICO', 'OBIETTIVI', 'OBIETTIVI', 'AZIONI', 'ORGANISMI'], ['STRATEGICO', '', 'OPERATIVI', 'GESTIONALI', '', 'PARTECIPATI'], ROW]],
    ['markup in the cells', [TOP.map((c) => `<b>${c}</b>`), BOTTOM.map((c) => (c ? `<b>${c}</b>` : c)), ROW]],
  ])('%s: read from both lines', (_name, lines) => {
    const d = parseDocument(doc(lines), 'x');
    expect(d.lineKinds).toEqual(['header', 'header', 'row']);
    expect(Object.values(d.rows[0]!.cells).map((c) => c.paragraphs.join())).toEqual(ROW);
    expect(codes(d)).toEqual(['1:header-two-lines']);
  });

  it('repeated on every page, the continuation after it still continues the row', () => {
    const d = parseDocument(doc([TOP, BOTTOM, ROW, '', 'pag. 1', TOP, BOTTOM, ['', '', '', '', 'segue', ''], ['A', 'S', 'O', 'G2', 'az2', 'Estra'], TOP, BOTTOM.map((c) => (c ? `<b>${c}</b>` : c)), ['', '', '', '', '<p>nuova</p>', '']]), 'x');
    expect(d.lineKinds).toEqual(['header', 'header', 'row', 'blank', 'title', 'header', 'header', 'continuation', 'row', 'header', 'header', 'continuation']);
    expect(d.rows.map((r) => r.actions)).toEqual([['az segue'], ['az2', 'nuova']]);
    expect(codes(d, 'error')).toEqual([]);
  });

  it.each<[string, Array<string | string[]>, string[]]>([
    // A whole header on the second line: the first is a line of cells before it.
    ['a header after a line of cells', [['Ambito', 'Obiettivo', 'Organismi'], H, ROW], ['title', 'header', 'row']],
    // The header in force and a data row: no merging, whatever the row says.
    ['a data row of short cells under the header', [H, ['Ambito', 'Obiettivo', 'O', 'G', 'az', 'Organismi'], ROW], ['header', 'row', 'row']],
  ])('%s is not a two-line header', (_name, lines, expected) => {
    const d = parseDocument(doc(lines), 'x');
    expect(d.lineKinds).toEqual(expected);
    expect(codes(d, 'info')).not.toContain('1:header-two-lines');
  });

  it('a header missing columns that the next line does not complete stays an error', () => {
    const d = parseDocument(doc([['Ambito', 'Obiettivo strategico', 'Organismi'], ['A', 'S', 'Estra']]), 'x');
    expect(d.lineKinds).toEqual(['header', 'row']);
    expect(codes(d, 'error')).toEqual(['1:missing-column']);
  });

  it('maps every column of the joined header', () => {
    const d = parseDocument(doc([['Organismi', 'Azioni', 'Obiettivi', 'Obiettivi', 'Obiettivo', 'Ambito'], ['partecipati', '', 'gestionali', 'operativi', 'strategico', 'strategico'], ['Estra', 'az', 'G', 'O', 'S', 'A']]), 'x');
    expect(Object.keys(d.rows[0]!.cells)).toEqual(ALL);
    expect(d.rows[0]!.cells.area.paragraphs).toEqual(['A']);
    expect(d.rows[0]!.organisms).toEqual(['Estra']);
  });
});
