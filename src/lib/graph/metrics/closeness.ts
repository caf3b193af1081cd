/**
 * Closeness centrality with the Wasserman–Faust correction (networkx's default
 * wf_improved=True): (r / Σd) × r / (N − 1), r = nodes reachable, so nodes of small
 * components are not overrated.
 *
 * Exact (graphology-metrics, `wassermanFaust: true`) on every connected component up to
 * `exactNodeLimit` nodes, rescaled from the component's N to the whole graph's. On a
 * larger component, the mean distance to each node is estimated from its distances to a
 * deterministic sample of BFS sources (Eppstein & Wang 2004): see sampled-paths.ts.
 */
import closeness from 'graphology-metrics/centrality/closeness';
import { csrOf } from './csr';
import { componentGraph, componentSummary, componentsOf } from './components';
import { sampledPaths } from './sampled-paths';
import type { MetricDescriptor } from './types';

export const closenessMetric: MetricDescriptor = {
  id: 'closeness',
  compute(graph, options) {
    const csr = csrOf(graph);
    const N = csr.ids.length;
    const values: Record<string, number> = {};
    const components = componentsOf(csr);
    const samples: string[] = [];
    for (const c of components) {
      // Inside the component r = n_c − 1; the whole graph's correction divides by N − 1.
      const rescale = N > 1 ? (c.order - 1) / (N - 1) : 0;
      if (c.order <= options.exactNodeLimit) {
        const local = closeness(componentGraph(graph, csr, c), { wassermanFaust: true });
        for (const node in local) values[node] = local[node]! * rescale;
        continue;
      }
      const paths = sampledPaths(csr, options);
      for (const i of c.members) {
        const sum = paths.distanceSum[i]!;
        values[csr.ids[i]!] = sum > 0 ? (paths.reached[i]! / sum) * rescale : 0;
      }
      samples.push(`${paths.sources.get(c)} of ${c.order} sources`);
    }
    const how = componentSummary(components, options.exactNodeLimit);
    return {
      values,
      method:
        `closeness with the Wasserman–Faust correction, unweighted, undirected: ${how}` +
        (samples.length
          ? ` (mean distance from ${samples.join('; ')}, the sources betweenness used, seeded sample; an estimate)`
          : ' (graphology-metrics)'),
    };
  },
};
