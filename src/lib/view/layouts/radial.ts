/**
 * Radiale: concentric rings by the chosen measure, the highest values at the centre.
 * Values are binned into a few bands of equal value width so that a band means
 * "about this much"; a crowded band is laid on several rings (tracks), higher values
 * inside. Each ring's radius keeps neighbours on it, and the rings themselves, further
 * apart than their nodes' reach (node plus label), so nothing overlaps. Within a ring
 * nodes are grouped by area, then level, then document order.
 */
import { KIND_ORDER, type PlanIndex } from '../../model/plan-index';
import type { LoadLevel } from '../../types';
import type { ElementSet, NodeElement } from '../elements';
import { measureValue, type Measure } from '../measure';
import { MAX_NODE_SIZE } from '../sizing';
import { reach, ringRadius, type PresetLayout, type Point, type RingGuide } from './geometry';

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
  const guides: RingGuide[] = [];
  let radius = 0;
  let previousReach = 0;
  const margin = 12;
  for (const [b, band] of rings.filter((r) => r.length > 0).entries()) {
    const r = Math.max(...band.map((el) => reach(el, size, 'bottom'))) + margin / 2;
    const first = positions.size === 0;
    const inner = first ? 0 : radius + previousReach + r;
    // A crowded band goes on several tracks, highest values inside: one track for 50
    // nodes needs a ring three times wider than three tracks of 17, and the view is fitted
    // to the widest ring, so every label would be drawn a third of the size.
    const tracks = bestTracks(band.length, r, inner);
    band.sort((a, b) => value.get(b.data.id)! - value.get(a.data.id)! || (docOrder.get(a.data.id) ?? 0) - (docOrder.get(b.data.id) ?? 0));
    const max = value.get(band[0]!.data.id)!;
    const min = value.get(band[band.length - 1]!.data.id)!;
    const perTrack = Math.ceil(band.length / tracks);
    for (let t = 0; t * perTrack < band.length; t++) {
      const ring = band.slice(t * perTrack, (t + 1) * perTrack);
      ring.sort(
        (a, b) =>
          (areaOrder.get(a.data.area) ?? 99) - (areaOrder.get(b.data.area) ?? 99) ||
          KIND_ORDER[a.data.kind] - KIND_ORDER[b.data.kind] ||
          (docOrder.get(a.data.id) ?? 0) - (docOrder.get(b.data.id) ?? 0),
      );
      const single = ring.length === 1 && positions.size === 0;
      radius = single ? 0 : Math.max(positions.size ? radius + previousReach + r : 0, ringRadius(ring.length, 2 * r));
      previousReach = r;
      // Every other track turns by half a step, so neighbours across tracks do not line up.
      const turn = t % 2 === 1 ? Math.PI / ring.length : 0;
      // Half a step past the first node: the gap between it and the next, or opposite a lone one.
      guides.push({ radius, band: b + 1, min, max, gapAngle: -Math.PI / 2 + turn + Math.PI / ring.length });
      ring.forEach((el, i) => {
        const angle = -Math.PI / 2 + turn + (2 * Math.PI * i) / ring.length;
        positions.set(el.data.id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
      });
    }
  }
  return { positions, labelSide: 'bottom', rings: guides };
}

/**
 * How many tracks `n` nodes of reach `r` take so that the outermost is smallest, the
 * first starting at radius `inner` (0 for the centre) and each next one 2r further out.
 */
export function bestTracks(n: number, r: number, inner: number): number {
  let best = 1;
  let bestOuter = Infinity;
  for (let m = 1; m <= n; m++) {
    const perTrack = Math.ceil(n / m);
    const tracks = Math.ceil(n / perTrack);
    const outer = Math.max(inner, ringRadius(perTrack, 2 * r)) + (tracks - 1) * 2 * r;
    if (outer < bestOuter - 1e-9) {
      best = m;
      bestOuter = outer;
    }
    if (perTrack === 1) break;
  }
  return best;
}
