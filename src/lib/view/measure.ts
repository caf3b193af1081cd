/**
 * The measure that sizes nodes, ranks organisms and drives the "minimum" filter.
 * `load` is the headline: for an organism, how many objectives of the chosen level it
 * carries; for any other node, how many organisms carry it (its reach downwards).
 */
import type { PlanIndex } from '../model/plan-index';
import { LOAD_LEVELS, type LoadLevel, type PayloadNode } from '../types';

export const MEASURES = ['load', 'degree', 'betweenness', 'closeness', 'pagerank', 'eigenvector'] as const;
export type Measure = (typeof MEASURES)[number];

export function isMeasure(v: unknown): v is Measure {
  return typeof v === 'string' && (MEASURES as readonly string[]).includes(v);
}
export function isLoadLevel(v: unknown): v is LoadLevel {
  return typeof v === 'string' && (LOAD_LEVELS as readonly string[]).includes(v);
}

export function measureValue(
  index: PlanIndex,
  node: PayloadNode,
  measure: Measure,
  level: LoadLevel = 'management_objective',
): number {
  if (measure === 'load') {
    if (node.load) return node.load[level];
    return node.kind === 'organism' ? 0 : index.organismsBelow(node.id).size;
  }
  return node.metrics[measure] ?? 0;
}

/** [min, max] of a measure over some nodes; [0, 0] when there are none. */
export function measureExtent(
  index: PlanIndex,
  nodes: readonly PayloadNode[],
  measure: Measure,
  level?: LoadLevel,
): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const n of nodes) {
    const v = measureValue(index, n, measure, level);
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return nodes.length ? [lo, hi] : [0, 0];
}
