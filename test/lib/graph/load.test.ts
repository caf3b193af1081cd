import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/lib/graph/build';
import { computeLoads } from '../../../src/lib/graph/load';
import { computeAreas } from '../../../src/lib/graph/areas';
import { computeCoAssignment } from '../../../src/lib/graph/co-assignment';
import { doc, fakeRegistry, spec } from './helpers';

const registry = fakeRegistry({});

describe('objective load', () => {
  // A: two rows under MO1 (2 actions) + MO3 in another area; B: MO1 and MO2; C, D: MO2 only
  // (C has 2 actions there, D 1); E: MO4. 4 management objectives in all.
  const rows = [
    spec(2, { management: 'MO1', actions: ['a1'], organisms: ['A', 'B'] }),
    spec(3, { management: 'MO1', actions: ['a2'], organisms: ['A'] }),
    spec(4, { management: 'MO2', actions: ['a3', 'a4'], organisms: ['B', 'C'] }),
    spec(5, { management: 'MO2', actions: ['a5'], organisms: ['D'] }),
    spec(6, { area: 'ALTRO AMBITO', strategic: 'S2', operational: 'O2', management: 'MO3', actions: ['a6'], organisms: ['A'] }),
    spec(7, { management: 'MO4', operational: 'O3', actions: ['a7'], organisms: ['E'] }),
  ];
  const built = buildGraph([doc('l.txt', rows)], registry);
  const loads = computeLoads(built.graph);
  const load = (name: string) => loads.get(`organism:${name.toLowerCase()}`)!;

  it('counts distinct nodes at every level through the organism\'s actions', () => {
    expect(load('A')).toEqual({ area: 2, strategic_objective: 2, operational_objective: 2, management_objective: 2, action: 3, share: 0.5, rank: 1 });
    expect(load('B')).toMatchObject({ area: 1, strategic_objective: 1, operational_objective: 1, management_objective: 2, action: 3 });
    expect(load('C')).toMatchObject({ management_objective: 1, action: 2, share: 0.25 });
    expect(load('E')).toMatchObject({ operational_objective: 1, management_objective: 1, action: 1 });
  });

  it('ranks by management objectives, then actions, then label, uniquely', () => {
    expect(['A', 'B', 'C', 'D', 'E'].map((n) => load(n).rank)).toEqual([1, 2, 3, 4, 5]);
    // A and B tie on management objectives (2) and actions (3): the label decides.
    expect(load('A').rank).toBeLessThan(load('B').rank);
  });

  it('orders an organism\'s areas by its actions in each, main area first', () => {
    const areas = computeAreas(built.graph);
    expect(areas.get('organism:a')).toEqual(['area:citta-del-futuro', 'area:altro-ambito']);
    const mo = built.graph.filterNodes((_id, a) => a.kind === 'management_objective' && a.label === 'MO3')[0];
    expect(areas.get(mo)).toEqual(['area:altro-ambito']);
  });

  it('an objective under two areas lists both, and so does everything below it', () => {
    const two = buildGraph([doc('t.txt', [spec(2), spec(3, { area: 'ALTRO' })])], registry);
    const areas = computeAreas(two.graph);
    const action = two.graph.filterNodes((_id, a) => a.kind === 'action')[0];
    expect(areas.get(action)).toEqual(['area:altro', 'area:citta-del-futuro']);
  });

  it('links organisms sharing management objectives, weight = how many, shared = which', () => {
    const co = computeCoAssignment(built.graph);
    expect(co.nodes.map((n) => n.id)).toEqual(['organism:a', 'organism:b', 'organism:c', 'organism:d', 'organism:e']);
    expect(co.edges.map((e) => [e.source, e.target, e.weight])).toEqual([
      ['organism:a', 'organism:b', 1], ['organism:b', 'organism:c', 1], ['organism:b', 'organism:d', 1], ['organism:c', 'organism:d', 1],
    ]);
    expect(co.edges[0].shared).toEqual([built.graph.filterNodes((_id, a) => a.label === 'MO1')[0]]);
    expect(co.nodes.find((n) => n.id === 'organism:b')).toMatchObject({ weightedDegree: 3 });
    expect(co.nodes.find((n) => n.id === 'organism:e')).toEqual({ id: 'organism:e', weightedDegree: 0, betweenness: 0 });
    // B is the only bridge from A to C and D: 2 of the C(4,2)=6 pairs among A–D → 2·2/(4·3).
    expect(co.nodes.find((n) => n.id === 'organism:b')!.betweenness).toBeCloseTo(2 * 2 / (4 * 3), 12);
  });
});
