/**
 * A metric is one descriptor: an id from the payload's NodeMetrics, and a function from
 * the undirected graph to a value per node plus a sentence saying how it was computed
 * (it goes into meta.methods). Adding a metric: one file, one line in index.ts.
 */
import type { MetricGraph } from './csr';
import type { MetricId } from '../../types';

export interface MetricOptions {
  /** Largest graph (nodes) on which O(V·E) metrics are computed exactly. */
  exactNodeLimit: number;
  /** Above the limit: how many edge visits an approximation may spend (sources × (V + E)). */
  sampleBudget: number;
  /** Seed of the deterministic source sampling. */
  seed: number;
}

export const DEFAULT_METRIC_OPTIONS: MetricOptions = {
  exactNodeLimit: 5000,
  sampleBudget: 20_000_000,
  seed: 20222024,
};

/** From this many nodes the power iterations stop at a looser tolerance (said in meta.methods). */
export const LARGE_GRAPH = 50_000;

export interface MetricResult {
  /** Value per node id; null when the metric could not be computed (then it is omitted). */
  values: Record<string, number> | null;
  method: string;
}

export interface MetricDescriptor {
  id: MetricId;
  /** `graph` is taken as undirected; a graphology graph or the pipeline's CSR. */
  compute(graph: MetricGraph, options: MetricOptions): MetricResult;
}
