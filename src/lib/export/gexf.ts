/**
 * GEXF 1.3 for Gephi, written by graphology-gexf from a graphology graph of the scope.
 * Node attributes are those of attributes.ts; viz carries the screen's colour (the
 * node's main ambito), a size and, when known, the position.
 */
import { DirectedGraph } from 'graphology';
import writeGexfString from 'graphology-gexf/browser/writer.js';
import type { PlanIndex } from '../model/plan-index';
import { areaStyles, NEUTRAL } from '../view/palette';
import { edgeRecord, nodeAttributeSpecs, nodeRecord } from './attributes';
import type { Point, Scope } from './types';
import { xmlSafe } from './xml';

type Attrs = Record<string, string | number | boolean>;

export function scopeGraph(index: PlanIndex, scope: Scope, positions?: Map<string, Point>): DirectedGraph<Attrs, Attrs> {
  const styles = areaStyles(index.payload);
  const specs = nodeAttributeSpecs(index);
  const graph = new DirectedGraph<Attrs, Attrs>();
  graph.setAttribute('creator', 'Trama');
  graph.setAttribute('description', xmlSafe(`${index.payload.meta.title} — ${index.payload.meta.citation}`));
  for (const node of scope.nodes) {
    const attrs = clean(nodeRecord(index, node, specs));
    const color = (node.areas[0] && styles.get(node.areas[0])?.color) || NEUTRAL;
    attrs['viz:color'] = color;
    const p = positions?.get(node.id);
    if (p) {
      attrs['viz:x'] = p.x;
      attrs['viz:y'] = -p.y; // Gephi's y axis points up, the screen's down.
    }
    graph.addNode(node.id, attrs);
  }
  for (const edge of scope.edges) graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, clean(edgeRecord(edge)));
  return graph;
}

export function writeGexf(index: PlanIndex, scope: Scope, positions?: Map<string, Point>): string {
  const graph = scopeGraph(index, scope, positions);
  return writeGexfString(graph, {
    version: '1.3',
    formatNode: (_key, attrs) => {
      const attributes: Attrs = {};
      const viz: { color?: string; x?: number; y?: number; size?: number } = {};
      for (const [k, v] of Object.entries(attrs)) {
        if (k === 'viz:color') viz.color = String(v);
        else if (k === 'viz:x') viz.x = Number(v);
        else if (k === 'viz:y') viz.y = Number(v);
        else if (k !== 'label') attributes[k] = v;
      }
      viz.size = 10 + 4 * Math.sqrt(Number(attrs.load ?? 0));
      return { label: String(attrs.label ?? ''), attributes, viz };
    },
    formatEdge: (_key, attrs) => ({ attributes: attrs }),
  });
}

function clean(rec: Attrs): Attrs {
  const out: Attrs = {};
  for (const [k, v] of Object.entries(rec)) out[k] = typeof v === 'string' ? xmlSafe(v) : v;
  return out;
}
