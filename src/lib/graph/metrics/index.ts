/**
 * The metrics registry: each entry fills one field of NodeMetrics. A new metric is one
 * file beside this one and one line in METRICS (and, for the payload, a NodeMetrics field).
 */
import type { MetricId } from '../../types';
import type { TramaGraph } from '../model';
import { IndexedGraph } from '../indexed-graph';
import { csrFromEdges, csrOf } from './csr';
import { betweennessMetric } from './betweenness';
import { closenessMetric } from './closeness';
import { degreeMetric } from './degree';
import { eigenvectorMetric } from './eigenvector';
import { pagerankMetric } from './pagerank';
import { DEFAULT_METRIC_OPTIONS, type MetricDescriptor, type MetricOptions } from './types';

export const METRICS: readonly MetricDescriptor[] = [
  degreeMetric,
  betweennessMetric,
  closenessMetric,
  pagerankMetric,
  eigenvectorMetric,
];

export interface MetricTable {
  values: Partial<Record<MetricId, Record<string, number>>>;
  methods: Record<string, string>;
}

/** Runs `stage` around each step; the pipeline passes its timer here. */
export type Instrument = <T>(stage: string, run: () => T) => T;
const direct: Instrument = (_stage, run) => run();

export function computeMetrics(
  graph: IndexedGraph | TramaGraph,
  options: Partial<MetricOptions> = {},
  instrument: Instrument = direct,
): MetricTable {
  const settings = { ...DEFAULT_METRIC_OPTIONS, ...options };
  const undirected = instrument('metrics: undirected CSR', () =>
    graph instanceof IndexedGraph ? csrFromEdges(graph.ids, graph.edgeSource, graph.edgeTarget) : csrOf(graph));
  const table: MetricTable = { values: {}, methods: {} };
  for (const metric of METRICS) {
    const result = instrument(`metric: ${metric.id}`, () => metric.compute(undirected, settings));
    if (result.values !== null) table.values[metric.id] = result.values;
    table.methods[metric.id] = result.method;
  }
  return table;
}

export type { MetricDescriptor, MetricOptions } from './types';
export { DEFAULT_METRIC_OPTIONS } from './types';
export type { Csr, MetricGraph } from './csr';
