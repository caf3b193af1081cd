/**
 * Degree: number of distinct neighbours (an integer, not graphology-metrics' normalised
 * degree centrality), read off the simple undirected CSR.
 */
import { csrOf } from './csr';
import type { MetricDescriptor } from './types';

export const degreeMetric: MetricDescriptor = {
  id: 'degree',
  compute(graph) {
    const { ids, offsets } = csrOf(graph);
    const values: Record<string, number> = {};
    for (let i = 0; i < ids.length; i++) values[ids[i]!] = offsets[i + 1]! - offsets[i]!;
    return { values, method: 'number of distinct neighbours, graph taken as undirected' };
  },
};
