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
import {
  createTramaGraph,
  edgeId,
  type BuiltGraph,
  type OrganismMatcher,
  type TramaEdge,
  type TramaGraph,
  type TramaNode,
  type UnknownOrganism,
} from './model';
import { mergeAttributes } from './attributes';
import { incompleteRowWarning, twoParentsWarning, unknownOrganismWarning } from './build-diagnostics';

const LEVELS: ReadonlyArray<[Column, NodeKind]> = [
  ['area', 'area'],
  ['strategic', 'strategic_objective'],
  ['operational', 'operational_objective'],
  ['management', 'management_objective'],
];

class Builder {
  readonly graph: TramaGraph = createTramaGraph();
  readonly files: string[] = [];
  readonly diagnostics: Diagnostic[] = [];
  readonly #keys = new KeyCache();
  readonly #ids = new IdAllocator();
  readonly #matches = new Map<string, { match: ReturnType<OrganismMatcher['match']>; id: string }>();
  readonly #unknown = new Map<string, UnknownOrganism>();
  readonly #registry: OrganismMatcher;
  /** The previous row's chain: carried-down cells repeat it, and then only provenance is new. */
  #previous: Array<{ label: string; id: string; node: TramaNode; edge?: TramaEdge } | undefined> = [];

  constructor(registry: OrganismMatcher) {
    this.#registry = registry;
  }

  addDocument(doc: ParsedDocument): void {
    const fileIndex = this.files.push(doc.file) - 1;
    this.#previous = [];
    for (const row of doc.rows) this.#addRow(row, fileIndex);
  }

  #addRow(row: ParsedRow, fileIndex: number): void {
    let parent: string | undefined;
    let managementKey = '';
    let same = true;
    for (let level = 0; level < LEVELS.length; level++) {
      const [column, kind] = LEVELS[level];
      const paragraphs = row.cells[column].paragraphs;
      if (paragraphs.length === 0) {
        this.diagnostics.push(incompleteRowWarning(row, kind));
        this.#previous = [];
        return;
      }
      const label = paragraphs.length === 1 ? paragraphs[0] : paragraphs.join(' ');
      const previous = this.#previous[level];
      if (same && previous !== undefined && previous.label === label) {
        addRefs(previous.node.sources, fileIndex, row.lines);
        if (previous.edge) addRefs(previous.edge.sources, fileIndex, row.lines);
        parent = previous.id;
        if (kind === 'management_objective') managementKey = previous.node.key;
        continue;
      }
      same = false;
      const key = this.#keys.key(label);
      const id = this.#node(kind, key, key, paragraphs, row, fileIndex);
      const edge = parent !== undefined ? this.#contains(parent, id, row, fileIndex) : undefined;
      this.#previous[level] = { label, id, node: this.graph.getNodeAttributes(id), edge };
      parent = id;
      if (kind === 'management_objective') managementKey = key;
    }
    const management = parent as string;
    if (Object.keys(row.extra).length > 0) mergeAttributes(this.graph, management, row.extra);

    const actions: string[] = [];
    for (const text of row.actions) {
      const own = this.#keys.key(text);
      const id = this.#node('action', actionKey(managementKey, own), own, [text], row, fileIndex);
      this.#contains(management, id, row, fileIndex);
      mergeAttributes(this.graph, id, row.extra);
      actions.push(id);
    }
    for (const name of row.organisms) {
      const organism = this.#organism(name, row, fileIndex);
      for (const action of actions) this.#edge(action, organism, 'assigned', row, fileIndex);
    }
  }

  #node(kind: NodeKind, key: string, readable: string, paragraphs: string[], row: ParsedRow, fileIndex: number): string {
    const id = this.#ids.id(kind, key, readable);
    let attrs = this.graph.hasNode(id) ? this.graph.getNodeAttributes(id) : undefined;
    if (attrs === undefined) {
      attrs = { kind, key, label: paragraphs.join(' '), paragraphs, sources: [] };
      this.graph.addNode(id, attrs);
    }
    addRefs(attrs.sources, fileIndex, row.lines);
    return id;
  }

  #contains(parent: string, child: string, row: ParsedRow, fileIndex: number): TramaEdge {
    if (!this.graph.hasEdge(edgeId(parent, child)) && this.graph.inDegree(child) > 0) {
      const kind = this.graph.getNodeAttribute(child, 'kind');
      if (kind !== 'action') this.diagnostics.push(twoParentsWarning(this.graph, parent, child, row));
    }
    return this.#edge(parent, child, 'contains', row, fileIndex);
  }

  #edge(source: string, target: string, kind: 'contains' | 'assigned', row: ParsedRow, fileIndex: number): TramaEdge {
    const id = edgeId(source, target);
    let attrs = this.graph.hasEdge(id) ? this.graph.getEdgeAttributes(id) : undefined;
    if (attrs === undefined) {
      attrs = { kind, sources: [] };
      this.graph.addDirectedEdgeWithKey(id, source, target, attrs);
    }
    addRefs(attrs.sources, fileIndex, row.lines);
    return attrs;
  }

  #organism(name: string, row: ParsedRow, fileIndex: number): string {
    let known = this.#matches.get(name);
    if (known === undefined) {
      const found = this.#registry.match(name);
      known = { match: found, id: this.#ids.id('organism', found.key) };
      this.#matches.set(name, known);
    }
    const { match, id } = known;
    if (!this.graph.hasNode(id)) {
      const text = match.info.registered ? match.info.canonical : name;
      this.graph.addNode(id, {
        kind: 'organism', key: match.key, label: match.label, paragraphs: [text], sources: [], organism: match.info,
      });
    }
    addRefs(this.graph.getNodeAttributes(id).sources, fileIndex, row.lines);
    if (!match.info.registered) this.#noteUnknown(id, name, row);
    return id;
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
  return { graph: builder.graph, files: builder.files, diagnostics, unknownOrganisms };
}
