/**
 * Parsed rows → graph. One node per level per text for the whole input (several files
 * merge), actions identified by management objective + text, organisms by registry key;
 * `contains` edges from each level to the next, `assigned` from each action to each
 * organism of its row. Problems the rows reveal become diagnostics, never exceptions.
 */
import type { Diagnostic, NodeKind } from '../types';
import type { Column, ParsedDocument, ParsedRow } from '../dup/types';
import { generalKey, plainMatchKey } from '../dup/match-key';
import { ActionIndex } from './action-index';
import { IdentityMap } from './identity-map';
import { actionHashSeed, actionIdBase, actionKey, idBase } from './identity';
import { Provenance } from './provenance';
import type { BuiltGraph, OrganismMatcher, TramaEdge, TramaGraph, UnknownOrganism } from './model';
import { IndexedGraph } from './indexed-graph';
import { mergeAttributes } from './attributes';
import { OrganismNodes } from './organism-nodes';
import { incompleteRowWarning, twoParentsWarning, unknownOrganismWarning } from './build-diagnostics';

const LEVELS: ReadonlyArray<[Column, Exclude<NodeKind, 'action'>]> = [
  ['area', 'area'],
  ['strategic', 'strategic_objective'],
  ['operational', 'operational_objective'],
  ['management', 'management_objective'],
];

interface ChainLink {
  label: string;
  index: number;
  /** The edge from the level above, or -1 for an area. */
  edge: number;
}

// Edge attributes hold only the kind, so all edges of a kind share one (frozen) object.
const CONTAINS: TramaEdge = Object.freeze({ kind: 'contains' });
const ASSIGNED: TramaEdge = Object.freeze({ kind: 'assigned' });

class Builder {
  readonly graph = new IndexedGraph();
  readonly provenance = new Provenance();
  readonly files: string[] = [];
  readonly diagnostics: Diagnostic[] = [];
  /** Per level, match key → node by the identity rule. */
  readonly #byKey = LEVELS.map(() => new IdentityMap());
  /** Per management objective (by node index), the action's own match key → action node. */
  readonly #actions = new ActionIndex();
  /** Per management objective (by node index), the start of its actions' id hash. */
  readonly #seeds: Array<number | undefined> = [];
  /** The row's action nodes (reused from row to row). */
  readonly #rowActions: number[] = [];
  readonly #organisms: OrganismNodes;
  /** The previous row's chain: carried-down cells repeat it, and then only provenance is new. */
  #previous: Array<ChainLink | undefined> = [];

  constructor(registry: OrganismMatcher) {
    this.#organisms = new OrganismNodes(this.graph, registry, this.diagnostics);
  }

  addDocument(doc: ParsedDocument): void {
    const fileIndex = this.files.push(doc.file) - 1;
    this.#previous = [];
    for (const row of doc.rows) this.#addRow(row, fileIndex);
  }

  #addRow(row: ParsedRow, fileIndex: number): void {
    let parent = -1;
    let same = true;
    for (let level = 0; level < LEVELS.length; level++) {
      const [column, kind] = LEVELS[level]!;
      const paragraphs = row.cells[column].paragraphs;
      if (paragraphs.length === 0) {
        this.diagnostics.push(incompleteRowWarning(row, kind));
        this.#previous = [];
        return;
      }
      const label = paragraphs.length === 1 ? paragraphs[0]! : paragraphs.join(' ');
      const previous = this.#previous[level];
      if (same && previous !== undefined && previous.label === label) {
        this.provenance.addNode(previous.index, fileIndex, row.lines);
        if (previous.edge >= 0) this.provenance.addEdge(previous.edge, fileIndex, row.lines);
        parent = previous.index;
        continue;
      }
      same = false;
      const index = this.#level(level, kind, label, paragraphs, row, fileIndex);
      const edge = parent >= 0 ? this.#contains(parent, index, row, fileIndex) : -1;
      this.#previous[level] = { label, index, edge };
      parent = index;
    }
    const management = parent;
    const managementNode = this.graph.nodes[management]!;
    let hasExtra = false;
    for (const _ in row.extra) {
      hasExtra = true;
      break;
    }
    if (hasExtra) mergeAttributes(managementNode, row.extra);

