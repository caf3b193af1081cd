/**
 * The built graph as flat arrays: nodes and edges by insertion index, adjacency as linked
 * lists of edge indices. Why not graphology while building: its adjacency is an object
 * keyed by node id per node, and V8 pays a hidden-class transition for every new key, so
 * inserting 470k edges among 200k nodes costs ~10 s of CPU (measured; scripts/bench).
 * Here an edge costs a few pushes onto number arrays, and no object of its own.
 *
 * It offers the read-only, graphology-shaped calls the later stages use (GraphView), so
 * they run on it or on a graphology graph alike; `toGraphology()` gives the real thing.
 */
import Graph from 'graphology';
import type { SourcedEdge, SourcedNode, TramaEdge, TramaGraph, TramaNode } from './model';
import type { Provenance } from './provenance';

/** Upper bound on nodes (ids are Int32-indexed everywhere downstream). */
const MAX_NODES = 2 ** 30;
/** A node's out-edges are scanned up to this many; beyond, they get a Map by target. */
const SCAN = 8;
const INITIAL_CAPACITY = 256;
const EMPTY = new Int32Array(0);

/** `array` copied into a new one of `capacity` (the rest zero). */
function grown(array: Int32Array, capacity: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(capacity);
  out.set(array);
  return out;
}

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
  readonly edges: TramaEdge[] = [];
  // Per node and per edge, Int32Arrays grown by doubling: off the JS heap, so the garbage
  // collector neither scans nor copies them, where number arrays grown by push were the
  // largest share of the build's allocation (470k edges × five arrays, measured).
  // Adjacency as linked lists through the edges (first/last edge per node, next edge per
  // edge), in insertion order: two small arrays per node cost more than the node itself.
  #nodeCapacity = 0;
  #firstOut = EMPTY;
  #lastOut = EMPTY;
  #firstIn = EMPTY;
  #lastIn = EMPTY;
  #outDegree = EMPTY;
  #inDegree = EMPTY;
  #edgeCapacity = 0;
  #source = EMPTY;
  #target = EMPTY;
  #nextOut = EMPTY;
  #nextIn = EMPTY;
  readonly #index = new Map<string, number>();
  /** Per node with many out-edges: target → edge (small integer keys, unlike pair keys). */
  readonly #outByTarget = new Map<number, Map<number, number>>();

  /** Each edge's source node, by edge index. */
  get edgeSource(): Int32Array {
    return this.#source.subarray(0, this.edges.length);
  }

  /** Each edge's target node, by edge index. */
  get edgeTarget(): Int32Array {
    return this.#target.subarray(0, this.edges.length);
  }

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
    return this.addNewNode(id, attrs);
  }

  /** Adds a node whose id the caller knows is new (hasNode said so). */
  addNewNode(id: string, attrs: TramaNode): number {
    this.#index.set(id, this.ids.length);
    return this.#push(id, attrs);
  }

  /**
   * Adds a node under the id `base`, or `base-2`, `base-3`… the first one not taken (two
   * keys whose slugs clash), and returns its index. One map operation for a new id, where
   * a test and then an insert take two: a large document adds ~200k nodes.
   */
  addNodeUnder(base: string, attrs: TramaNode): number {
    const index = this.ids.length;
    let id = base;
    for (let n = 2; ; n++) {
      const before = this.#index.size;
      this.#index.set(id, index);
      if (this.#index.size > before) break;
      // Taken: give it back to its node (found the slow way: a clash is as rare as a hash collision).
      this.#index.set(id, this.ids.indexOf(id));
      id = `${base}-${n}`;
    }
    return this.#push(id, attrs);
  }

  #push(id: string, attrs: TramaNode): number {
    const index = this.ids.length;
    if (index >= MAX_NODES) {
      this.#index.delete(id);
      throw new Error('IndexedGraph: too many nodes');
    }
    if (index === this.#nodeCapacity) this.#growNodes();
    this.ids.push(id);
    this.nodes.push(attrs);
    this.#firstOut[index] = -1;
    this.#lastOut[index] = -1;
    this.#firstIn[index] = -1;
    this.#lastIn[index] = -1;
    return index;
  }

  #growNodes(): void {
    const capacity = Math.max(INITIAL_CAPACITY, this.#nodeCapacity * 2);
    [this.#firstOut, this.#lastOut, this.#firstIn, this.#lastIn, this.#outDegree, this.#inDegree] = [
      this.#firstOut, this.#lastOut, this.#firstIn, this.#lastIn, this.#outDegree, this.#inDegree,
    ].map((column) => grown(column, capacity));
    this.#nodeCapacity = capacity;
  }

  #growEdges(): void {
    const capacity = Math.max(INITIAL_CAPACITY, this.#edgeCapacity * 2);
    [this.#source, this.#target, this.#nextOut, this.#nextIn] = [this.#source, this.#target, this.#nextOut, this.#nextIn]
      .map((column) => grown(column, capacity));
    this.#edgeCapacity = capacity;
  }

  inDegree(node: number): number {
    return this.#inDegree[node]!;
  }

  /** Index of the edge source → target, or undefined. */
  edgeBetween(source: number, target: number): number | undefined {
    if (this.#outDegree[source]! > SCAN) return this.#outByTarget.get(source)!.get(target);
    for (let e = this.#firstOut[source]!; e >= 0; e = this.#nextOut[e]!) if (this.#target[e] === target) return e;
    return undefined;
  }

  addEdge(source: number, target: number, attrs: TramaEdge): number {
    if (source === target || this.edgeBetween(source, target) !== undefined) {
      throw new Error('IndexedGraph: duplicate edge or loop');
    }
    return this.addNewEdge(source, target, attrs);
  }

  /** Adds an edge the caller knows is new (edgeBetween said so) and not a loop. */
  addNewEdge(source: number, target: number, attrs: TramaEdge): number {
    const index = this.edges.length;
    if (index === this.#edgeCapacity) this.#growEdges();
    this.#source[index] = source;
    this.#target[index] = target;
    this.edges.push(attrs);
    this.#nextOut[index] = -1;
    this.#nextIn[index] = -1;
    const outTail = this.#lastOut[source]!;
    if (outTail < 0) this.#firstOut[source] = index;
    else this.#nextOut[outTail] = index;
    this.#lastOut[source] = index;
    const inTail = this.#lastIn[target]!;
    if (inTail < 0) this.#firstIn[target] = index;
    else this.#nextIn[inTail] = index;
    this.#lastIn[target] = index;
    this.#inDegree[target]!++;
    const degree = ++this.#outDegree[source]!;
    if (degree === SCAN + 1) {
      const byTarget = new Map<number, number>();
      for (let e = this.#firstOut[source]!; e >= 0; e = this.#nextOut[e]!) byTarget.set(this.#target[e]!, e);
      this.#outByTarget.set(source, byTarget);
    } else if (degree > SCAN) {
      this.#outByTarget.get(source)!.set(target, index);
    }
    return index;
  }

  edgeId(edge: number): string {
    return this.ids[this.#source[edge]!] + '->' + this.ids[this.#target[edge]!];
  }

  #at(id: string): number {
    const i = this.#index.get(id);
    if (i === undefined) throw new Error(`IndexedGraph: no node "${id}"`);
    return i;
  }

  /** As GraphView's, plus each node's index. */
  forEachNode(callback: (id: string, attrs: TramaNode, index: number) => void): void {
    for (let i = 0; i < this.ids.length; i++) callback(this.ids[i]!, this.nodes[i]!, i);
  }

  /** As GraphView's, plus each edge's index. */
  forEachEdge(callback: (id: string, attrs: TramaEdge, source: string, target: string, index: number) => void): void {
    for (let e = 0; e < this.edges.length; e++) {
      const s = this.ids[this.#source[e]!]!;
      const t = this.ids[this.#target[e]!]!;
      callback(s + '->' + t, this.edges[e]!, s, t, e);
    }
  }

  inNeighbors(id: string): string[] {
    const out: string[] = [];
    for (let e = this.#firstIn[this.#at(id)]!; e >= 0; e = this.#nextIn[e]!) out.push(this.ids[this.#source[e]!]!);
    return out;
  }

  outNeighbors(id: string): string[] {
    const out: string[] = [];
    for (let e = this.#firstOut[this.#at(id)]!; e >= 0; e = this.#nextOut[e]!) out.push(this.ids[this.#target[e]!]!);
    return out;
  }

  getNodeAttributes(id: string): TramaNode {
    return this.nodes[this.#at(id)]!;
  }

  hasNode(id: string): boolean {
    return this.#index.has(id);
  }

  /**
   * The same graph as graphology, nodes and edges in insertion order; attributes are
   * copies that also carry their packed provenance (`sources`), when given.
   */
  toGraphology(provenance?: Provenance): TramaGraph {
    const graph = new Graph<SourcedNode, SourcedEdge>({ type: 'directed', multi: false, allowSelfLoops: false });
    for (let i = 0; i < this.ids.length; i++) {
      graph.addNode(this.ids[i]!, { ...this.nodes[i]!, sources: provenance ? Array.from(provenance.ofNode(i)) : [] });
    }
    for (let e = 0; e < this.edges.length; e++) {
      const attrs = { ...this.edges[e]!, sources: provenance ? Array.from(provenance.ofEdge(e)) : [] };
      graph.addDirectedEdgeWithKey(this.edgeId(e), this.ids[this.#source[e]!]!, this.ids[this.#target[e]!]!, attrs);
    }
    return graph;
  }
}
