/**
 * Degree: number of distinct neighbours (an integer, not graphology-metrics' normalised
 * degree centrality). The undirected copy is simple, so graphology's degree is exactly that.
 */
import type { MetricDescriptor } from './types';

export const degreeMetric: MetricDescriptor = {
  id: 'degree',
  compute(graph) {
    const values: Record<string, number> = {};
    graph.forEachNode((id) => (values[id] = graph.degree(id)));
    return { values, method: 'number of distinct neighbours, graph taken as undirected' };
  },
};
