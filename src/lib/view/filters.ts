/**
 * Which nodes the filters leave visible. Pure: (index, filters) → ids. The canvas, the
 * table, the export scope and the "N nodes hidden" counter all read this one answer.
 */
import type { PlanIndex } from '../model/plan-index';
import type { LoadLevel, NodeKind } from '../types';
import { measureValue, type Measure } from './measure';

export interface Filters {
  /** Areas switched off: everything only under them disappears. */
  hiddenAreas: string[];
  /** When non-empty, only these organisms and the chains that lead to them stay. */
  organisms: string[];
  /** Kinds switched off (e.g. 'action': objectives then link to organisms directly). */
  hiddenKinds: NodeKind[];
  /** Nodes below this value of the measure are hidden; 0 = no minimum. */
  minMeasure: number;
}

export const EMPTY_FILTERS: Filters = { hiddenAreas: [], organisms: [], hiddenKinds: [], minMeasure: 0 };

export function isFiltering(f: Filters): boolean {
  return f.hiddenAreas.length > 0 || f.organisms.length > 0 || f.hiddenKinds.length > 0 || f.minMeasure > 0;
}

export function visibleNodeIds(
  index: PlanIndex,
  filters: Filters,
  measure: Measure,
  level?: LoadLevel,
): Set<string> {
  const hiddenAreas = new Set(filters.hiddenAreas);
  const hiddenKinds = new Set(filters.hiddenKinds);
  const onlyOrganisms = new Set(filters.organisms);
  const out = new Set<string>();
  for (const node of index.payload.nodes) {
    if (hiddenKinds.has(node.kind)) continue;
    // A node under several areas stays while one of them is shown.
    if (node.areas.length > 0 && node.areas.every((a) => hiddenAreas.has(a))) continue;
    if (onlyOrganisms.size > 0) {
      const below = index.organismsBelow(node.id);
      if (![...below].some((o) => onlyOrganisms.has(o))) continue;
    }
    if (filters.minMeasure > 0 && measureValue(index, node, measure, level) < filters.minMeasure) continue;
    out.add(node.id);
  }
  return out;
}
