import { describe, expect, it } from 'vitest';
import { PlanIndex } from '../../../src/lib/model/plan-index';
import { groupByKind, loadByArea, nodeDetails, rankInSortedDesc } from '../../../src/lib/view/details';
import { buildPayload, idOf, planIndex } from '../../components/panels/fixtures';
import { loadRealPayloads } from '../../components/panels/real-payloads';

const org = (name: string) => idOf('organism', name);

describe('nodeDetails', () => {
  const index = planIndex();

  it('returns null for an id the payload does not have', () => {
    expect(nodeDetails(index, 'management_objective:nope')).toBeNull();
  });

  it('gives the breadcrumb from the area down to the first parent, and the other parents', () => {
    const d = nodeDetails(index, idOf('operational_objective', 'Economia circolare'))!;
    expect(d.breadcrumb.map((n) => n.label)).toEqual(['Città impresa', 'Distretto']);
    expect(d.otherParents.map((n) => n.label)).toEqual(['Cultura']);
    expect(d.children.map((n) => n.label)).toEqual(['Gestionale uno', 'Gestionale due']);
    expect(d.organisms.map((n) => n.label)).toEqual(['Alfa', 'Beta']);
  });

  it('splits the text into paragraphs', () => {
    const p = buildPayload([{ area: 'A', strategic: 'S', operational: 'O', management: 'Primo paragrafo.\nSecondo paragrafo.\n\n', action: 'Az', organisms: ['X'] }]);
    const d = nodeDetails(new PlanIndex(p), idOf('management_objective', 'Primo paragrafo. Secondo paragrafo.'))!;
    expect(d.paragraphs).toEqual(['Primo paragrafo.', 'Secondo paragrafo.']);
  });

  it('attaches the original row text, markup included, to each source', () => {
    const d = nodeDetails(index, idOf('area', 'Città impresa'))!;
    expect(d.sources.map((s) => s.line)).toEqual([10, 11, 12]);
    expect(d.sources[0].raw).toContain('<b>Città impresa</b>\tDistretto');
  });

  it('says when a source row is not in the payload', () => {
    const p = buildPayload([{ area: 'A', strategic: 'S', operational: 'O', management: 'G', action: 'Az', organisms: ['X'] }]);
    p.rawLines = [];
    expect(nodeDetails(new PlanIndex(p), idOf('action', 'Az'))!.sources[0].raw).toBeNull();
  });

  it('ranks every measure among nodes of the same kind, ties sharing a rank', () => {
    const d = nodeDetails(index, org('Beta'))!;
    const load = d.measures.find((m) => m.measure === 'load')!;
    expect(load).toEqual({ measure: 'load', value: 2, rank: 2, total: 4, tiedWith: 0 });
    const degree = d.measures.find((m) => m.measure === 'degree')!;
    // Alfa is under 3 actions, Beta 2, Gamma and Delta 1.
    expect([degree.value, degree.rank, degree.total]).toEqual([2, 2, 4]);
    const gamma = nodeDetails(index, org('Gamma'))!.measures.find((m) => m.measure === 'load')!;
    expect(gamma.rank).toBe(3);
    // Gamma and Delta are under one action each: third place, shared, and the table says so.
    const gammaDegree = nodeDetails(index, org('Gamma'))!.measures.find((m) => m.measure === 'degree')!;
    expect([gammaDegree.rank, gammaDegree.tiedWith]).toEqual([3, 1]);
  });

  it('for a non-organism, load is the number of organisms carrying it', () => {
    const d = nodeDetails(index, idOf('management_objective', 'Gestionale quattro'))!;
    expect(d.measures.find((m) => m.measure === 'load')).toEqual({ measure: 'load', value: 3, rank: 1, total: 4, tiedWith: 0 });
  });

  it('marks a measure that was not computed instead of ranking it', () => {
    const i = planIndex({ [org('Delta')]: { eigenvector: undefined } });
    const e = nodeDetails(i, org('Delta'))!.measures.find((m) => m.measure === 'eigenvector')!;
    expect(e).toEqual({ measure: 'eigenvector', value: null, rank: null, total: 3, tiedWith: 0 });
  });

  it('for an organism: load per level with ranks, per area, actions and what only it carries', () => {
    const d = nodeDetails(index, org('Gamma'))!;
    expect(d.breadcrumb).toEqual([]);
    expect(d.organism!.actions.map((n) => n.label)).toEqual(['Azione tre']);
    const management = { level: 'management_objective', count: 1, rank: 3, total: 4, tiedWith: 1 };
    expect(d.organism!.levels.find((l) => l.level === 'management_objective')).toEqual(management);
    // The headline rank is that one, ties shared (not the payload's strict order).
    expect(d.organism!.headline).toEqual(management);
    expect(d.organism!.sole.map((n) => n.label)).toEqual(['Gestionale tre', 'Azione tre']);
    const alfa = nodeDetails(index, org('Alfa'))!.organism!;
    expect(alfa.sole.map((n) => n.label)).toEqual(['Gestionale due', 'Azione due']);
    expect(nodeDetails(index, org('Beta'))!.organism!.sole).toEqual([]);
  });

  it('groups nodes by kind in the hierarchy order', () => {
    const d = nodeDetails(index, org('Alfa'))!;
    expect(groupByKind([...d.organism!.sole].reverse()).map((g) => g.kind)).toEqual(['management_objective', 'action']);
  });
});

describe('loadByArea', () => {
  it('counts each level per area, main area first', () => {
    const index = planIndex();
    const rows = loadByArea(index, index.node(org('Alfa'))!);
    expect(rows.map((r) => r.area.label)).toEqual(['Città impresa', 'Città sostenibile']);
    expect(rows[0].counts).toEqual({ strategic_objective: 2, operational_objective: 1, management_objective: 2, action: 2 });
    expect(rows[1].counts).toEqual({ strategic_objective: 1, operational_objective: 1, management_objective: 1, action: 1 });
  });
});

describe('rankInSortedDesc', () => {
  it('finds 1 + the count of strictly greater values', () => {
    expect(rankInSortedDesc([9, 7, 7, 2], 7)).toBe(2);
    expect(rankInSortedDesc([9, 7, 7, 2], 2)).toBe(4);
    expect(rankInSortedDesc([9, 7, 7, 2], 10)).toBe(1);
    expect(rankInSortedDesc([], 0)).toBe(1);
  });
});

describe('on real payloads', () => {
  for (const { name, index } of loadRealPayloads()) {
    it(`${name}: every node has details, organisms' per-level load matches the payload`, () => {
      for (const n of index.payload.nodes) {
        const d = nodeDetails(index, n.id)!;
        expect(d.paragraphs.length).toBeGreaterThan(0);
        for (const m of d.measures) if (m.rank !== null) expect(m.rank).toBeLessThanOrEqual(m.total);
        if (n.kind === 'organism') {
          for (const l of d.organism!.levels) expect(l.count).toBe(n.load![l.level]);
          for (const s of d.organism!.sole) expect([...index.organismsBelow(s.id)]).toEqual([n.id]);
        } else if (n.kind !== 'area') {
          expect(d.breadcrumb[0]?.kind).toBe('area');
        }
      }
    });
  }
});
