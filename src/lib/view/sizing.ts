/**
 * Node size from the chosen measure. A square-root scale, so that a node's area (not its
 * width) grows with the value: twice the load reads as twice the ink.
 */
import { scaleSqrt } from 'd3-scale';
import type { PlanIndex } from '../model/plan-index';
import type { LoadLevel, PayloadNode } from '../types';
import { measureExtent, measureValue, type Measure } from './measure';

export const MIN_NODE_SIZE = 16;
export const MAX_NODE_SIZE = 48;

/** Size in px (zoom 1) of every node of `nodes`, by `measure`, on one shared domain. */
export function nodeSizes(
  index: PlanIndex,
  nodes: readonly PayloadNode[],
  measure: Measure,
  level?: LoadLevel,
  range: [number, number] = [MIN_NODE_SIZE, MAX_NODE_SIZE],
): Map<string, number> {
  const [lo, hi] = measureExtent(index, nodes, measure, level);
  const out = new Map<string, number>();
  if (!(hi > lo)) {
    const mid = Math.round((range[0] + range[1]) / 2);
    for (const n of nodes) out.set(n.id, mid);
    return out;
  }
  // Domain from 0 when every value is non-negative, so sizes compare values, not ranks.
  const scale = scaleSqrt().domain([Math.min(0, lo), hi]).range(range).clamp(true);
  for (const n of nodes) out.set(n.id, Math.round(scale(measureValue(index, n, measure, level)) * 10) / 10);
  return out;
}
