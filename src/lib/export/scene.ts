/**
 * A scene without a screen: positions (given, or the layered layout) and the view's
 * conventions (shape by kind, colour by ambito). The app reads its scenes from
 * Cytoscape; this one serves the CLI, tests and any caller with no canvas yet.
 */
import type { PlanIndex } from '../model/plan-index';
import type { NodeKind } from '../types';
import { areaStyles, NEUTRAL } from '../view/palette';
import { KIND_SHAPES } from '../view/shapes';
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
      const colour = n.kind === 'organism' ? NEUTRAL : ((n.areas[0] && styles.get(n.areas[0])?.color) || NEUTRAL);
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
