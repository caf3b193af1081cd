/**
 * Gerarchia: one column (left-to-right) or one row (top-to-bottom) per level, ambito
 * first, organisms last. Deterministic. Slots are sized from each node's label box and
 * the largest node size, so nothing overlaps whatever measure sizes the nodes. Within a
 * level nodes follow the barycentre of their parents (fewer crossings); organisms follow
 * their load rank, the question this view answers being "who carries the most".
 */
import { KIND_ORDER, type PlanIndex } from '../../model/plan-index';
import type { ElementSet, NodeElement } from '../elements';
import { MAX_NODE_SIZE } from '../sizing';
import { LABEL_GAP, labelSize, type PresetLayout, type Point } from './geometry';

export type Orientation = 'lr' | 'tb';

export interface HierarchyOptions {
  orientation: Orientation;
  /** Space between slots along a level, and between levels. */
  gap?: number;
  levelGap?: number;
  nodeSize?: number;
}

export function hierarchyLayout(index: PlanIndex, elements: ElementSet, options: HierarchyOptions): PresetLayout {
  const { orientation } = options;
  const gap = options.gap ?? 10;
  const levelGap = options.levelGap ?? (orientation === 'lr' ? 44 : 56);
  const size = options.nodeSize ?? MAX_NODE_SIZE;
  const docOrder = new Map(index.payload.nodes.map((n, i) => [n.id, i]));
  const levels = groupByLevel(elements.nodes);
  const positions = new Map<string, Point>();
  const side = orientation === 'lr' ? 'right' : 'bottom';
  let levelAt = 0;
  for (const level of levels) {
    sortLevel(level, index, elements, positions, docOrder, orientation);
    // Extent of each slot along the level, and the depth of the level across it.
    const extents = level.map((el) => {
      const { w, h } = labelSize(el);
      return orientation === 'lr' ? Math.max(size, h) : Math.max(size, w);
    });
    const depth = Math.max(
      ...level.map((el) => {
        const { w, h } = labelSize(el);
        return orientation === 'lr' ? size + LABEL_GAP + w : size + LABEL_GAP + h;
      }),
    );
    const total = extents.reduce((s, e) => s + e, 0) + gap * (level.length - 1);
    let along = -total / 2;
    level.forEach((el, i) => {
      const centre = along + extents[i] / 2;
      along += extents[i] + gap;
      const across = levelAt + size / 2;
      positions.set(el.data.id, orientation === 'lr' ? { x: across, y: centre } : { x: centre, y: across });
    });
    levelAt += depth + levelGap;
  }
  return { positions, labelSide: side };
}

export function groupByLevel(nodes: readonly NodeElement[]): NodeElement[][] {
  const byLevel = new Map<number, NodeElement[]>();
  for (const el of nodes) {
    const k = KIND_ORDER[el.data.kind];
    const list = byLevel.get(k) ?? [];
    list.push(el);
    byLevel.set(k, list);
  }
  return [...byLevel.keys()].sort((a, b) => a - b).map((k) => byLevel.get(k)!);
}

function sortLevel(
  level: NodeElement[],
  index: PlanIndex,
  elements: ElementSet,
  placed: Map<string, Point>,
  docOrder: Map<string, number>,
  orientation: Orientation,
): void {
  const doc = (el: NodeElement) => docOrder.get(el.data.id) ?? 0;
  if (level[0].data.kind === 'organism') {
    const rank = (el: NodeElement) => index.node(el.data.id)?.load?.rank ?? Number.MAX_SAFE_INTEGER;
    level.sort((a, b) => rank(a) - rank(b) || a.data.full.localeCompare(b.data.full, 'it'));
    return;
  }
  const coord = (p: Point) => (orientation === 'lr' ? p.y : p.x);
  const key = new Map<string, number>();
  for (const el of level) {
    const parents = (elements.up.get(el.data.id) ?? []).map((p) => placed.get(p)).filter((p): p is Point => !!p);
    key.set(el.data.id, parents.length ? parents.reduce((s, p) => s + coord(p), 0) / parents.length : Number.NEGATIVE_INFINITY);
  }
  // Nodes without a drawn parent keep document order, ahead of the rest.
  level.sort((a, b) => key.get(a.data.id)! - key.get(b.data.id)! || doc(a) - doc(b));
}
