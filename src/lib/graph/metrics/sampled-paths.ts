/**
 * Shortest-path estimates for components too large to compute exactly, from one
 * deterministic sample of BFS sources per component, shared by betweenness and closeness:
 * - betweenness: Brandes's dependency accumulation from the sampled sources only,
 *   scaled by n/k (Brandes & Pich 2007, "Centrality estimation in large networks";
 *   networkx's `betweenness_centrality(k=…)`);
 * - closeness: each node's mean distance estimated from its distances to the sampled
 *   sources (Eppstein & Wang 2004, "Fast approximation of centrality").
 * Unweighted BFS on the CSR with typed arrays: no allocation per source. Given every node
 * as a source it is exact (tested against networkx).
 */
import type { Csr } from './csr';
import { componentsOf, type Component, sampleIndices, seededRandom, sourcesFor } from './components';
import type { MetricOptions } from './types';

/** At least this many sources (or the whole component) whatever the budget. */
export const MIN_SOURCES = 32;

export interface SampledPaths {
  /** Per node (CSR index): dependency sum over the sampled sources, already × n_c / k. */
  dependency: Float64Array;
  /** Per node: sum of distances from the sampled sources, and how many of them reach it. */
  distanceSum: Float64Array;
  reached: Float64Array;
  /** Sources drawn per sampled component. */
  sources: Map<Component, number>;
}

const cache = new WeakMap<Csr, Map<string, SampledPaths>>();

function accumulate(csr: Csr, s: number, weight: number, work: Work, out: SampledPaths): void {
  const { offsets, neighbours } = csr;
  const { dist, sigma, delta, order } = work;
  let head = 0;
  let tail = 0;
  order[tail++] = s;
  dist[s] = 0;
  sigma[s] = 1;
  while (head < tail) {
    const v = order[head++]!;
    const next = dist[v]! + 1;
    const paths = sigma[v]!;
    for (let j = offsets[v]!; j < offsets[v + 1]!; j++) {
      const w = neighbours[j]!;
      if (dist[w] === -1) {
        dist[w] = next;
        order[tail++] = w;
      }
      if (dist[w] === next) sigma[w]! += paths;
    }
  }
  for (let k = 1; k < tail; k++) {
    const w = order[k]!;
    out.distanceSum[w]! += dist[w]!;
    out.reached[w]! += 1;
  }
  // Predecessors of w are its neighbours one step closer to s: no lists to keep.
  for (let k = tail - 1; k >= 0; k--) {
    const w = order[k]!;
    const coefficient = (1 + delta[w]!) / sigma[w]!;
    const before = dist[w]! - 1;
    for (let j = offsets[w]!; j < offsets[w + 1]!; j++) {
      const v = neighbours[j]!;
      if (dist[v] === before) delta[v]! += sigma[v]! * coefficient;
    }
    if (w !== s) out.dependency[w]! += delta[w]! * weight;
  }
  for (let k = 0; k < tail; k++) {
    const w = order[k]!;
    dist[w] = -1;
    sigma[w] = 0;
    delta[w] = 0;
  }
}

interface Work {
  dist: Int32Array;
  sigma: Float64Array;
  delta: Float64Array;
  order: Int32Array;
}

/** Sampled path statistics for every component larger than the exact limit (cached per CSR and options). */
export function sampledPaths(csr: Csr, options: MetricOptions): SampledPaths {
  const key = `${options.exactNodeLimit}:${options.sampleBudget}:${options.seed}`;
  let byOptions = cache.get(csr);
  if (byOptions === undefined) cache.set(csr, (byOptions = new Map()));
  const known = byOptions.get(key);
  if (known) return known;

  const n = csr.ids.length;
  const out: SampledPaths = {
    dependency: new Float64Array(n), distanceSum: new Float64Array(n), reached: new Float64Array(n), sources: new Map(),
  };
  const work: Work = { dist: new Int32Array(n).fill(-1), sigma: new Float64Array(n), delta: new Float64Array(n), order: new Int32Array(n) };
  const random = seededRandom(options.seed);
  for (const c of componentsOf(csr)) {
    if (c.order <= options.exactNodeLimit) continue;
    const edges = sizeOf(csr, c);
    const k = Math.max(Math.min(MIN_SOURCES, c.order), sourcesFor(c.order, edges, options.sampleBudget));
    for (const i of sampleIndices(c.order, k, random)) accumulate(csr, c.members[i]!, c.order / k, work, out);
    out.sources.set(c, k);
  }
  byOptions.set(key, out);
  return out;
}

function sizeOf(csr: Csr, c: Component): number {
  let degrees = 0;
  for (const i of c.members) degrees += csr.offsets[i + 1]! - csr.offsets[i]!;
  return degrees / 2;
}
