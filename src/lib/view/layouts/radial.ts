/**
 * Radiale: concentric rings by the chosen measure, the highest values at the centre.
 * Values are binned into a few rings of equal value width so that a ring means
 * "about this much"; each ring's radius keeps neighbours on the ring, and the rings
 * themselves, further apart than their nodes' reach (node plus label), so nothing overlaps. Within a ring nodes are grouped by area, then level, then document order.
 */
import { KIND_ORDER, type PlanIndex } from '../../model/plan-index';
import type { LoadLevel } from '../../types';
import type { ElementSet, NodeElement } from '../elements';
import { measureValue, type Measure } from '../measure';
import { MAX_NODE_SIZE } from '../sizing';
import { reach, ringRadius, type PresetLayout, type Point } from './geometry';

export interface RadialOptions {
  measure: Measure;
  level?: LoadLevel;
  rings?: number;
  nodeSize?: number;
}

export function radialLayout(index: PlanIndex, elements: ElementSet, options: RadialOptions): PresetLayout {
  const size = options.nodeSize ?? MAX_NODE_SIZE;
  const ringCount = Math.max(1, options.rings ?? 5);
  const value = new Map<string, number>();
  for (const el of elements.nodes) {
    const n = index.node(el.data.id);
    value.set(el.data.id, n ? measureValue(index, n, options.measure, options.level) : 0);
  }
  const values = [...value.values()];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const ringOf = (v: number) => (hi > lo ? Math.min(ringCount - 1, Math.floor(((hi - v) / (hi - lo)) * ringCount)) : 0);
  const rings: NodeElement[][] = Array.from({ length: ringCount }, () => []);
  for (const el of elements.nodes) rings[ringOf(value.get(el.data.id)!)].push(el);

  const docOrder = new Map(index.payload.nodes.map((n, i) => [n.id, i]));
  const areaOrder = new Map(index.byKind('area').map((a, i) => [a.id, i]));
  const positions = new Map<string, Point>();
  let radius = 0;
  let previousReach = 0;
  const margin = 12;
  for (const ring of rings.filter((r) => r.length > 0)) {
    ring.sort(
      (a, b) =>
        (areaOrder.get(a.data.area) ?? 99) - (areaOrder.get(b.data.area) ?? 99) ||
        KIND_ORDER[a.data.kind] - KIND_ORDER[b.data.kind] ||
        (docOrder.get(a.data.id) ?? 0) - (docOrder.get(b.data.id) ?? 0),
    );
    const r = Math.max(...ring.map((el) => reach(el, size, 'bottom'))) + margin / 2;
    const single = ring.length === 1 && positions.size === 0;
    radius = single ? 0 : Math.max(positions.size ? radius + previousReach + r : 0, ringRadius(ring.length, 2 * r));
    previousReach = r;
    ring.forEach((el, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / ring.length;
      positions.set(el.data.id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    });
  }
  return { positions, labelSide: 'bottom' };
}
