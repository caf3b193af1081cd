/**
 * Closeness centrality with the Wasserman–Faust correction (networkx's default
 * wf_improved=True): (r / Σd) × r / (N − 1), r = nodes reachable, so nodes of small
 * components are not overrated.
 *
 * Exact (graphology-metrics, `wassermanFaust: true`) on every connected component up to
 * `exactNodeLimit` nodes, rescaled from the component's N to the whole graph's. On a
 * larger component, the mean distance to each node is estimated from a deterministic
 * sample of BFS sources (Eppstein & Wang 2004), using graphology-shortest-path's BFS.
 */
import type Graph from 'graphology';
import closeness from 'graphology-metrics/centrality/closeness';
import { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes';
import { type Brandes, componentSummary, sampleIndices, seededRandom, sourcesFor, splitComponents } from './components';
import { MIN_SOURCES } from './betweenness';
import type { MetricDescriptor, MetricOptions } from './types';

/** Closeness within a connected graph from a sample of sources, as 1 / mean distance. */
function sampled(graph: Graph, options: MetricOptions, random: () => number): { values: Record<string, number>; k: number } {
  const n = graph.order;
  const k = Math.max(Math.min(MIN_SOURCES, n), sourcesFor(n, graph.size, options.sampleBudget));
  const bfs = createUnweightedIndexedBrandes(graph) as unknown as Brandes;
  const distance = new Int32Array(n);
  const sum = new Float64Array(n);
  const count = new Float64Array(n);
  for (const s of sampleIndices(n, k, random)) {
    const [S, P] = bfs(s);
    distance[s] = 0;
    for (let j = 0; j < S.size; j++) {
      const w = S.items[j];
      if (w === s) continue;
      distance[w] = distance[P[w][0]] + 1; // BFS order: a predecessor is already done
      sum[w] += distance[w];
      count[w] += 1;
    }
    S.clear();
  }
  const nodes = graph.nodes();
  const values: Record<string, number> = {};
  for (let i = 0; i < n; i++) values[nodes[i]] = sum[i] > 0 ? count[i] / sum[i] : 0;
  return { values, k };
}

export const closenessMetric: MetricDescriptor = {
  id: 'closeness',
  compute(graph, options) {
    const N = graph.order;
    const values: Record<string, number> = {};
    const random = seededRandom(options.seed ^ 0x5bd1e995);
    const components = splitComponents(graph);
    const samples: string[] = [];
    for (const c of components) {
      let local: Record<string, number>;
      if (c.order <= options.exactNodeLimit) {
        local = closeness(c.graph, { wassermanFaust: true });
      } else {
        const s = sampled(c.graph, options, random);
        local = s.values;
        samples.push(`${s.k} of ${c.order} sources`);
      }
      // Inside the component r = n_c − 1; the whole graph's correction divides by N − 1.
      const rescale = N > 1 ? (c.order - 1) / (N - 1) : 0;
      for (const node in local) values[node] = local[node] * rescale;
    }
    const how = componentSummary(components, options.exactNodeLimit);
    return {
      values,
      method:
        `closeness with the Wasserman–Faust correction, unweighted, undirected: ${how}` +
        (samples.length ? ` (mean distance from ${samples.join('; ')}, seeded sample; an estimate)` : ' (graphology-metrics)'),
    };
  },
};
