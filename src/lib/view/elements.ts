/**
 * Payload → Cytoscape element definitions, as plain objects (this module never imports
 * Cytoscape). Nodes carry what the stylesheet maps (kind, colour, size) and both texts:
 * `label`, wrapped and shortened for the canvas, and `full`, for tooltips and readers.
 * Kinds switched off are bridged: hiding actions links objectives straight to organisms.
 */
import type { PlanIndex } from '../model/plan-index';
import type { NodeKind, PayloadNode } from '../types';
import { labelFor } from './label';
import { NEUTRAL, areaStyles, type AreaPattern } from './palette';

export interface NodeData {
  id: string;
  kind: NodeKind;
  label: string;
  full: string;
  /** Area the colour comes from ('' when none). */
  area: string;
  /** That area's number (as in the legend, next to its pattern) and label, for the tooltip:
   *  the colour's meaning in words. 0 and '' when the colour is not an area's. */
  areaNumber: number;
  areaLabel: string;
  /** That area's pattern, drawn over the colour (style.ts): '' when the colour is not an area's. */
  pattern: AreaPattern | '';
  color: string;
  size: number;
}
export interface EdgeData {
  id: string;
  source: string;
  target: string;
  /** contains / assigned as in the payload; co = organisms sharing objectives. */
  kind: 'contains' | 'assigned' | 'co';
  /** Co-assignment: number of shared management objectives. */
  weight: number;
}
export interface NodeElement {
  group: 'nodes';
  data: NodeData;
  classes: string;
  position?: { x: number; y: number };
}
export interface EdgeElement {
  group: 'edges';
  data: EdgeData;
  classes: string;
}
export interface ElementSet {
  nodes: NodeElement[];
  edges: EdgeElement[];
  /** Adjacency of what is drawn (bridges included), for keyboard walking. */
  up: Map<string, string[]>;
  down: Map<string, string[]>;
}

export interface ElementOptions {
  /** Hidden kinds whose nodes are walked through to link what is above to what is below. */
  bridgeKinds?: ReadonlySet<NodeKind>;
  /** Organisms take their main area's colour ('area') or stay neutral. */
  organismColor?: 'area' | 'neutral';
  /** Node size by id (see sizing.ts); missing ids get `defaultSize`. */
  sizes?: ReadonlyMap<string, number>;
  defaultSize?: number;
}

export function nodeElement(node: PayloadNode, color: string, size: number, area?: { number: number; label: string; pattern: AreaPattern }): NodeElement {
  return {
    group: 'nodes',
    data: {
      id: node.id,
      kind: node.kind,
      label: labelFor(node.kind, node.label),
      full: node.label,
      area: node.areas[0] ?? '',
      areaNumber: area?.number ?? 0,
      areaLabel: area?.label ?? '',
      pattern: area?.pattern ?? '',
      color,
      size,
    },
    classes: `k-${node.kind}`,
  };
}

export function colorOf(node: PayloadNode, styles: ReturnType<typeof areaStyles>, mode: 'area' | 'neutral'): string {
  if (node.kind === 'organism' && mode === 'neutral') return NEUTRAL;
  const a = node.areas[0];
  return (a && styles.get(a)?.color) || NEUTRAL;
}

/** The area whose colour the node takes (see colorOf), numbered as in the legend. */
function colourArea(index: PlanIndex, node: PayloadNode, styles: ReturnType<typeof areaStyles>, mode: 'area' | 'neutral') {
  if (node.kind === 'organism' && mode === 'neutral') return undefined;
  const a = node.areas[0];
  const style = a ? styles.get(a) : undefined;
  return style && a ? { number: style.index, label: index.node(a)?.label ?? '', pattern: style.pattern } : undefined;
}

/** The plan's hierarchy: every visible node, `contains`/`assigned` edges, bridges over hidden kinds. */
export function planElements(index: PlanIndex, visible: ReadonlySet<string>, options: ElementOptions = {}): ElementSet {
  const bridge = options.bridgeKinds ?? new Set<NodeKind>();
  const styles = areaStyles(index.payload);
  const mode = options.organismColor ?? 'area';
  const nodes: NodeElement[] = [];
  const edges: EdgeElement[] = [];
  const up = new Map<string, string[]>();
  const down = new Map<string, string[]>();
  for (const n of index.payload.nodes) {
    if (!visible.has(n.id)) continue;
    nodes.push(nodeElement(n, colorOf(n, styles, mode), options.sizes?.get(n.id) ?? options.defaultSize ?? 30, colourArea(index, n, styles, mode)));
    up.set(n.id, []);
    down.set(n.id, []);
  }
  const seen = new Set<string>();
  for (const el of nodes) {
    const from = el.data.id;
    const stack = [...index.children(from)].reverse();
    const walked = new Set<string>();
    while (stack.length) {
      const c = stack.pop()!;
      if (walked.has(c)) continue;
      walked.add(c);
      const child = index.node(c);
      if (!child) continue;
      if (visible.has(c)) {
        const direct = index.edge(`${from}->${c}`) !== undefined;
        const id = direct ? `${from}->${c}` : `${from}=>${c}`;
        if (seen.has(id)) continue;
        seen.add(id);
        const kind = child.kind === 'organism' ? 'assigned' : 'contains';
        edges.push({ group: 'edges', data: { id, source: from, target: c, kind, weight: 1 }, classes: direct ? kind : `${kind} bridge` });
        down.get(from)!.push(c);
        up.get(c)!.push(from);
      } else if (bridge.has(child.kind)) {
        stack.push(...[...index.children(c)].reverse());
      }
    }
  }
  return { nodes, edges, up, down };
}

/** The co-assignment graph: visible organisms, linked when they share management objectives. */
export function organismElements(index: PlanIndex, visible: ReadonlySet<string>, options: ElementOptions = {}): ElementSet {
  const styles = areaStyles(index.payload);
  const mode = options.organismColor ?? 'area';
  const nodes: NodeElement[] = [];
  const edges: EdgeElement[] = [];
  const up = new Map<string, string[]>();
  const down = new Map<string, string[]>();
  for (const n of index.byKind('organism')) {
    if (!visible.has(n.id)) continue;
    nodes.push(nodeElement(n, colorOf(n, styles, mode), options.sizes?.get(n.id) ?? options.defaultSize ?? 30, colourArea(index, n, styles, mode)));
    up.set(n.id, []);
    down.set(n.id, []);
  }
  for (const e of index.payload.organismGraph.edges) {
    if (!visible.has(e.source) || !visible.has(e.target) || e.source === e.target) continue;
    const id = `${e.source}<->${e.target}`;
    edges.push({ group: 'edges', data: { id, source: e.source, target: e.target, kind: 'co', weight: e.weight }, classes: 'co' });
    // Undirected: each end is the other's neighbour both ways for keyboard walking.
    down.get(e.source)!.push(e.target);
    down.get(e.target)!.push(e.source);
  }
  return { nodes, edges, up, down };
}