    const actions = this.#rowActions;
    let count = 0;
    for (const text of row.actions) {
      // The one-pass key, when it applies, is made of simple words: the id rule need not test.
      const plain = plainMatchKey(text);
      const own = plain ?? generalKey(text);
      let id = this.#actions.get(management, own);
      if (id === undefined) {
        const seed = (this.#seeds[management] ??= actionHashSeed(managementNode.key));
        const base = actionIdBase(managementNode.key, own, seed, plain !== null && plain !== '');
        // A one-action cell's paragraphs are exactly [text]: shared (rows are read-only).
        const paragraphs = row.actions.length === 1 ? row.actions : [text];
        id = this.#add(base, 'action', actionKey(managementNode.key, own), paragraphs);
        this.#actions.add(management, own, id);
      }
      this.provenance.addNode(id, fileIndex, row.lines);
      this.#contains(management, id, row, fileIndex);
      if (hasExtra) mergeAttributes(this.graph.nodes[id]!, row.extra);
      actions[count++] = id;
    }
    for (const name of this.#organisms.namesOf(row)) {
      const organism = this.#organisms.node(name, row);
      this.provenance.addNode(organism, fileIndex, row.lines);
      for (let k = 0; k < count; k++) this.#edge(actions[k]!, organism, ASSIGNED, row, fileIndex);
    }
  }

  /** The node of an ambito or objective with this label (found or added), its provenance noted. */
  #level(level: number, kind: Exclude<NodeKind, 'action'>, label: string, paragraphs: string[], row: ParsedRow, fileIndex: number): number {
    // (A map by label as written, before the key, cost more than it saved: a label seen
    // again is nearly always the row above's, which #addRow catches.)
    const plain = plainMatchKey(label);
    const key = plain ?? generalKey(label);
    const byKey = this.#byKey[level]!;
    let index = byKey.get(key);
    if (index === undefined) {
      index = this.#add(idBase(kind, key, plain !== null && plain !== ''), kind, key, paragraphs);
      byKey.set(key, index);
    }
    this.provenance.addNode(index, fileIndex, row.lines);
    return index;
  }

  /** A new node, labelled as first written, under the id `base` (suffixed should it clash). */
  #add(base: string, kind: NodeKind, key: string, paragraphs: string[]): number {
    const label = paragraphs.length === 1 ? paragraphs[0]! : paragraphs.join(' ');
    return this.graph.addNodeUnder(base, { kind, key, label, paragraphs });
  }

  /** The `contains` edge parent → child (found or added), its provenance noted. */
  #contains(parent: number, child: number, row: ParsedRow, fileIndex: number): number {
    const graph = this.graph;
    if (graph.edgeBetween(parent, child) === undefined && graph.inDegree(child) > 0) {
      if (graph.nodes[child]!.kind !== 'action') {
        this.diagnostics.push(twoParentsWarning(graph, graph.ids[parent]!, graph.ids[child]!, row));
      }
    }
    return this.#edge(parent, child, CONTAINS, row, fileIndex);
  }

  #edge(source: number, target: number, attrs: TramaEdge, row: ParsedRow, fileIndex: number): number {
    let edge = this.graph.edgeBetween(source, target);
    if (edge === undefined) edge = this.graph.addNewEdge(source, target, attrs);
    this.provenance.addEdge(edge, fileIndex, row.lines);
    return edge;
  }

  unknownOrganisms(): UnknownOrganism[] {
    return this.#organisms.unknown();
  }
}

/** Builds one graph from one or more parsed documents (in the order given). */
export function buildGraph(docs: readonly ParsedDocument[], registry: OrganismMatcher): BuiltGraph {
  const builder = new Builder(registry);
  for (const doc of docs) builder.addDocument(doc);
  const unknownOrganisms = builder.unknownOrganisms();
  const diagnostics = [...builder.diagnostics];
  for (const u of unknownOrganisms) diagnostics.push(unknownOrganismWarning(u));
  const indexed = builder.graph;
  const provenance = builder.provenance;
  provenance.seal(indexed.order, indexed.size);
  let graph: TramaGraph | undefined;
  return {
    indexed, provenance, files: builder.files, diagnostics, unknownOrganisms,
    get graph() {
      return (graph ??= indexed.toGraphology(provenance));
    },
  };
}
