/**
 * A scene without a screen: positions (given, or the layered layout) and the view's
 * conventions (shape by kind, colour by ambito). The app reads its scenes from
 * Cytoscape; `sceneFromScope` serves the CLI, tests and any caller with no canvas yet,
 * and `sceneFromElements` draws, as the canvas would, nodes the canvas does not show
 * (an export of the whole graph while filters or a focus hide some).
 */
import type { PlanIndex } from '../model/plan-index';
import type { NodeKind } from '../types';
import { areaStyles, NEUTRAL } from '../view/palette';
import { KIND_SHAPES } from '../view/shapes';
import { LABEL_SPECS } from '../view/label';
import type { ElementSet } from '../view/elements';
import type { PresetLayout } from '../view/layouts/geometry';
import { layeredPositions } from './layered-positions';
import type { Point, Scene, Scope } from './types';

const SIZE: Record<NodeKind, number> = {
  area: 56,
  strategic_objective: 46,
  operational_objective: 40,
  management_objective: 34,
  action: 28,
  organism: 44,
};

export function sceneFromScope(index: PlanIndex, scope: Scope, positions?: Map<string, Point>): Scene {
  const styles = areaStyles(index.payload);
  const fallback = positions ? null : layeredPositions(scope.nodes);
  return {
    nodes: scope.nodes.map((n) => {
      const p = positions?.get(n.id) ?? fallback?.get(n.id) ?? { x: 0, y: 0 };
      const area = n.kind === 'organism' || !n.areas[0] ? undefined : styles.get(n.areas[0]);
      const colour = area?.color ?? NEUTRAL;
      return {
        id: n.id,
        kind: n.kind,
        x: p.x,
        y: p.y,
        width: SIZE[n.kind],
        height: SIZE[n.kind],
        shape: KIND_SHAPES[n.kind],
        fill: colour,
        stroke: '#1F2328',
        strokeWidth: 1,
        label: n.label,
        fullLabel: n.label,
        fontSize: 11,
        labelColor: '#1F2328',
        ...(area ? { pattern: area.pattern } : {}),
      };
    }),
    edges: scope.edges.map((e) => ({
      id: e.id,
      source: e.source,
      target: e.target,
      color: e.kind === 'assigned' ? '#5F6B76' : '#8C959F',
      width: 1.5,
      arrow: true,
    })),
  };
}

/** The canvas's fixed colours (view/style.ts): labels, node rings, edges. */
const CANVAS_INK = { text: '#1F2328', ring: '#FFFFFF', edge: '#8A949E' };

/**
 * Elements as view/elements.ts builds them (colour, shortened label, full text), sized
 * like the canvas (`sizes`, else the element's own) and placed by one of the app's
 * preset layouts: the picture the canvas would draw if it showed these nodes.
 */
export function sceneFromElements(elements: ElementSet, layout: PresetLayout, sizes?: ReadonlyMap<string, number>): Scene {
  return {
    ...(layout.rings?.length ? { rings: layout.rings } : {}),
    nodes: elements.nodes.map(({ data }) => {
      const p = layout.positions.get(data.id) ?? { x: 0, y: 0 };
      const size = sizes?.get(data.id) ?? data.size;
      return {
        id: data.id,
        kind: data.kind,
        x: p.x,
        y: p.y,
        width: size,
        height: size,
        shape: KIND_SHAPES[data.kind],
        fill: data.color,
        stroke: CANVAS_INK.ring,
        strokeWidth: 1.5,
        label: data.label.replace(/\s+/g, ' ').trim(),
        fullLabel: data.full,
        fontSize: LABEL_SPECS[data.kind].fontSize,
        labelColor: CANVAS_INK.text,
        labelSide: layout.labelSide,
        ...(data.pattern ? { pattern: data.pattern } : {}),
      };
    }),
    edges: elements.edges.map(({ data }) => ({
      id: data.id,
      source: data.source,
      target: data.target,
      color: CANVAS_INK.edge,
      width: 1.4,
      arrow: data.kind !== 'co',
    })),
  };
}
