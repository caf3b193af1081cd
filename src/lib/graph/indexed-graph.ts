/**
 * The built graph as flat arrays: nodes and edges by insertion index, adjacency as edge
 * indices. Why not graphology while building: its adjacency is an object keyed by node
 * id per node, and V8 pays a hidden-class transition for every new key, so inserting
 * 470k edges among 200k nodes costs ~10 s of CPU (measured; scripts/bench). Here an
 * edge costs an array push and one numeric Map entry.
 *
 * It offers the read-only, graphology-shaped calls the later stages use (GraphView), so
 * they run on it or on a graphology graph alike; `toGraphology()` gives the real thing.
 */
import Graph from 'graphology';
import type { TramaEdge, TramaGraph, TramaNode } from './model';

/** Upper bound on nodes (ids are Int32-indexed everywhere downstream). */
const MAX_NODES = 2 ** 30;
/** A node's out-edges are scanned up to this many; beyond, they get a Map by target. */
const SCAN = 8;

/** The read-only part of graphology's API that areas, load, co-assignment and payload use. */
export interface GraphView {
  readonly order: number;
  readonly size: number;
  forEachNode(callback: (id: string, attrs: TramaNode) => void): void;
  forEachEdge(callback: (id: string, attrs: TramaEdge, source: string, target: string) => void): void;
  inNeighbors(id: string): string[];
  outNeighbors(id: string): string[];
  getNodeAttributes(id: string): TramaNode;
  hasNode(id: string): boolean;
}

export class IndexedGraph implements GraphView {
  readonly ids: string[] = [];
  readonly nodes: TramaNode[] = [];
  readonly edgeSource: number[] = [];
  readonly edgeTarget: number[] = [];
  readonly edges: TramaEdge[] = [];
  /** Per node: indices of its out-edges and in-edges, in insertion order. */
  readonly outEdges: number[][] = [];
  readonly inEdges: number[][] = [];
  readonly #index = new Map<string, number>();
  /** Per node with many out-edges: target → edge (small integer keys, unlike pair keys). */
  readonly #outByTarget: Array<Map<number, number> | undefined> = [];

  get order(): number {
    return this.ids.length;
  }

  get size(): number {
    return this.edges.length;
  }

  indexOf(id: string): number | undefined {
    return this.#index.get(id);
  }

  /** Adds a node; the id must be new. Returns its index. */
  addNode(id: string, attrs: TramaNode): number {
    if (this.#index.has(id)) throw new Error(`IndexedGraph: node "${id}" already exists`);
    const index = this.ids.length;
    if (index >= MAX_NODES) throw new Error('IndexedGraph: too many nodes');
    this.#index.set(id, index);
    this.ids.push(id);
    this.nodes.push(attrs);
    this.outEdges.push([]);
    this.inEdges.push([]);
    this.#outByTarget.push(undefined);
    return index;
  }

  /** Index of the edge source → target, or undefined. */
  edgeBetween(source: number, target: number): number | undefined {
    const byTarget = this.#outByTarget[source];
    if (byTarget !== undefined) return byTarget.get(target);
    const out = this.outEdges[source]!;
    for (let k = 0; k < out.length; k++) if (this.edgeTarget[out[k]!] === target) return out[k];
    return undefined;
  }

  addEdge(source: number, target: number, attrs: TramaEdge): number {
    if (source === target || this.edgeBetween(source, target) !== undefined) {
      throw new Error('IndexedGraph: duplicate edge or loop');
    }
    const index = this.edges.length;
    this.edgeSource.push(source);
    this.edgeTarget.push(target);
    this.edges.push(attrs);
    const out = this.outEdges[source]!;
    out.push(index);
    const byTarget = this.#outByTarget[source];
    if (byTarget !== undefined) byTarget.set(target, index);
    else if (out.length > SCAN) this.#outByTarget[source] = new Map(out.map((e) => [this.edgeTarget[e]!, e]));
    this.inEdges[target]!.push(index);
    return index;
  }

  edgeId(edge: number): string {
    return this.ids[this.edgeSource[edge]!] + '->' + this.ids[this.edgeTarget[edge]!];
  }

  #at(id: string): number {
    const i = this.#index.get(id);
    if (i === undefined) throw new Error(`IndexedGraph: no node "${id}"`);
    return i;
  }

  forEachNode(callback: (id: string, attrs: TramaNode) => void): void {
    for (let i = 0; i < this.ids.length; i++) callback(this.ids[i]!, this.nodes[i]!);
  }

  forEachEdge(callback: (id: string, attrs: TramaEdge, source: string, target: string) => void): void {
    for (let e = 0; e < this.edges.length; e++) {
      const s = this.ids[this.edgeSource[e]!]!;
      const t = this.ids[this.edgeTarget[e]!]!;
      callback(s + '->' + t, this.edges[e]!, s, t);
    }
  }

  inNeighbors(id: string): string[] {
    return this.inEdges[this.#at(id)]!.map((e) => this.ids[this.edgeSource[e]!]!);
  }

  outNeighbors(id: string): string[] {
    return this.outEdges[this.#at(id)]!.map((e) => this.ids[this.edgeTarget[e]!]!);
  }

  getNodeAttributes(id: string): TramaNode {
    return this.nodes[this.#at(id)]!;
  }

  hasNode(id: string): boolean {
    return this.#index.has(id);
  }

  /** The same graph as graphology (attribute objects shared), nodes and edges in insertion order. */
  toGraphology(): TramaGraph {
    const graph = new Graph<TramaNode, TramaEdge>({ type: 'directed', multi: false, allowSelfLoops: false });
    for (let i = 0; i < this.ids.length; i++) graph.addNode(this.ids[i]!, this.nodes[i]!);
    for (let e = 0; e < this.edges.length; e++) {
      graph.addDirectedEdgeWithKey(this.edgeId(e), this.ids[this.edgeSource[e]!]!, this.ids[this.edgeTarget[e]!]!, this.edges[e]!);
    }
    return graph;
  }
}
