import { describe, expect, it } from 'vitest';
import { isPlaceholder } from '../../../src/lib/dup/placeholder';
import { parseDocument } from '../../../src/lib/dup/parse';
import { SEED_HEADER as H, codes, doc } from './helpers';

describe('isPlaceholder', () => {
  it.each<[string, boolean]>([
    ['—', true], ['-', true], ['–', true], ['/', true], ['...', true], ['*', true], ['- -', true],
    ['n.d.', true], ['N.D.', true], ['n. d.', true], ['N/D', true], ['nd', true], ['n.a.', true], ['N/A', true],
    ['nessuno', true], ['Nessuna', true], ['non previsto', true],
    ['Estra', false], ['NdR Servizi', false], ['N.A.S.', false], ['1', false], ['Consiag srl', false],
    ['tutti gli organismi', false], ['Città', false], ['—'.repeat(30), false],
  ])('%j → %s', (text, expected) => {
    expect(isPlaceholder(text)).toBe(expected);
  });
});

describe('placeholders in the list cells name nothing', () => {
  const row = (actions: string, organisms: string) => parseDocument(doc([H, ['A', 'S', 'O', 'G', actions, organisms]]), 'x');
  it.each<[string, string, string, string[], string[]]>([
    ['a dash for the organisms', 'az', '—', ['az'], []],
    ['"n.d." for the organisms', 'az', 'n.d.', ['az'], []],
    ['"N/A" for the organisms', 'az', 'N/A', ['az'], []],
    ['a slash for the organisms', 'az', '/', ['az'], []],
    ['a placeholder among names', 'az', 'Estra, n.d.; Consiag srl', ['az'], ['Estra', 'Consiag srl']],
    ['a dash for the actions', '—', 'Estra', [], ['Estra']],
    ['"n.d." for the actions', 'n.d.', 'Estra', [], ['Estra']],
    ['a placeholder paragraph among actions', '<p>uno</p><p>-</p><p>due</p>', 'Estra', ['uno', 'due'], ['Estra']],
  ])('%s', (_name, actions, organisms, expectedActions, expectedOrganisms) => {
    const d = row(actions, organisms);
    expect(d.rows[0]!.actions).toEqual(expectedActions);
    expect(d.rows[0]!.organisms).toEqual(expectedOrganisms);
  });

  it('warns as for an empty cell, quoting the placeholder', () => {
    const d = row('—', 'n.d.');
    expect(codes(d, 'warning')).toEqual(['2:no-actions', '2:no-organisms']);
    expect(d.diagnostics.map((x) => x.message).join('\n')).toContain('"n.d."');
  });

  it('keeps a dash in the other cells as written', () => {
    const d = parseDocument(doc([H, ['A', 'S', '—', 'G', 'az', 'Estra']]), 'x');
    expect(d.rows[0]!.cells.operational.paragraphs).toEqual(['—']);
  });
});
