/**
 * Eigenvector centrality (power iteration on A + I, as networkx's eigenvector_centrality):
 * graphology-metrics up to `exactNodeLimit` nodes, its same iteration on the CSR above.
 * It may not converge; then the field is omitted from every node and meta.methods says
 * so, rather than failing the whole run.
 */
import eigenvector from 'graphology-metrics/centrality/eigenvector';
import { csrOf, graphologyOf } from './csr';
import { csrEigenvector, NotConvergedError } from './power-iteration';
import { LARGE_GRAPH, type MetricDescriptor } from './types';

export const EIGENVECTOR = { tolerance: 1e-10, maxIterations: 1000 } as const;
/** From LARGE_GRAPH nodes: values are ~1/√N, so 1e-8 per node still fixes the ranking; 1000 iterations
 *  at 1e-10 took 10 s of CPU at 200k nodes (and the synthetic 100k graph does not converge anyway). */
export const EIGENVECTOR_LARGE = { tolerance: 1e-8, maxIterations: 300 } as const;

export const eigenvectorMetric: MetricDescriptor = {
  id: 'eigenvector',
  compute(graph, options) {
    const csr = csrOf(graph);
    const small = csr.ids.length <= options.exactNodeLimit;
    const { tolerance, maxIterations } = csr.ids.length < LARGE_GRAPH ? EIGENVECTOR : EIGENVECTOR_LARGE;
    const how =
      `eigenvector centrality (${small ? 'graphology-metrics' : "graphology-metrics' power iteration on typed arrays"}), ` +
      `unweighted, undirected, power iteration on A+I, tolerance ${tolerance}, at most ${maxIterations} iterations`;
    if (csr.ids.length === 0) return { values: {}, method: how };
    try {
      const values = small
        ? eigenvector(graphologyOf(graph), { ...EIGENVECTOR, getEdgeWeight: null })
        : csrEigenvector(csr, tolerance, maxIterations);
      return { values, method: how };
    } catch (error) {
      if (!(error instanceof NotConvergedError) && !(error instanceof Error && /converge/.test(error.message))) throw error;
      return { values: null, method: `${how}: did not converge, omitted` };
    }
  },
};
