/**
 * The areas (ambiti) above each node. The hierarchy is a DAG (an objective may have two
 * parents), so a node's areas are the union of its parents'; nodes are visited level by
 * level, and a node with one parent shares that parent's array rather than copying it.
 * An organism's areas are ordered by how many of its actions fall under each (main first).
 */
import { NODE_KINDS } from '../types';
import type { GraphView } from './indexed-graph';

export type AreaIndex = Map<string, readonly string[]>;

function byKind(graph: GraphView): Map<string, string[]> {
  const groups = new Map<string, string[]>(NODE_KINDS.map((k) => [k, []]));
  graph.forEachNode((id, attrs) => groups.get(attrs.kind)!.push(id));
  return groups;
}

export function computeAreas(graph: GraphView): AreaIndex {
  const areas: AreaIndex = new Map();
  const groups = byKind(graph);
  for (const id of groups.get('area')!) areas.set(id, [id]);
  for (const kind of ['strategic_objective', 'operational_objective', 'management_objective', 'action']) {
    for (const id of groups.get(kind)!) {
      const parents = graph.inNeighbors(id);
      if (parents.length === 1) {
        areas.set(id, areas.get(parents[0]) ?? []);
        continue;
      }
      const union = new Set<string>();
      for (const p of parents) for (const a of areas.get(p) ?? []) union.add(a);
      areas.set(id, [...union].sort());
    }
  }
  for (const id of groups.get('organism')!) {
    const counts = new Map<string, number>();
    for (const action of graph.inNeighbors(id)) {
      for (const a of areas.get(action) ?? []) counts.set(a, (counts.get(a) ?? 0) + 1);
    }
    const ordered = [...counts.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
    areas.set(id, ordered.map(([a]) => a));
  }
  return areas;
}
