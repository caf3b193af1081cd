/**
 * Betweenness centrality, unweighted, normalised as networkx's betweenness_centrality
 * (normalized=True): the ordered-pair dependency sum × 1/((n−1)(n−2)). graphology-metrics
 * uses the same scale for undirected graphs (checked against networkx in the tests).
 *
 * Exact (Brandes, graphology-metrics) on every connected component up to
 * `exactNodeLimit` nodes. A larger component is estimated from a deterministic sample
 * of source nodes (Brandes & Pich 2007; networkx's `k`): see sampled-paths.ts.
 */
import betweenness from 'graphology-metrics/centrality/betweenness';
import { csrOf } from './csr';
import { componentGraph, componentSummary, componentsOf } from './components';
import { sampledPaths } from './sampled-paths';
import type { MetricDescriptor } from './types';

export { MIN_SOURCES } from './sampled-paths';

export const betweennessMetric: MetricDescriptor = {
  id: 'betweenness',
  compute(graph, options) {
    const csr = csrOf(graph);
    const N = csr.ids.length;
    const values: Record<string, number> = {};
    const components = componentsOf(csr);
    const samples: string[] = [];
    for (const c of components) {
      // From the component's normalisation to the whole graph's.
      const rescale = c.order > 2 ? ((c.order - 1) * (c.order - 2)) / ((N - 1) * (N - 2)) : 0;
      if (c.order <= options.exactNodeLimit) {
        const local = betweenness(componentGraph(graph, csr, c), { getEdgeWeight: null, normalized: true });
        for (const node in local) values[node] = local[node]! * rescale;
        continue;
      }
      const paths = sampledPaths(csr, options);
      const scale = 1 / ((c.order - 1) * (c.order - 2));
      for (const i of c.members) values[csr.ids[i]!] = paths.dependency[i]! * scale * rescale;
      samples.push(`${paths.sources.get(c)} of ${c.order} sources`);
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
