/**
 * Every metric, every node, against networkx to 1e-9: small graphs of known shapes, a
 * random graph, a Trama graph built from rows, the sampling code path forced to use every
 * source (it must then be exact), and the co-assignment graph's weighted betweenness.
 * The seed's own graph is compared in test/scripts/seed.test.ts.
 */
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../../src/lib/graph/build';
import { computeCoAssignment } from '../../../../src/lib/graph/co-assignment';
import { seededRandom } from '../../../../src/lib/graph/metrics/components';
import { undirectedCopy } from '../../../../src/lib/graph/metrics/undirected';
import { doc, REGISTRY, spec } from '../helpers';
import { expectLikeNetworkx, networkx } from './networkx';

function fromEdges(edges: Array<[string, string]>, isolated: string[] = []): Graph {
  const g = new Graph({ type: 'undirected' });
  for (const n of isolated) g.addNode(n);
  for (const [a, b] of edges) g.mergeEdge(a, b);
  return g;
}

function randomGraph(n: number, m: number, seed: number): Graph {
  const random = seededRandom(seed);
  const g = new Graph({ type: 'undirected' });
  for (let i = 0; i < n; i++) g.addNode(`r${i}`);
  while (g.size < m) {
    const a = Math.floor(random() * (n - 5)); // the last five stay isolated
    const b = Math.floor(random() * (n - 5));
    if (a !== b) g.mergeEdge(`r${a}`, `r${b}`);
  }
  return g;
}

const path: Array<[string, string]> = [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e']];
const star: Array<[string, string]> = ['1', '2', '3', '4', '5'].map((l) => ['hub', l]);

describe('metrics agree with networkx to 1e-9', () => {
  it('path', () => expectLikeNetworkx('path', fromEdges(path)));
  it('star', () => expectLikeNetworkx('star', fromEdges(star)));
  it('two components and an isolated node', () =>
    expectLikeNetworkx('parts', fromEdges([['a', 'b'], ['c', 'd'], ['d', 'e'], ['e', 'c'], ['e', 'f']], ['z'])));
  it('random graph with cycles and isolated nodes', () => expectLikeNetworkx('random', randomGraph(80, 170, 42)));

  it('a Trama graph built from rows (two parents, shared organisms, two components)', () => {
    const rows = [
      spec(2), spec(3, { actions: ['B', 'C'], organisms: ['So.Ri spa', 'Consiag Servizi Comuni srl'] }),
      spec(4, { area: 'CITTÀ DIRITTI', management: 'Casa', actions: ['Bandi'], organisms: ['EPP'] }),
      spec(5, { area: 'CITTÀ MOTORE', strategic: 'AMMINISTRAZIONE', operational: 'Efficienza', management: 'Tributi', actions: ['Accertamento'], organisms: ['SORI'] }),
      spec(6, { area: 'ALTRO', strategic: 'ISOLATO', operational: 'x', management: 'y', actions: ['z'], organisms: ['Ente solo'] }),
    ];
    const built = buildGraph([doc('t.txt', rows)], REGISTRY);
    expectLikeNetworkx('trama', undirectedCopy(built.graph));
  });

  it('the sampling code path, given every node as a source, is exact', () => {
    const g = randomGraph(60, 150, 7);
    expectLikeNetworkx('sampled-all', g, { exactNodeLimit: 10, sampleBudget: Number.MAX_SAFE_INTEGER });
  });

  it('co-assignment betweenness with distance 1/weight', () => {
    const rows = [
      spec(2, { management: 'M1', organisms: ['A', 'B'] }),
      spec(3, { management: 'M2', organisms: ['A', 'B'] }),
      spec(4, { management: 'M3', organisms: ['B', 'C'] }),
      spec(5, { management: 'M4', organisms: ['C', 'D', 'A'] }),
      spec(6, { management: 'M5', organisms: ['D', 'E'] }),
      spec(7, { management: 'M6', organisms: ['F'] }),
    ];
    const co = computeCoAssignment(buildGraph([doc('c.txt', rows)], REGISTRY).graph);
    const nx = networkx([{
      name: 'co', nodes: co.nodes.map((n) => n.id), weighted: true,
      edges: co.edges.map((e) => [e.source, e.target, e.weight] as [string, string, number]),
    }]).co.betweenness!;
    for (const n of co.nodes) expect(Math.abs(n.betweenness - nx[n.id]), n.id).toBeLessThan(1e-9);
    expect(co.nodes.some((n) => n.betweenness > 0)).toBe(true);
  });
});
