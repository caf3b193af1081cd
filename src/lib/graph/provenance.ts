/**
 * Provenance: where each node and edge came from. A reference is packed into one number
 * (file index × 2³² + line). While building, every reference goes into one flat list with
 * its owner (a node, or an edge), not into a list per node and edge: a large document has
 * ~700k nodes and edges, most touched by one row, and a small JS array each cost more
 * memory (and garbage-collector time) than the rest of the graph. `seal` groups the list by
 * owner once building is done; the payload unpacks, deduplicates and sorts each group.
 */
import type { SourceRef } from '../types';

const LINE_SPAN = 2 ** 32;
const INITIAL_CAPACITY = 1024;

export function packRef(fileIndex: number, line: number): number {
  return fileIndex * LINE_SPAN + line;
}

/** Owners are numbered in one space: node i is i, edge e is −(e + 1). */
function edgeOwner(edge: number): number {
  return -edge - 1;
}

export class Provenance {
  #owner = new Int32Array(INITIAL_CAPACITY);
  #ref = new Float64Array(INITIAL_CAPACITY);
  #size = 0;
  /** After `seal`: references grouped by owner, and where each owner's group starts. */
  #grouped: Float64Array | undefined;
  #nodeStart = new Int32Array(1);
  #edgeStart = new Int32Array(1);

  /** Notes that node `node` came from these lines of file `fileIndex`. */
  addNode(node: number, fileIndex: number, lines: readonly number[]): void {
    this.#add(node, fileIndex, lines);
  }

  addEdge(edge: number, fileIndex: number, lines: readonly number[]): void {
    this.#add(edgeOwner(edge), fileIndex, lines);
  }

  #add(owner: number, fileIndex: number, lines: readonly number[]): void {
    if (this.#grouped !== undefined) throw new Error('Provenance: already sealed');
    if (this.#size + lines.length > this.#ref.length) this.#grow(this.#size + lines.length);
    const base = fileIndex * LINE_SPAN;
    for (let k = 0; k < lines.length; k++) {
      this.#owner[this.#size] = owner;
      this.#ref[this.#size++] = base + lines[k]!;
    }
  }

  #grow(needed: number): void {
    const capacity = Math.max(needed, this.#ref.length * 2);
    const owner = new Int32Array(capacity);
    owner.set(this.#owner.subarray(0, this.#size));
    const ref = new Float64Array(capacity);
    ref.set(this.#ref.subarray(0, this.#size));
    this.#owner = owner;
    this.#ref = ref;
  }

  /** Groups the references by owner (a counting sort); no reference can be added after. */
  seal(nodes: number, edges: number): void {
    if (this.#grouped !== undefined) return;
    const nodeStart = new Int32Array(nodes + 1);
    const edgeStart = new Int32Array(edges + 1);
    const owner = this.#owner;
    for (let k = 0; k < this.#size; k++) {
      const o = owner[k]!;
      if (o >= 0) nodeStart[o + 1]!++;
      else edgeStart[-o]!++;
    }
    for (let i = 0; i < nodes; i++) nodeStart[i + 1]! += nodeStart[i]!;
    edgeStart[0] = nodeStart[nodes]!;
    for (let e = 0; e < edges; e++) edgeStart[e + 1]! += edgeStart[e]!;
    const next = nodeStart.slice(0, nodes);
    const nextEdge = edgeStart.slice(0, edges);
    const grouped = new Float64Array(this.#size);
    for (let k = 0; k < this.#size; k++) {
      const o = owner[k]!;
      grouped[o >= 0 ? next[o]!++ : nextEdge[-o - 1]!++] = this.#ref[k]!;
    }
    this.#grouped = grouped;
    this.#nodeStart = nodeStart;
    this.#edgeStart = edgeStart;
    this.#owner = new Int32Array(0);
    this.#ref = new Float64Array(0);
  }

  /** Packed references of node `node`, in the order noted (after `seal`). */
  ofNode(node: number): Float64Array {
    return this.#sealed().subarray(this.#nodeStart[node], this.#nodeStart[node + 1]);
  }

  ofEdge(edge: number): Float64Array {
    return this.#sealed().subarray(this.#edgeStart[edge], this.#edgeStart[edge + 1]);
  }

  /** Sorted, deduplicated references of node `node` (see unpackRefs), read in place. */
  sourcesOfNode(node: number, files: readonly string[]): SourceRef[] {
    return unpackRange(this.#sealed(), this.#nodeStart[node]!, this.#nodeStart[node + 1]!, files);
  }

  sourcesOfEdge(edge: number, files: readonly string[]): SourceRef[] {
    return unpackRange(this.#sealed(), this.#edgeStart[edge]!, this.#edgeStart[edge + 1]!, files);
  }

  #sealed(): Float64Array {
    if (this.#grouped === undefined) throw new Error('Provenance: not sealed yet');
    return this.#grouped;
  }
}

function refOf(code: number, files: readonly string[]): SourceRef {
  const fileIndex = Math.floor(code / LINE_SPAN);
  return { file: files[fileIndex]!, line: code - fileIndex * LINE_SPAN };
}

/** unpackRefs of `refs[start..end)`; most nodes and edges have one reference, read as is. */
function unpackRange(refs: Float64Array, start: number, end: number, files: readonly string[]): SourceRef[] {
  if (end - start === 1) return [refOf(refs[start]!, files)];
  return unpackRefs(refs.subarray(start, end), files);
}

/** Sorted (by file as given, then line), deduplicated references. */
export function unpackRefs(packed: ArrayLike<number>, files: readonly string[]): SourceRef[] {
  const sorted = (packed instanceof Float64Array ? packed.slice() : Float64Array.from(packed)).sort();
  const out: SourceRef[] = [];
  let last = -1;
  for (let k = 0; k < sorted.length; k++) {
    const code = sorted[k]!;
    if (code === last) continue;
    last = code;
    out.push(refOf(code, files));
  }
  return out;
}
