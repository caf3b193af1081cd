/**
 * Eigenvector centrality (graphology-metrics: power iteration on A + I, as networkx's
 * eigenvector_centrality). It may not converge; then the field is omitted from every node
 * and meta.methods says so, rather than failing the whole run.
 */
import eigenvector from 'graphology-metrics/centrality/eigenvector';
import { csrOf, graphologyOf } from './csr';
import { LARGE_GRAPH, type MetricDescriptor } from './types';

export const EIGENVECTOR = { tolerance: 1e-10, maxIterations: 1000 } as const;
/** From LARGE_GRAPH nodes: values are ~1/√N, so 1e-8 per node still fixes the ranking; 1000 iterations
 *  at 1e-10 took 10 s of CPU at 200k nodes (and the synthetic 100k graph does not converge anyway). */
export const EIGENVECTOR_LARGE = { tolerance: 1e-8, maxIterations: 300 } as const;

export const eigenvectorMetric: MetricDescriptor = {
  id: 'eigenvector',
  compute(graph) {
    const order = csrOf(graph).ids.length;
    const { tolerance, maxIterations } = order < LARGE_GRAPH ? EIGENVECTOR : EIGENVECTOR_LARGE;
    const how =
      `eigenvector centrality (graphology-metrics), unweighted, undirected, power iteration on A+I, ` +
      `tolerance ${tolerance}, at most ${maxIterations} iterations`;
    if (order === 0) return { values: {}, method: how };
    try {
      return { values: eigenvector(graphologyOf(graph), { tolerance, maxIterations, getEdgeWeight: null }), method: how };
    } catch (error) {
      if (!(error instanceof Error && /converge/.test(error.message))) throw error;
      return { values: null, method: `${how}: did not converge, omitted` };
    }
  },
};
