/**
 * Betweenness centrality, unweighted, normalised as networkx's betweenness_centrality
 * (normalized=True): the ordered-pair dependency sum × 1/((n−1)(n−2)). graphology-metrics
 * uses the same scale for undirected graphs (checked against networkx in the tests).
 *
 * Exact (Brandes, graphology-metrics) on every connected component up to
 * `exactNodeLimit` nodes. A larger component is estimated from a deterministic sample
 * of source nodes (Brandes & Pich 2007; networkx's `k`), the library's indexed Brandes
 * BFS doing the work, dependencies scaled by n_c / k.
 */
import type Graph from 'graphology';
import betweenness from 'graphology-metrics/centrality/betweenness';
import { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes';
import { type Brandes, componentSummary, sampleIndices, seededRandom, sourcesFor, splitComponents } from './components';
import type { MetricDescriptor, MetricOptions } from './types';

export const MIN_SOURCES = 32;


/** Raw (unscaled) dependency sums from the given sources, each weighted. */
export function sampledDependencies(graph: Graph, sources: readonly number[], weight: number): Float64Array {
  const brandes = createUnweightedIndexedBrandes(graph) as unknown as Brandes;
  const n = graph.order;
  const delta = new Float64Array(n);
  const total = new Float64Array(n);
  for (const s of sources) {
    const [S, P, sigma] = brandes(s);
    for (let j = 0; j < S.size; j++) delta[S.items[j]] = 0;
    while (S.size !== 0) {
      const w = S.pop() as number;
      const coefficient = (1 + delta[w]) / sigma[w];
      for (const v of P[w]) delta[v] += sigma[v] * coefficient;
      if (w !== s) total[w] += delta[w] * weight;
    }
  }
  return total;
}

function sampled(graph: Graph, options: MetricOptions, random: () => number): { values: Record<string, number>; k: number } {
  const n = graph.order;
  const k = Math.max(Math.min(MIN_SOURCES, n), sourcesFor(n, graph.size, options.sampleBudget));
  const sources = sampleIndices(n, k, random);
  const raw = sampledDependencies(graph, sources, n / k);
  const scale = n > 2 ? 1 / ((n - 1) * (n - 2)) : 0;
  const nodes = graph.nodes();
  const values: Record<string, number> = {};
  for (let i = 0; i < n; i++) values[nodes[i]] = raw[i] * scale;
  return { values, k };
}

export const betweennessMetric: MetricDescriptor = {
  id: 'betweenness',
  compute(graph, options) {
    const N = graph.order;
    const values: Record<string, number> = {};
    const random = seededRandom(options.seed);
    const components = splitComponents(graph);
    const samples: string[] = [];
    for (const c of components) {
      let local: Record<string, number>;
      if (c.order <= options.exactNodeLimit) {
        local = betweenness(c.graph, { getEdgeWeight: null, normalized: true });
      } else {
        const s = sampled(c.graph, options, random);
        local = s.values;
        samples.push(`${s.k} of ${c.order} sources`);
      }
      // From the component's normalisation to the whole graph's.
      const rescale = c.order > 2 ? ((c.order - 1) * (c.order - 2)) / ((N - 1) * (N - 2)) : 0;
      for (const node in local) values[node] = local[node] * rescale;
    }
    const how = componentSummary(components, options.exactNodeLimit);
    return {
      values,
      method:
        `betweenness, unweighted, undirected, normalised as networkx betweenness_centrality: ${how}` +
        (samples.length ? ` (Brandes from ${samples.join('; ')}, seeded sample, scaled by n/k; an estimate)` : ' (Brandes, graphology-metrics)'),
    };
  },
};
