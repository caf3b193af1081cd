/**
 * PageRank (graphology-metrics), α = 0.85, unweighted, on the undirected graph, which is
 * what networkx's pagerank does with an undirected graph. The tolerance is tighter than
 * the library's default (1e-6 × N on the L1 change) so values agree with networkx's to 1e-9;
 * from LARGE_GRAPH nodes it is relaxed, since values are ~1/N and 1e-10 per node keeps them
 * to a few parts in 10^5 at a fraction of the iterations.
 */
import pagerank from 'graphology-metrics/centrality/pagerank';
import { csrOf, graphologyOf } from './csr';
import { LARGE_GRAPH, type MetricDescriptor } from './types';

export const PAGERANK = { alpha: 0.85, tolerance: 1e-12, maxIterations: 1000 } as const;
export const PAGERANK_LARGE_TOLERANCE = 1e-10;

export const pagerankMetric: MetricDescriptor = {
  id: 'pagerank',
  compute(graph) {
    const order = csrOf(graph).ids.length;
    if (order === 0) return { values: {}, method: 'PageRank: empty graph' };
    const tolerance = order < LARGE_GRAPH ? PAGERANK.tolerance : PAGERANK_LARGE_TOLERANCE;
    const values = pagerank(graphologyOf(graph), { ...PAGERANK, tolerance, getEdgeWeight: null });
    return {
      values,
      method: `PageRank (graphology-metrics), alpha ${PAGERANK.alpha}, unweighted, undirected, power iteration to tolerance ${tolerance}`,
    };
  },
};
