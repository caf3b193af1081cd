/**
 * O(V·E) metrics are computed per connected component: a node's betweenness and
 * closeness depend only on its own component, a small component costs nothing even
 * when the whole graph is huge, and a big one can be sampled on its own. Results are
 * then rescaled from the component's normalisation to the whole graph's.
 */
import type Graph from 'graphology';
import { type Csr, type MetricGraph, graphologyOf, subgraph } from './csr';

export interface Component {
  /** Node indices (into the CSR), in increasing order. */
  members: Int32Array;
  order: number;
}

const cache = new WeakMap<Csr, Component[]>();

/** Connected components of the CSR, ordered by their first node (computed once per CSR). */
export function componentsOf(csr: Csr): Component[] {
  const known = cache.get(csr);
  if (known) return known;
  const n = csr.ids.length;
  const label = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const sizes: number[] = [];
  for (let start = 0; start < n; start++) {
    if (label[start] !== -1) continue;
    const c = sizes.length;
    let head = 0;
    let tail = 0;
    queue[tail++] = start;
    label[start] = c;
    while (head < tail) {
      const v = queue[head++]!;
      for (let j = csr.offsets[v]!; j < csr.offsets[v + 1]!; j++) {
        const w = csr.neighbours[j]!;
        if (label[w] === -1) {
          label[w] = c;
          queue[tail++] = w;
        }
      }
    }
    sizes.push(tail);
  }
  const components = sizes.map((size) => ({ members: new Int32Array(size), order: size }));
  const fill = new Int32Array(sizes.length);
  for (let i = 0; i < n; i++) components[label[i]!]!.members[fill[label[i]!]!++] = i;
  cache.set(csr, components);
  return components;
}

const exact = new WeakMap<Component, Graph>();

/** The component as graphology, for the exact algorithms: the input itself when it is connected. */
export function componentGraph(input: MetricGraph, csr: Csr, component: Component): Graph {
  if (component.order === csr.ids.length) return graphologyOf(input);
  let g = exact.get(component);
  if (g === undefined) exact.set(component, (g = subgraph(csr, component.members)));
  return g;
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
