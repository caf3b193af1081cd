/**
 * The graph taken as undirected, as compressed sparse rows: node i's neighbours are
 * neighbours[offsets[i] .. offsets[i + 1]), in edge order, each pair once, no loops.
 * The metrics run on this: degree reads it directly, PageRank and eigenvector go to
 * graphology-metrics through `graphologyOf`, and betweenness/closeness go to
 * graphology-metrics on readable components or to source sampling (sampled-paths.ts) on
 * larger ones, which the library does not offer.
 */
import Graph from 'graphology';

export interface Csr {
  readonly ids: readonly string[];
  readonly offsets: Int32Array;
  readonly neighbours: Int32Array;
  /** Undirected edges (pairs). */
  readonly size: number;
}

/** What a metric accepts: a graphology graph (taken as undirected) or its CSR. */
export type MetricGraph = Graph | Csr;

export function isCsr(graph: MetricGraph): graph is Csr {
  return (graph as Csr).offsets instanceof Int32Array;
}

/** CSR from edges given as node indices; reciprocal pairs and loops are dropped. */
export function csrFromEdges(ids: readonly string[], sources: ArrayLike<number>, targets: ArrayLike<number>): Csr {
  const n = ids.length;
  const m = sources.length;
  const keep = new Uint8Array(m);
  const seen = new Set<number>();
  const degree = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    const s = sources[e]!;
    const t = targets[e]!;
    if (s === t) continue;
    const pair = s < t ? s * n + t : t * n + s;
    if (seen.has(pair)) continue;
    seen.add(pair);
    keep[e] = 1;
    degree[s]!++;
    degree[t]!++;
  }
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + degree[i]!;
  const fill = offsets.slice(0, n);
  const neighbours = new Int32Array(offsets[n]!);
  for (let e = 0; e < m; e++) {
    if (keep[e] === 0) continue;
    const s = sources[e]!;
    const t = targets[e]!;
    neighbours[fill[s]!++] = t;
    neighbours[fill[t]!++] = s;
  }
  return { ids, offsets, neighbours, size: seen.size };
}

const fromGraphology = new WeakMap<Graph, Csr>();

/** The CSR of a metric's input (computed once per graphology graph). */
export function csrOf(graph: MetricGraph): Csr {
  if (isCsr(graph)) return graph;
  let csr = fromGraphology.get(graph);
  if (csr === undefined) {
    const ids = graph.nodes();
    const index = new Map<string, number>();
    ids.forEach((id, i) => index.set(id, i));
    const sources: number[] = [];
    const targets: number[] = [];
    graph.forEachEdge((_e, _a, s, t) => {
      sources.push(index.get(s)!);
      targets.push(index.get(t)!);
    });
    csr = csrFromEdges(ids, sources, targets);
    fromGraphology.set(graph, csr);
  }
  return csr;
}

const toGraphology = new WeakMap<Csr, Graph>();

/** The input as an undirected graphology graph, for graphology-metrics (made once per CSR). */
export function graphologyOf(graph: MetricGraph): Graph {
  if (!isCsr(graph)) return graph;
  let g = toGraphology.get(graph);
  if (g === undefined) {
    g = subgraph(graph, null);
    toGraphology.set(graph, g);
  }
  return g;
}

/** The nodes `members` (all when null, in index order) and the edges among them, as graphology. */
export function subgraph(csr: Csr, members: ArrayLike<number> | null): Graph {
  const g = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const { ids, offsets, neighbours } = csr;
  const count = members === null ? ids.length : members.length;
  for (let k = 0; k < count; k++) g.addNode(ids[members === null ? k : members[k]!]!);
  for (let k = 0; k < count; k++) {
    const u = members === null ? k : members[k]!;
    for (let j = offsets[u]!; j < offsets[u + 1]!; j++) {
      const v = neighbours[j]!;
      if (u < v) g.addUndirectedEdge(ids[u]!, ids[v]!);
    }
  }
  return g;
}
