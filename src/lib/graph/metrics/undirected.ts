/**
 * Centrality is computed on the graph taken as undirected: a simple undirected copy,
 * nodes in the built graph's order (so results and sampling are reproducible).
 */
import Graph from 'graphology';
import type { TramaGraph } from '../model';

export function undirectedCopy(graph: TramaGraph): Graph {
  const copy = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  graph.forEachNode((id) => copy.addNode(id));
  graph.forEachEdge((_edge, _attrs, source, target) => {
    if (!copy.hasEdge(source, target)) copy.addUndirectedEdge(source, target);
  });
  return copy;
}
