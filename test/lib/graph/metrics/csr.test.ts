/**
 * The compact undirected index the metrics run on, and that PageRank and eigenvector
 * still come from graphology-metrics when a graph is given as that index.
 */
import Graph from 'graphology';
import pagerank from 'graphology-metrics/centrality/pagerank';
import eigenvector from 'graphology-metrics/centrality/eigenvector';
import { describe, expect, it } from 'vitest';
import { csrFromEdges, csrOf } from '../../../../src/lib/graph/metrics/csr';
import { componentsOf, seededRandom } from '../../../../src/lib/graph/metrics/components';
import { METRICS, DEFAULT_METRIC_OPTIONS } from '../../../../src/lib/graph/metrics';

function randomGraph(n: number, m: number, seed: number): Graph {
  const random = seededRandom(seed);
  const g = new Graph({ type: 'undirected' });
  for (let i = 0; i < n; i++) g.addNode(`r${i}`);
  while (g.size < m) {
    const a = Math.floor(random() * (n - 3));
    const b = Math.floor(random() * (n - 3));
    if (a !== b) g.mergeEdge(`r${a}`, `r${b}`);
  }
  return g;
}

describe('csr', () => {
  it('keeps each pair once, drops loops and reciprocal duplicates, neighbours in edge order', () => {
    const csr = csrFromEdges(['a', 'b', 'c'], [0, 1, 2, 1, 0], [1, 0, 2, 2, 2]);
    expect(csr.size).toBe(3);
    const of = (i: number) => [...csr.neighbours.subarray(csr.offsets[i], csr.offsets[i + 1])];
    expect([of(0), of(1), of(2)]).toEqual([[1, 2], [0, 2], [1, 0]]);
  });

  it('finds connected components ordered by first node, isolated nodes included', () => {
    const csr = csrFromEdges(['a', 'b', 'c', 'd', 'e'], [0, 3, 4], [2, 4, 3]);
    expect(componentsOf(csr).map((c) => [...c.members])).toEqual([[0, 2], [1], [3, 4]]);
  });
});

describe('PageRank and eigenvector go to graphology-metrics at every size', () => {
  const g = randomGraph(300, 700, 11);

  it('from the CSR above the exact limit: the library values, and meta says so', () => {
    const options = { ...DEFAULT_METRIC_OPTIONS, exactNodeLimit: 50 };
    const byId = Object.fromEntries(METRICS.map((m) => [m.id, m.compute(csrOf(g), options)]));
    expect(byId.pagerank!.method).toMatch(/graphology-metrics/);
    expect(byId.eigenvector!.method).toMatch(/graphology-metrics.*tolerance 1e-10/);
    const exactPr = pagerank(g, { alpha: 0.85, tolerance: 1e-12, maxIterations: 1000, getEdgeWeight: null });
    const exactEv = eigenvector(g, { tolerance: 1e-10, maxIterations: 1000, getEdgeWeight: null });
    for (const id of g.nodes()) {
      expect(Math.abs(byId.pagerank!.values![id]! - exactPr[id]!), id).toBeLessThan(1e-12);
      expect(Math.abs(byId.eigenvector!.values![id]! - exactEv[id]!), id).toBeLessThan(1e-10);
    }
    expect(byId.degree!.values).toEqual(Object.fromEntries(g.nodes().map((id) => [id, g.degree(id)])));
  });
});
