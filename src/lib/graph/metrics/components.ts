/**
 * O(V·E) metrics are computed per connected component: a node's betweenness and
 * closeness depend only on its own component, a small component costs nothing even
 * when the whole graph is huge, and a big one can be sampled on its own. Results are
 * then rescaled from the component's normalisation to the whole graph's.
 */
import Graph from 'graphology';
import { connectedComponents } from 'graphology-components';

/** What graphology-shortest-path's indexed Brandes returns (its .d.ts is inaccurate). */
export interface BrandesStack {
  items: ArrayLike<number>;
  size: number;
  pop(): number | undefined;
  clear(): void;
}
export type Brandes = (source: number) => [BrandesStack, number[][], Uint32Array];

export interface Component {
  /** The component as its own graph (the input itself when it is connected). */
  graph: Graph;
  order: number;
}

export function splitComponents(graph: Graph): Component[] {
  if (graph.order === 0) return [];
  const parts = connectedComponents(graph);
  if (parts.length <= 1) return [{ graph, order: graph.order }];
  return parts.map((nodes) => {
    const sub = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
    for (const node of nodes) sub.addNode(node);
    for (const node of nodes) {
      graph.forEachNeighbor(node, (neighbour) => {
        if (node < neighbour) sub.addUndirectedEdge(node, neighbour);
      });
    }
    return { graph: sub, order: nodes.length };
  });
}

/** mulberry32: a tiny seeded generator, so a sample is the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `k` distinct indices in [0, n), in increasing order (partial Fisher–Yates). */
export function sampleIndices(n: number, k: number, random: () => number): number[] {
  const pool = Array.from({ length: n }, (_, i) => i);
  const m = Math.min(k, n);
  for (let i = 0; i < m; i++) {
    const j = i + Math.floor(random() * (n - i));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, m).sort((a, b) => a - b);
}

/** How many sources a component of `order` nodes and `size` edges gets within the budget. */
export function sourcesFor(order: number, size: number, budget: number): number {
  return Math.max(1, Math.min(order, Math.floor(budget / (order + 2 * size))));
}

export function componentSummary(components: readonly Component[], exactNodeLimit: number): string {
  const big = components.filter((c) => c.order > exactNodeLimit);
  return big.length === 0
    ? `exact on all ${components.length} connected component${components.length === 1 ? '' : 's'}`
    : `exact on components up to ${exactNodeLimit} nodes; sampled on ${big.length} larger component${big.length === 1 ? '' : 's'} (${big.map((c) => c.order).join(', ')} nodes)`;
}
