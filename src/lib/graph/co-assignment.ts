/**
 * Organisms' co-assignment graph: two organisms are linked when they share management
 * objectives (through their actions); weight = how many, `shared` = which.
 *
 * Weighted degree = sum of the weights. Betweenness treats a link as a distance of
 * 1 / weight (organisms sharing many objectives are close), shortest paths by Dijkstra
 * (graphology-metrics), normalised as networkx's betweenness_centrality with
 * weight = that distance. Every organism is a node, linked or not.
 */
import Graph from 'graphology';
import betweenness from 'graphology-metrics/centrality/betweenness';
import type { CoAssignment } from '../types';
import type { GraphView } from './indexed-graph';

export const CO_ASSIGNMENT_METHOD =
  'co-assignment: organisms linked when they share management objectives, weight = objectives shared; ' +
  'weighted degree = sum of weights; betweenness with distance 1/weight (Dijkstra, graphology-metrics), normalised as networkx';

function byId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function computeCoAssignment(graph: GraphView): CoAssignment {
  const organisms: string[] = [];
  const shared = new Map<string, string[]>();
  graph.forEachNode((id, attrs) => {
    if (attrs.kind === 'organism') organisms.push(id);
    if (attrs.kind !== 'management_objective') return;
    const below = new Set<string>();
    for (const action of graph.outNeighbors(id)) for (const o of graph.outNeighbors(action)) below.add(o);
    const list = [...below].sort(byId);
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const pair = list[i] + '\u0000' + list[j];
        let objectives = shared.get(pair);
        if (objectives === undefined) shared.set(pair, (objectives = []));
        objectives.push(id);
      }
    }
  });

  organisms.sort(byId);
  const co = new Graph<Record<string, never>, { weight: number }>({ type: 'undirected' });
  for (const id of organisms) co.addNode(id);
  const edges: CoAssignment['edges'] = [];
  for (const [pair, objectives] of [...shared.entries()].sort(([a], [b]) => byId(a, b))) {
    const [source, target] = pair.split('\u0000');
    objectives.sort(byId);
    co.addUndirectedEdge(source, target, { weight: objectives.length });
    edges.push({ source, target, weight: objectives.length, shared: objectives });
  }

  const between = co.order === 0 ? {} : betweenness(co, { getEdgeWeight: (_e, attrs) => 1 / attrs.weight, normalized: true });
  const nodes = organisms.map((id) => {
    let weightedDegree = 0;
    co.forEachEdge(id, (_e, attrs) => (weightedDegree += attrs.weight));
    return { id, weightedDegree, betweenness: between[id] ?? 0 };
  });
  return { nodes, edges };
}
