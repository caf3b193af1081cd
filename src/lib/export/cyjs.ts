/**
 * Cytoscape.js JSON: the shape of `cy.json()` (elements.nodes / elements.edges with data
 * and position), which Cytoscape desktop imports as "Cytoscape.js JSON" and which
 * `cytoscape({ elements })` loads as is. Data fields are those of attributes.ts plus
 * `name` (Cytoscape desktop's default label column).
 */
import type { PlanIndex } from '../model/plan-index';
import { areaStyles, NEUTRAL } from '../view/palette';
import { KIND_SHAPES } from '../view/shapes';
import { edgeRecord, nodeAttributeSpecs, nodeRecord } from './attributes';
import { layeredPositions } from './layered-positions';
import type { Point, Scope } from './types';

export interface CyjsDocument {
  format_version: '1.0';
  generated_by: string;
  target_cytoscapejs_version: string;
  data: Record<string, string>;
  elements: {
    nodes: Array<{ data: Record<string, string | number | boolean>; position: Point }>;
    edges: Array<{ data: Record<string, string | number | boolean> }>;
  };
}

/** `positions` come from the screen when there is one; otherwise a layered layout is used. */
export function buildCyjs(index: PlanIndex, scope: Scope, positions?: Map<string, Point>): CyjsDocument {
  const specs = nodeAttributeSpecs(index);
  const fallback = layeredPositions(scope.nodes);
  const styles = areaStyles(index.payload);
  const meta = index.payload.meta;
  return {
    format_version: '1.0',
    generated_by: 'Trama',
    target_cytoscapejs_version: '~3.30',
    data: { name: meta.title, citation: meta.citation, scope: scope.token },
    elements: {
      nodes: scope.nodes.map((n) => ({
        data: {
          id: n.id,
          name: n.label,
          ...nodeRecord(index, n, specs),
          shape: KIND_SHAPES[n.kind],
          color: (n.areas[0] && styles.get(n.areas[0])?.color) || NEUTRAL,
        },
        position: positions?.get(n.id) ?? fallback.get(n.id)!,
      })),
      edges: scope.edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target, ...edgeRecord(e) } })),
    },
  };
}

export function writeCyjs(index: PlanIndex, scope: Scope, positions?: Map<string, Point>): string {
  return JSON.stringify(buildCyjs(index, scope, positions), null, 1) + '\n';
}
