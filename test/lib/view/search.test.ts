import { describe, expect, it } from 'vitest';
import { SearchIndex, normalizeText, oneSlipAway } from '../../../src/lib/view/search';
import type { PayloadNode } from '../../../src/lib/types';
import { fixturePayloads, mini } from './payloads';

const node = (id: string, kind: PayloadNode['kind'], label: string, extra: Partial<PayloadNode> = {}): PayloadNode => ({
  id,
  kind,
  label,
  text: label,
  sources: [],
  metrics: { degree: 0, betweenness: 0, closeness: 0, pagerank: 0 },
  areas: [],
  ...extra,
});

describe('normalizeText', () => {
  it('ignores case, accents and punctuation', () => {
    expect(normalizeText('CITTÀ  del FUTURO!')).toBe('citta del futuro');
    expect(normalizeText("Dall'alto – «così»")).toBe('dall alto cosi');
  });
});

describe('SearchIndex', () => {
  const index = new SearchIndex([
    node('a', 'action', 'Piano del verde urbano'),
    node('b', 'management_objective', 'Verde pubblico: decoro'),
    node('c', 'organism', 'Verde'),
    node('d', 'operational_objective', 'Riverdecorare gli spazi'),
    node('e', 'organism', 'Edilizia Pubblica Pratese S.p.A.', { organism: { canonical: 'Edilizia Pubblica Pratese S.p.A.', short: 'EPP', registered: true } }),
    node('f', 'action', 'Una città più verde', { text: 'Una città più verde\nCon nuovi alberi in centro' }),
  ]);

  it('ranks exact, then prefix, then word, then substring matches', () => {
    expect(index.search('verde').map((h) => [h.id, h.quality])).toEqual([
      ['c', 'exact'],
      ['b', 'prefix'],
      ['f', 'word'],
      ['a', 'word'],
      ['d', 'substring'],
    ]);
  });

  it('finds words in other texts (full text, acronyms) after label hits', () => {
    const hits = index.search('epp');
    expect(hits[0]).toMatchObject({ id: 'e', field: 'text' });
    expect(index.search('alberi').map((h) => h.id)).toEqual(['f']);
  });

  it('ignores accents and case in the query too', () => {
    expect(index.search('CITTA PIU').map((h) => h.id)).toEqual(['f']);
    expect(index.search('città più').map((h) => h.id)).toEqual(['f']);
  });

  it('closes up dotted abbreviations, as the identity rule does', () => {
    const abbreviations = new SearchIndex([
      node('s', 'organism', 'So.Ri.', { organism: { canonical: 'So.Ri. S.p.A.', short: 'So.Ri.', registered: true } }),
      node('d', 'organism', 'Istituto "F. Datini"'),
    ]);
    for (const q of ['sori', 'So.Ri', 'SORI spa']) expect(abbreviations.search(q)[0]?.id, q).toBe('s');
    // Spaces between letters do not count either: the same hit, as good.
    expect(abbreviations.search('so ri')[0]).toMatchObject({ id: 's', quality: 'exact' });
    expect(abbreviations.search('fdatini')[0]).toMatchObject({ id: 'd', quality: 'word' });
    expect(abbreviations.search('f datini')[0]).toMatchObject({ id: 'd', quality: 'word' });
  });

  it('puts the name spelled with spaces between its letters before sentences whose words those letters start', () => {
    const plan = new SearchIndex([
      node('c', 'action', 'Recupero del centro storico e riqualificazione'),
      node('r', 'action', 'Servizi on line: riuso e ri-collocazione'),
      node('s', 'organism', 'So.Ri.'),
      node('o', 'organism', 'Sorgenti Riunite'),
    ]);
    for (const q of ['S o R i', 's o r i', 'so ri', 'S.o. R.i.']) expect(plan.search(q)[0], q).toMatchObject({ id: 's', quality: 'exact' });
    // Still found by its words: a real two-word query keeps its word hits.
    expect(plan.search('sorgenti riunite')[0]).toMatchObject({ id: 'o', quality: 'exact' });
  });

  it('finds a word typed with one slip, after every better hit', () => {
    const plan = new SearchIndex([
      node('m', 'organism', 'Fondazione Teatro Metastasio'),
      node('t', 'organism', 'Fondazione Museo del Tessuto'),
      node('x', 'action', 'Tessuto urbano'),
    ]);
    expect(plan.search('teatro metastsio').map((h) => [h.id, h.quality])).toEqual([['m', 'near']]);
    expect(plan.search('Fondazione Museo Tesuto').map((h) => h.id)).toEqual(['t']);
    // An exact hit comes first; the near one after it.
    expect(plan.search('tessuto').map((h) => h.quality)).toEqual(['prefix', 'word']);
    expect(plan.search('tesuto').map((h) => h.id)).toEqual(['x', 't']);
    // Short words must be typed right, or everything would be a near miss.
    expect(plan.search('muso')).toEqual([]);
  });

  it.each<[string, string, boolean]>([
    ['metastsio', 'metastasio', true],
    ['metsatasio', 'metastasio', true],
    ['metastasioo', 'metastasio', true],
    ['metaxtasio', 'metastasio', true],
    ['tessu', 'tessuto', true],
    ['tesuto', 'tessuto', true],
    ['mestatsio', 'metastasio', false],
    ['teatro', 'tessuto', false],
    ['tesso', 'tessuto', true],
    ['tasso', 'tessuto', false],
  ])('oneSlipAway(%j, %j) = %s', (typed, word, expected) => {
    expect(oneSlipAway(typed, word)).toBe(expected);
  });

  it('says where a hit sits when another hit has the same label', () => {
    const twins = new SearchIndex(
      [node('a1', 'action', 'Stessa azione'), node('a2', 'action', 'Stessa azione'), node('a3', 'action', 'Stessa azione e altro')],
      (id) => ({ a1: 'Gestionale uno', a2: 'Gestionale due', a3: 'Gestionale tre' })[id],
    );
    expect(twins.search('stessa azione').map((h) => [h.id, h.context])).toEqual([['a1', 'Gestionale uno'], ['a2', 'Gestionale due'], ['a3', undefined]]);
  });

  it('matches every word in any order', () => {
    expect(index.search('urbano piano')[0]).toMatchObject({ id: 'a', quality: 'words' });
  });

  it('returns nothing for blank or punctuation-only queries, and respects the limit', () => {
    expect(index.search('   ')).toEqual([]);
    expect(index.search('!!')).toEqual([]);
    expect(index.search('e', 2)).toHaveLength(2);
  });

  it('treats markup in the query as text', () => {
    const i = new SearchIndex([node('x', 'action', '<script>alert(1)</script> testo')]);
    expect(i.search('<script>')[0]?.id).toBe('x');
  });

  for (const { name, index: plan } of fixturePayloads()) {
    it(`finds Consiag first as an organism in ${name}`, () => {
      const hits = new SearchIndex(plan.payload.nodes).search('consiag');
      expect(hits[0]?.kind).toBe('organism');
      expect(hits[0]?.label).toMatch(/consiag/i);
    });
  }

  it('finds every node of the fixture by its own label', () => {
    const plan = mini();
    const i = new SearchIndex(plan.payload.nodes);
    for (const n of plan.payload.nodes) expect(i.search(n.label, 50).map((h) => h.id)).toContain(n.id);
  });
});
