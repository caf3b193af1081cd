/**
 * Organismi: the co-assignment graph on a circle, organisms grouped by main area and,
 * within it, by load rank, so that partners of the same area sit together and the
 * thickest edges (most shared objectives) stay readable. Deterministic.
 */
import type { PlanIndex } from '../../model/plan-index';
import type { ElementSet, NodeElement } from '../elements';
import { MAX_NODE_SIZE } from '../sizing';
import { reach, ringRadius, type PresetLayout, type Point } from './geometry';

/** Around the circle: by main area, then load rank, then name. */
export function organismOrder(index: PlanIndex, elements: ElementSet): NodeElement[] {
  const areaOrder = new Map(index.byKind('area').map((a, i) => [a.id, i]));
  const rank = (id: string) => index.node(id)?.load?.rank ?? Number.MAX_SAFE_INTEGER;
  return [...elements.nodes].sort(
    (a, b) =>
      (areaOrder.get(a.data.area) ?? 99) - (areaOrder.get(b.data.area) ?? 99) ||
      rank(a.data.id) - rank(b.data.id) ||
      a.data.full.localeCompare(b.data.full, 'it'),
  );
}

export function organismsLayout(index: PlanIndex, elements: ElementSet, nodeSize = MAX_NODE_SIZE): PresetLayout {
  const nodes = organismOrder(index, elements);
  const positions = new Map<string, Point>();
  if (nodes.length === 1) positions.set(nodes[0].data.id, { x: 0, y: 0 });
  if (nodes.length <= 1) return { positions, labelSide: 'bottom' };
  const r = Math.max(...nodes.map((n) => reach(n, nodeSize, 'bottom'))) + 8;
  const radius = Math.max(160, ringRadius(nodes.length, 2 * r));
  nodes.forEach((el, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / nodes.length;
    positions.set(el.data.id, { x: Math.round(radius * Math.cos(angle)), y: Math.round(radius * Math.sin(angle)) });
  });
  return { positions, labelSide: 'bottom' };
}
