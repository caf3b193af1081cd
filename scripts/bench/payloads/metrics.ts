/**
 * Centrality for synthetic payloads, with graphology-metrics on the graph taken as
 * undirected, as the pipeline does. Exact betweenness and closeness cost O(n·m): fine at
 * 1k nodes, minutes at 20k. Above EXACT_LIMIT they are estimated from a fixed sample of
 * BFS sources (Brandes–Pich), which keeps the distribution the node sizes are drawn from.
 */
import Graph from 'graphology';
import betweenness from 'graphology-metrics/centrality/betweenness.js';
import closeness from 'graphology-metrics/centrality/closeness.js';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import type { NodeMetrics } from '../../../src/lib/types';
import type { Rng } from './random';

export const EXACT_LIMIT = 2500;
const SAMPLE = 96;

export interface MetricsResult {
  metrics: Map<string, NodeMetrics>;
  methods: Record<string, string>;
}

export function computeMetrics(
  nodeIds: string[],
  edges: Array<[string, string]>,
  rng: Rng,
  exactLimit = EXACT_LIMIT,
): MetricsResult {
  const g = new Graph({ type: 'undirected', multi: false });
  for (const id of nodeIds) g.addNode(id);
  for (const [s, t] of edges) if (!g.hasEdge(s, t)) g.addEdge(s, t);
  const exact = g.order <= exactLimit;
  const pr = pagerank(g, { alpha: 0.85, getEdgeWeight: null });
  const [bc, cc] = exact
    ? [betweenness(g, { normalized: true }), closeness(g, { wassermanFaust: true })]
    : sampled(g, rng);
  const metrics = new Map<string, NodeMetrics>();
  for (const id of nodeIds) {
    metrics.set(id, {
      degree: g.degree(id),
      betweenness: round(bc[id] ?? 0),
      closeness: round(cc[id] ?? 0),
      pagerank: round(pr[id] ?? 0),
    });
  }
  const how = exact ? 'exact' : `estimated from ${SAMPLE} sampled sources (synthetic benchmark payload)`;
  return {
    metrics,
    methods: {
      degree: 'distinct neighbours, undirected',
      betweenness: `${how}, unweighted, normalised`,
      closeness: `${how}, Wasserman–Faust`,
      pagerank: 'alpha 0.85',
    },
  };
}

const round = (v: number): number => Math.round(v * 1e6) / 1e6;

/** One BFS per sampled source gives both estimates: dependency sums and distance sums. */
function sampled(g: Graph, rng: Rng): [Record<string, number>, Record<string, number>] {
  const ids = g.nodes();
  const n = ids.length;
  const index = new Map(ids.map((id, i) => [id, i]));
  const adj = ids.map((id) => g.neighbors(id).map((m) => index.get(m)!));
  const bc = new Float64Array(n);
  const distSum = new Float64Array(n);
  const reached = new Float64Array(n);
  const dist = new Int32Array(n);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const queue = new Int32Array(n);
  for (let k = 0; k < SAMPLE; k++) {
    const s = rng.int(0, n - 1);
    dist.fill(-1);
    sigma.fill(0);
    delta.fill(0);
    dist[s] = 0;
    sigma[s] = 1;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++];
      for (const w of adj[v]) {
        if (dist[w] < 0) {
          dist[w] = dist[v] + 1;
          queue[tail++] = w;
        }
        if (dist[w] === dist[v] + 1) sigma[w] += sigma[v];
      }
    }
    for (let i = tail - 1; i > 0; i--) {
      const w = queue[i];
      for (const v of adj[w]) if (dist[v] === dist[w] - 1) delta[v] += (sigma[v] / sigma[w]) * (1 + delta[w]);
      bc[w] += delta[w];
      // Undirected distances are symmetric: d(s, w) sampled from s stands in for d(w, ·).
      distSum[w] += dist[w];
      reached[w] += 1;
    }
  }
  // Scale the sample to all n sources, halve for undirected pairs, normalise like networkx.
  const norm = n > 2 ? 2 / ((n - 1) * (n - 2)) : 1;
  const bOut: Record<string, number> = {};
  const cOut: Record<string, number> = {};
  ids.forEach((id, i) => {
    bOut[id] = ((bc[i] * n) / SAMPLE / 2) * norm;
    const r = (reached[i] * (n - 1)) / SAMPLE;
    const d = (distSum[i] * (n - 1)) / SAMPLE;
    cOut[id] = d > 0 ? ((r / d) * r) / (n - 1) : 0;
  });
  return [bOut, cOut];
}
