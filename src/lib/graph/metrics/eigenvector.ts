/**
 * Eigenvector centrality (graphology-metrics: power iteration on A + I, as networkx's
 * eigenvector_centrality). It may not converge; then the field is omitted from every
 * node and meta.methods says so, rather than failing the whole run.
 */
import eigenvector from 'graphology-metrics/centrality/eigenvector';
import type { MetricDescriptor } from './types';

export const EIGENVECTOR = { tolerance: 1e-10, maxIterations: 1000 } as const;

export const eigenvectorMetric: MetricDescriptor = {
  id: 'eigenvector',
  compute(graph) {
    const how = `eigenvector centrality (graphology-metrics), unweighted, undirected, power iteration on A+I, tolerance ${EIGENVECTOR.tolerance}, at most ${EIGENVECTOR.maxIterations} iterations`;
    if (graph.order === 0) return { values: {}, method: how };
    try {
      return { values: eigenvector(graph, { ...EIGENVECTOR, getEdgeWeight: null }), method: how };
    } catch (error) {
      if (!(error instanceof Error) || !/converge/.test(error.message)) throw error;
      return { values: null, method: `${how}: did not converge, omitted` };
    }
  },
};
