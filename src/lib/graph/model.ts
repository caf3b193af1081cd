/**
 * The graph as built: a directed graphology graph (hierarchy edges point down, and from
 * actions to organisms) plus what the payload needs to say about it.
 */
import Graph from 'graphology';
import type { Diagnostic, EdgeKind, NodeKind, OrganismInfo } from '../types';
import type { OrganismMatch } from '../registry/types';
import type { IndexedGraph } from './indexed-graph';
import type { Provenance } from './provenance';

export interface TramaNode {
  kind: NodeKind;
  /** Match key the id was made from (for actions, management objective's key + text's key). */
  key: string;
  /** One line, as first written. */
  label: string;
  /** Paragraphs as first written. */
  paragraphs: string[];
  attributes?: Record<string, string>;
  organism?: OrganismInfo;
}

/** Edges carry only their kind (provenance is kept apart, see provenance.ts). */
export interface TramaEdge {
  kind: EdgeKind;
}

/** A node or edge as the graphology graph carries it: with its packed provenance. */
export type SourcedNode = TramaNode & { sources: number[] };
export type SourcedEdge = TramaEdge & { sources: number[] };

export type TramaGraph = Graph<SourcedNode, SourcedEdge>;

/** Anything that matches an organism's name as written to the registry. */
export interface OrganismMatcher {
  match(name: string): OrganismMatch;
}

export interface UnknownOrganism {
  id: string;
  /** As first written. */
  name: string;
  file: string;
  line: number;
  /** Rows naming it. */
  rows: number;
}

export interface BuiltGraph {
  /** What the pipeline reads: the graph as flat arrays (see indexed-graph.ts). */
  indexed: IndexedGraph;
  /** The same graph as graphology, made on first access (the pipeline never needs it). */
  readonly graph: TramaGraph;
  /** Where each node and edge came from, by index in `indexed` (sealed). */
  provenance: Provenance;
  /** Input files in the order given; provenance file indices point here. */
  files: string[];
  diagnostics: Diagnostic[];
  unknownOrganisms: UnknownOrganism[];
}

export function createTramaGraph(): TramaGraph {
  return new Graph<SourcedNode, SourcedEdge>({ type: 'directed', multi: false, allowSelfLoops: false });
}

export function edgeId(source: string, target: string): string {
  return source + '->' + target;
}
