import { describe, expect, it } from 'vitest';
import { startsWithListMarker, stripListMarker } from '../../../src/lib/dup/list-marker';
import { parseDocument } from '../../../src/lib/dup/parse';
import { SEED_HEADER as H, doc } from './helpers';

describe('stripListMarker', () => {
  it.each<[string, string]>([
    ['• Prima azione', 'Prima azione'], ['•Prima azione', 'Prima azione'], ['▪ Prima', 'Prima'], ['◦ Prima', 'Prima'],
    ['- Prima', 'Prima'], ['– Prima', 'Prima'], ['— Prima', 'Prima'], ['* Prima', 'Prima'], ['✓ Prima', 'Prima'],
    ['1. Prima', 'Prima'], ['12) Prima', 'Prima'], ['(3) Prima', 'Prima'], ['a) Prima', 'Prima'], ['B) Prima', 'Prima'], ['iv) Prima', 'Prima'],
    // Not markers: names, numbers, words.
    ['S. Giusto: restauro', 'S. Giusto: restauro'], ['A. Rossi', 'A. Rossi'], ['1.000 alberi', '1.000 alberi'], ['-20% di consumi', '-20% di consumi'],
    ['2022: avvio', '2022: avvio'], ['Prima azione', 'Prima azione'], ['e-mail ai cittadini', 'e-mail ai cittadini'], ['•', '•'], ['1.', '1.'],
  ])('%j → %j', (text, expected) => {
    expect(stripListMarker(text)).toBe(expected);
    expect(startsWithListMarker(text)).toBe(text !== expected);
  });
});

describe('list markers in the AZIONI cell', () => {
  const actions = (cell: string) => parseDocument(doc([H, ['A', 'S', 'O', 'G', cell, 'Estra']]), 'x').rows[0]!.actions;
  it.each<[string, string, string[]]>([
    ['bullets on paragraphs', '<p>• Prima azione</p><p>• Seconda azione</p>', ['Prima azione', 'Seconda azione']],
    ['bullets on lines', '- Prima azione<br>- Seconda azione', ['Prima azione', 'Seconda azione']],
    ['numbers', '<p>1. Prima azione</p><p>2. Seconda azione</p>', ['Prima azione', 'Seconda azione']],
    ['letters', '<p>a) Prima azione</p><p>b) Seconda azione</p>', ['Prima azione', 'Seconda azione']],
    ['a list item that also has a bullet', '<ul><li>• Prima azione</li></ul>', ['Prima azione']],
    ['a bullet and a placeholder', '<p>• Prima azione</p><p>• —</p>', ['Prima azione']],
    ['no marker: the cell itself', 'Prima azione', ['Prima azione']],
  ])('%s', (_name, cell, expected) => {
    expect(actions(cell)).toEqual(expected);
  });

  it('keeps the marker in the cell text (the raw document), not in the action', () => {
    const d = parseDocument(doc([H, ['A', 'S', 'O', 'G', '• Prima azione', 'Estra']]), 'x');
    expect(d.rows[0]!.cells.actions.paragraphs).toEqual(['• Prima azione']);
  });

  it.each<[string, string, string[], string[]]>([
    ['a bullet: a new action', '• seconda azione', ['prima azione', 'seconda azione'], ['Estra']],
    ['a number: a new action', '2. seconda azione', ['prima azione', 'seconda azione'], ['Estra']],
    ['no marker: the last action goes on', 'e seconda', ['prima azione e seconda'], ['Estra']],
  ])('a continuation that opens with %s', (_name, fragment, expectedActions, expectedOrganisms) => {
    const d = parseDocument(doc([H, ['A', 'S', 'O', 'G', '• prima azione', 'Estra'], H, ['', '', '', '', fragment, '']]), 'x');
    expect(d.rows[0]!.actions).toEqual(expectedActions);
    expect(d.rows[0]!.organisms).toEqual(expectedOrganisms);
  });

  it('a continuation of the organisms cell that opens with a bullet is a new name', () => {
    const d = parseDocument(doc([H, ['A', 'S', 'O', 'G', 'az', '• Consiag srl'], H, ['', '', '', '', '', '• Estra spa']]), 'x');
    expect(d.rows[0]!.organisms).toEqual(['Consiag srl', 'Estra spa']);
    expect(d.rows[0]!.namesAcrossBreaks).toBeUndefined();
  });
});
