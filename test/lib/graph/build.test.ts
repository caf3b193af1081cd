import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/lib/graph/build';
import { NODE_KINDS } from '../../../src/lib/types';
import { unpackRefs } from '../../../src/lib/graph/provenance';
import { doc, REGISTRY, spec } from './helpers';

function kindsOf(built: ReturnType<typeof buildGraph>) {
  const counts: Record<string, number> = {};
  built.graph.forEachNode((_id, a) => (counts[a.kind] = (counts[a.kind] ?? 0) + 1));
  return counts;
}

describe('buildGraph', () => {
  it('makes the six kinds, contains edges level to level and assigned edges action to organism', () => {
    const built = buildGraph([doc('a.txt', [spec(2, { actions: ['A1', 'A2'], organisms: ['Consiag Servizi Comuni srl', 'So.Ri spa'] })])], REGISTRY);
    expect(kindsOf(built)).toEqual({
      area: 1, strategic_objective: 1, operational_objective: 1, management_objective: 1, action: 2, organism: 2,
    });
    const order = Object.fromEntries(NODE_KINDS.map((k, i) => [k, i]));
    built.graph.forEachEdge((id, a, s, t, sa, ta) => {
      expect(id).toBe(`${s}->${t}`);
      if (a.kind === 'contains') expect(order[ta.kind]).toBe(order[sa.kind] + 1);
      else expect([sa.kind, ta.kind]).toEqual(['action', 'organism']);
    });
    expect(built.graph.size).toBe(3 + 2 + 4); // chain, MO→2 actions, 2×2 assignments
    expect(built.graph.hasNode('organism:consiag-servizi-comuni-srl')).toBe(true);
    expect(built.graph.hasNode('organism:sori-spa')).toBe(true);
  });

  it('treats spellings that differ in case, accents-as-apostrophes, quotes and spaces as one node, labelled as first written', () => {
    const rows = [
      spec(2, { area: 'CITTÀ DEL FUTURO', strategic: "L'AMMINISTRAZIONE EFFICACE" }),
      spec(3, { area: "citta'  del futuro", strategic: 'L’amministrazione  efficace' }),
      spec(4, { area: 'Città del Futuro', strategic: 'L\u2019AMMINISTRAZIONE EFFICACE' }),
    ];
    const built = buildGraph([doc('a.txt', rows)], REGISTRY);
    const areas = built.graph.filterNodes((_id, a) => a.kind === 'area');
    expect(areas).toHaveLength(1);
    expect(built.graph.getNodeAttribute(areas[0], 'label')).toBe('CITTÀ DEL FUTURO');
    expect(built.graph.filterNodes((_id, a) => a.kind === 'strategic_objective')).toHaveLength(1);
    expect(built.diagnostics.filter((d) => d.code === 'two-parents')).toEqual([]);
  });

  it('takes texts that differ only in the spaces between letters as one node, but not spaces between digits', () => {
    const rows = [
      spec(2, { area: 'Ist. F. Datini', strategic: 'Obiettivo 1.2', management: 'MO uno', actions: ['Azione del C.d.A.'], organisms: ['Ente F. Nuovo'] }),
      spec(3, { area: 'Ist F Datini', strategic: 'Obiettivo 1.2', management: 'MO uno', actions: ['Azione del C d A'], organisms: ['Ente F.Nuovo'] }),
      spec(4, { area: 'Ist.F.Datini', strategic: 'Obiettivo 12', operational: 'OO due', management: 'MO due', actions: ['A'], organisms: ['Ente F Nuovo'] }),
    ];
    const built = buildGraph([doc('a.txt', rows)], REGISTRY);
    const of = (kind: string) => built.graph.filterNodes((_id, a) => a.kind === kind);
    expect(of('area')).toHaveLength(1);
    expect(built.graph.getNodeAttribute(of('area')[0], 'label')).toBe('Ist. F. Datini');
    expect(unpackRefs(built.graph.getNodeAttribute(of('area')[0], 'sources'), built.files).map((r) => r.line)).toEqual([2, 3, 4]);
    // "1.2" is "1 2": a space between digits counts.
    expect(of('strategic_objective').map((id) => built.graph.getNodeAttribute(id, 'label')).sort()).toEqual(['Obiettivo 1.2', 'Obiettivo 12']);
    expect(of('action').filter((id) => built.graph.getNodeAttribute(id, 'label').startsWith('Azione'))).toHaveLength(1);
    expect(of('organism')).toHaveLength(1);
    expect(built.unknownOrganisms).toEqual([expect.objectContaining({ name: 'Ente F. Nuovo', line: 2, rows: 3 })]);
  });

  it('keeps one node for an objective under two parents, with both edges and a two-parents warning at the line', () => {
    const rows = [spec(2), spec(5, { area: 'CITTÀ DIRITTI E OPPORTUNITÀ' })];
    const built = buildGraph([doc('dup.txt', rows)], REGISTRY);
    const so = built.graph.filterNodes((_id, a) => a.kind === 'strategic_objective');
    expect(so).toHaveLength(1);
    expect(built.graph.inNeighbors(so[0])).toHaveLength(2);
    const warnings = built.diagnostics.filter((d) => d.code === 'two-parents');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ level: 'warning', file: 'dup.txt', line: 5 });
    expect(warnings[0].message).toContain('PRATO CITTÀ GREEN');
    expect(warnings[0].message).toContain('CITTÀ DIRITTI E OPPORTUNITÀ');
  });

  it('identifies an action by its management objective and its text', () => {
    const rows = [
      spec(2, { management: 'MO uno', actions: ['Stessa azione'] }),
      spec(3, { management: 'MO due', actions: ['Stessa azione'] }),
      spec(4, { management: 'MO uno', actions: ['stessa  azione'] }),
    ];
    const built = buildGraph([doc('a.txt', rows)], REGISTRY);
    const actions = built.graph.filterNodes((_id, a) => a.kind === 'action');
    expect(actions).toHaveLength(2);
    expect(new Set(actions).size).toBe(2);
    for (const id of actions) expect(id).toMatch(/^action:stessa-azione--[0-9a-f]{8}$/);
    expect(built.diagnostics.filter((d) => d.code === 'two-parents')).toEqual([]);
  });

  it('matches organisms through the registry and reports unknown ones once, at their first line', () => {
    const rows = [
      spec(2, { organisms: ['SORI', 'Ente Nuovo srl'] }),
      spec(3, { organisms: ['So.Ri. S.p.A.', 'ente nuovo S.r.l.'] }),
    ];
    const built = buildGraph([doc('a.txt', rows)], REGISTRY);
    expect(built.graph.filterNodes((_id, a) => a.kind === 'organism').sort()).toEqual(['organism:ente-nuovo-srl', 'organism:sori-spa']);
    expect(built.graph.getNodeAttribute('organism:sori-spa', 'label')).toBe('So.Ri.');
    expect(built.graph.getNodeAttribute('organism:ente-nuovo-srl', 'organism')).toEqual({ canonical: 'Ente Nuovo srl', registered: false });
    expect(built.unknownOrganisms).toEqual([{ id: 'organism:ente-nuovo-srl', name: 'Ente Nuovo srl', file: 'a.txt', line: 2, rows: 2 }]);
    const unknown = built.diagnostics.filter((d) => d.code === 'unknown-organism');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({ level: 'warning', file: 'a.txt', line: 2 });
  });

  it('merges several files into one graph, each node keeping provenance per file', () => {
    const built = buildGraph([
      doc('one.txt', [spec(3, { lines: [3, 7] })]),
      doc('two.txt', [spec(4), spec(9, { management: 'Altro MO' })]),
    ], REGISTRY);
    const area = built.graph.filterNodes((_id, a) => a.kind === 'area')[0];
    expect(unpackRefs(built.graph.getNodeAttribute(area, 'sources'), built.files)).toEqual([
      { file: 'one.txt', line: 3 }, { file: 'one.txt', line: 7 }, { file: 'two.txt', line: 4 }, { file: 'two.txt', line: 9 },
    ]);
    const edge = built.graph.edges().find((e) => e.includes('altro-mo->'));
    expect(edge).toBeDefined();
    expect(unpackRefs(built.graph.getEdgeAttribute(edge!, 'sources'), built.files)).toEqual([{ file: 'two.txt', line: 9 }]);
  });

  it('keeps extra columns as attributes of the management objective and its actions, merging distinct values', () => {
    const rows = [
      spec(2, { extra: { Indicatore: 'n. alberi', 'Centro di responsabilità': '' } }),
      spec(3, { actions: ['Seconda azione'], extra: { Indicatore: 'mq di verde' } }),
      spec(4, { actions: ['Terza'], extra: { Indicatore: 'n. alberi' } }),
    ];
    const built = buildGraph([doc('a.txt', rows)], REGISTRY);
    const mo = built.graph.filterNodes((_id, a) => a.kind === 'management_objective')[0];
    expect(built.graph.getNodeAttribute(mo, 'attributes')).toEqual({ Indicatore: 'n. alberi; mq di verde' });
    const first = built.graph.outNeighbors(mo).find((a) => a.startsWith('action:progetto'))!;
    expect(built.graph.getNodeAttribute(first, 'attributes')).toEqual({ Indicatore: 'n. alberi' });
  });

  it('keeps columns named like object properties as plain attributes', () => {
    const rows = [
      // fromEntries: in an object literal `__proto__: …` would set the prototype, not a key.
      spec(2, { extra: Object.fromEntries([['constructor', 'c1'], ['toString', 't1'], ['__proto__', 'p1'], ['hasOwnProperty', 'h1']]) }),
      spec(3, { actions: ['Seconda azione'], extra: Object.fromEntries([['constructor', 'c2'], ['__proto__', 'p2']]) }),
    ];
    const built = buildGraph([doc('a.txt', rows)], REGISTRY);
    const mo = built.graph.filterNodes((_id, a) => a.kind === 'management_objective')[0]!;
    const attributes = built.graph.getNodeAttribute(mo, 'attributes')!;
    expect(Object.keys(attributes).sort()).toEqual(['__proto__', 'constructor', 'hasOwnProperty', 'toString']);
    expect(attributes['constructor']).toBe('c1; c2');
    expect(attributes['__proto__']).toBe('p1; p2');
    expect(attributes['toString']).toBe('t1');
  });

  it('merges values that contain the separator without losing a distinct one', () => {
    const rows = [
      spec(2, { extra: { Indicatore: 'a; b' } }),
      spec(3, { actions: ['Seconda azione'], extra: { Indicatore: 'a' } }),
      spec(4, { actions: ['Terza'], extra: { Indicatore: 'a; b' } }),
    ];
    const built = buildGraph([doc('a.txt', rows)], REGISTRY);
    const mo = built.graph.filterNodes((_id, a) => a.kind === 'management_objective')[0]!;
    expect(built.graph.getNodeAttribute(mo, 'attributes')).toEqual({ Indicatore: 'a; b; a' });
  });

  it('leaves a row without a required level out below that level, with a warning', () => {
    const built = buildGraph([doc('a.txt', [spec(2, { operational: '' })])], REGISTRY);
    expect(kindsOf(built)).toEqual({ area: 1, strategic_objective: 1 });
    expect(built.diagnostics).toEqual([expect.objectContaining({ code: 'incomplete-row', file: 'a.txt', line: 2 })]);
  });

  it('joins paragraphs with a space in the label and keeps them apart in the text', () => {
    const built = buildGraph([doc('a.txt', [spec(2, { management: ['Primo paragrafo.', 'Secondo.'] })])], REGISTRY);
    const mo = built.graph.filterNodes((_id, a) => a.kind === 'management_objective')[0];
    expect(built.graph.getNodeAttribute(mo, 'label')).toBe('Primo paragrafo. Secondo.');
    expect(built.graph.getNodeAttribute(mo, 'paragraphs')).toEqual(['Primo paragrafo.', 'Secondo.']);
  });
});
