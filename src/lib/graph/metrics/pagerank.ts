/**
 * PageRank, α = 0.85, unweighted, on the undirected graph, which is what networkx's
 * pagerank does with an undirected graph. The tolerance is tighter than the library's
 * default (1e-6 × N on the L1 change) so values agree with networkx's to 1e-9.
 * graphology-metrics up to `exactNodeLimit` nodes; above, its same iteration on the CSR.
 */
import pagerank from 'graphology-metrics/centrality/pagerank';
import { csrOf, graphologyOf } from './csr';
import { csrPagerank } from './power-iteration';
import { LARGE_GRAPH, type MetricDescriptor } from './types';

export const PAGERANK = { alpha: 0.85, tolerance: 1e-12, maxIterations: 1000 } as const;
/** From LARGE_GRAPH nodes: values are ~1/N; 1e-10 per node keeps them to a few parts in 10^5. */
export const PAGERANK_LARGE_TOLERANCE = 1e-10;

export const pagerankMetric: MetricDescriptor = {
  id: 'pagerank',
  compute(graph, options) {
    const csr = csrOf(graph);
    if (csr.ids.length === 0) return { values: {}, method: 'PageRank: empty graph' };
    const small = csr.ids.length <= options.exactNodeLimit;
    const tolerance = csr.ids.length < LARGE_GRAPH ? PAGERANK.tolerance : PAGERANK_LARGE_TOLERANCE;
    const values = small
      ? pagerank(graphologyOf(graph), { ...PAGERANK, getEdgeWeight: null })
      : csrPagerank(csr, PAGERANK.alpha, tolerance, PAGERANK.maxIterations);
    return {
      values,
      method:
        `PageRank (${small ? 'graphology-metrics' : "graphology-metrics' power iteration on typed arrays"}), ` +
        `alpha ${PAGERANK.alpha}, unweighted, undirected, power iteration to tolerance ${tolerance}`,
    };
  },
};
