/**
 * Parsed rows → graph. One node per level per text for the whole input (several files
 * merge), actions identified by management objective + text, organisms by registry key;
 * `contains` edges from each level to the next, `assigned` from each action to each
 * organism of its row. Problems the rows reveal become diagnostics, never exceptions.
 */
import type { Diagnostic, NodeKind } from '../types';
import type { Column, ParsedDocument, ParsedRow } from '../dup/types';
import { actionKey, IdAllocator, KeyCache } from './identity';
import { addRefs } from './provenance';
import type { BuiltGraph, OrganismMatcher, TramaEdge, TramaGraph, TramaNode, UnknownOrganism } from './model';
import { IndexedGraph } from './indexed-graph';
import { mergeAttributes } from './attributes';
import { incompleteRowWarning, twoParentsWarning, unknownOrganismWarning } from './build-diagnostics';

const LEVELS: ReadonlyArray<[Column, NodeKind]> = [
  ['area', 'area'],
  ['strategic', 'strategic_objective'],
  ['operational', 'operational_objective'],
  ['management', 'management_objective'],
];

interface ChainLink {
  label: string;
  index: number;
  node: TramaNode;
  edge?: TramaEdge;
}

interface KnownOrganism {
  match: ReturnType<OrganismMatcher['match']>;
  id: string;
}

class Builder {
  readonly graph = new IndexedGraph();
  readonly files: string[] = [];
  readonly diagnostics: Diagnostic[] = [];
  readonly #keys = new KeyCache();
  readonly #ids = new IdAllocator();
  /** Per level, label as written → node: carried-down and repeated texts skip the key and id work. */
  readonly #byLabel = LEVELS.map(() => new Map<string, number>());
  /** Per management objective (node index), action text → action node. */
  readonly #actions = new Map<number, Map<string, number>>();
  readonly #matches = new Map<string, KnownOrganism>();
  readonly #unknown = new Map<string, UnknownOrganism>();
  readonly #registry: OrganismMatcher;
  /** The previous row's chain: carried-down cells repeat it, and then only provenance is new. */
  #previous: Array<ChainLink | undefined> = [];

  constructor(registry: OrganismMatcher) {
    this.#registry = registry;
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
        addRefs(previous.node.sources, fileIndex, row.lines);
        if (previous.edge) addRefs(previous.edge.sources, fileIndex, row.lines);
        parent = previous.index;
        continue;
      }
      same = false;
      const index = this.#level(level, kind, label, paragraphs, row, fileIndex);
      const edge = parent >= 0 ? this.#contains(parent, index, row, fileIndex) : undefined;
      this.#previous[level] = { label, index, node: this.graph.nodes[index]!, edge };
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

    let actionsOf = this.#actions.get(management);
    if (actionsOf === undefined) this.#actions.set(management, (actionsOf = new Map()));
    const actions: number[] = [];
    for (const text of row.actions) {
      let id = actionsOf.get(text);
      if (id === undefined) {
        const own = this.#keys.key(text);
        id = this.#node('action', actionKey(managementNode.key, own), own, [text]);
        actionsOf.set(text, id);
      }
      addRefs(this.graph.nodes[id]!.sources, fileIndex, row.lines);
      this.#contains(management, id, row, fileIndex);
      if (hasExtra) mergeAttributes(this.graph.nodes[id]!, row.extra);
      actions.push(id);
    }
    for (const name of row.organisms) {
      const organism = this.#organism(name, row, fileIndex);
      for (const action of actions) this.#edge(action, organism, 'assigned', row, fileIndex);
    }
  }

  /** The node of an ambito or objective with this label (found or added), its provenance noted. */
  #level(level: number, kind: NodeKind, label: string, paragraphs: string[], row: ParsedRow, fileIndex: number): number {
    const byLabel = this.#byLabel[level]!;
    let index = byLabel.get(label);
    if (index === undefined) {
      const key = this.#keys.key(label);
      index = this.#node(kind, key, key, paragraphs);
      byLabel.set(label, index);
    }
    addRefs(this.graph.nodes[index]!.sources, fileIndex, row.lines);
    return index;
  }

  /** The node for this identity, added (labelled as first written) when new. */
  #node(kind: NodeKind, key: string, readable: string, paragraphs: string[]): number {
    const id = this.#ids.id(kind, key, readable);
    const known = this.graph.indexOf(id);
    if (known !== undefined) return known;
    return this.graph.addNode(id, { kind, key, label: paragraphs.join(' '), paragraphs, sources: [] });
  }

  #contains(parent: number, child: number, row: ParsedRow, fileIndex: number): TramaEdge {
    const graph = this.graph;
    if (graph.edgeBetween(parent, child) === undefined && graph.inEdges[child]!.length > 0) {
      if (graph.nodes[child]!.kind !== 'action') {
        this.diagnostics.push(twoParentsWarning(graph, graph.ids[parent]!, graph.ids[child]!, row));
      }
    }
    return this.#edge(parent, child, 'contains', row, fileIndex);
  }

  #edge(source: number, target: number, kind: 'contains' | 'assigned', row: ParsedRow, fileIndex: number): TramaEdge {
    const known = this.graph.edgeBetween(source, target);
    let attrs: TramaEdge;
    if (known === undefined) {
      attrs = { kind, sources: [] };
      this.graph.addEdge(source, target, attrs);
    } else {
      attrs = this.graph.edges[known]!;
    }
    addRefs(attrs.sources, fileIndex, row.lines);
    return attrs;
  }

  #organism(name: string, row: ParsedRow, fileIndex: number): number {
    let known = this.#matches.get(name);
    if (known === undefined) {
      const found = this.#registry.match(name);
      known = { match: found, id: this.#ids.id('organism', found.key) };
      this.#matches.set(name, known);
    }
    const { match, id } = known;
    let index = this.graph.indexOf(id);
    if (index === undefined) {
      const text = match.info.registered ? match.info.canonical : name;
      index = this.graph.addNode(id, {
        kind: 'organism', key: match.key, label: match.label, paragraphs: [text], sources: [], organism: match.info,
      });
    }
    addRefs(this.graph.nodes[index]!.sources, fileIndex, row.lines);
    if (!match.info.registered) this.#noteUnknown(id, name, row);
    return index;
  }

  #noteUnknown(id: string, name: string, row: ParsedRow): void {
    const seen = this.#unknown.get(id);
    if (seen === undefined) {
      this.#unknown.set(id, { id, name, file: row.file, line: row.line, rows: 1 });
    } else {
      seen.rows += 1;
    }
  }

  unknownOrganisms(): UnknownOrganism[] {
    return [...this.#unknown.values()];
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
  let graph: TramaGraph | undefined;
  return {
    indexed, files: builder.files, diagnostics, unknownOrganisms,
    get graph() {
      return (graph ??= indexed.toGraphology());
    },
  };
}
