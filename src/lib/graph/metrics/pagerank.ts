/**
 * PageRank (graphology-metrics), α = 0.85, unweighted, on the undirected graph, which is
 * what networkx's pagerank does with an undirected graph. The tolerance is tighter than
 * the library's default (1e-6 × N on the L1 change) so values agree with networkx's to 1e-9.
 */
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { MetricDescriptor } from './types';

export const PAGERANK = { alpha: 0.85, tolerance: 1e-12, maxIterations: 1000 } as const;

export const pagerankMetric: MetricDescriptor = {
  id: 'pagerank',
  compute(graph) {
    if (graph.order === 0) return { values: {}, method: 'PageRank: empty graph' };
    const values = pagerank(graph, { ...PAGERANK, getEdgeWeight: null });
    return {
      values,
      method: `PageRank (graphology-metrics), alpha ${PAGERANK.alpha}, unweighted, undirected, power iteration to tolerance ${PAGERANK.tolerance}`,
    };
  },
};
