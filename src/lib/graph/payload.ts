/**
 * Built graph + metrics → the Payload (src/lib/types.ts). Everything is put in a fixed
 * order (nodes by kind then id, edges by id, object keys as the contract lists them) and
 * floats rounded to 1e-12, so the same input always serialises to the same bytes.
 */
import {
  LINE_KINDS_ORDER, NODE_KIND_ORDER, orderedInfo, orderedLoad, round,
} from './payload-order';
import { NODE_KINDS, SCHEMA_VERSION } from '../types';
import type { Diagnostic, NodeKind, NodeMetrics, Payload, PayloadEdge, PayloadNode, RawLine, SourceInfo } from '../types';
import type { ParsedDocument } from '../dup/types';
import type { AreaIndex } from './areas';
import type { MetricTable } from './metrics';
import type { BuiltGraph } from './model';
import type { DocumentHeading } from './meta';
import type { CoAssignment, OrganismLoad } from '../types';

export interface PayloadParts {
  docs: readonly ParsedDocument[];
  built: BuiltGraph;
  metrics: MetricTable;
  areas: AreaIndex;
  loads: Map<string, OrganismLoad>;
  coAssignment: CoAssignment;
  heading: DocumentHeading;
  methods: Record<string, string>;
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function metricsOf(table: MetricTable, id: string): NodeMetrics {
  const v = table.values;
  const m: NodeMetrics = {
    degree: v.degree?.[id] ?? 0,
    betweenness: round(v.betweenness?.[id] ?? 0),
    closeness: round(v.closeness?.[id] ?? 0),
    pagerank: round(v.pagerank?.[id] ?? 0),
  };
  if (v.eigenvector) m.eigenvector = round(v.eigenvector[id] ?? 0);
  return m;
}

function nodesOf(parts: PayloadParts): PayloadNode[] {
  const { indexed, files, provenance } = parts.built;
  const nodes: PayloadNode[] = [];
  indexed.forEachNode((id, a, index) => {
    const node: PayloadNode = {
      id, kind: a.kind, label: a.label, text: a.paragraphs.join('\n'),
      sources: provenance.sourcesOfNode(index, files),
      metrics: metricsOf(parts.metrics, id),
      areas: [...(parts.areas.get(id) ?? [])],
    };
    if (a.attributes) node.attributes = { ...a.attributes };
    const load = parts.loads.get(id);
    if (load) node.load = orderedLoad(load);
    if (a.organism) node.organism = orderedInfo(a.organism);
    nodes.push(node);
  });
  return nodes.sort((x, y) => NODE_KIND_ORDER[x.kind] - NODE_KIND_ORDER[y.kind] || byId(x, y));
}

function edgesOf(parts: PayloadParts): PayloadEdge[] {
  const { indexed, files, provenance } = parts.built;
  const edges: PayloadEdge[] = [];
  indexed.forEachEdge((id, a, source, target, index) => {
    edges.push({ id, source, target, kind: a.kind, sources: provenance.sourcesOfEdge(index, files) });
  });
  return edges.sort(byId);
}

function diagnosticsOf(parts: PayloadParts): Diagnostic[] {
  const order = new Map(parts.built.files.map((f, i) => [f, i]));
  const all = [...parts.docs.flatMap((d) => d.diagnostics), ...parts.built.diagnostics];
  return all
    .map((d) => ({ level: d.level, code: d.code, file: d.file, line: d.line, message: d.message }))
    .sort((a, b) =>
      (order.get(a.file) ?? 1e9) - (order.get(b.file) ?? 1e9) || a.line - b.line ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
}

function sourcesOf(docs: readonly ParsedDocument[]): SourceInfo[] {
  return docs.map((d) => {
    const lines = Object.fromEntries(LINE_KINDS_ORDER.map((k) => [k, 0])) as SourceInfo['lines'];
    for (const kind of d.lineKinds) lines[kind] += 1;
    return { file: d.file, sha256: d.sha256, rows: d.rows.length, lines };
  });
}

function rawLinesOf(docs: readonly ParsedDocument[]): RawLine[] {
  return docs.flatMap((d) =>
    Array.from(d.rawLines.entries(), ([line, text]) => ({ file: d.file, line, text })));
}

export function toPayload(parts: PayloadParts): Payload {
  const nodes = nodesOf(parts);
  const edges = edgesOf(parts);
  const counts = Object.fromEntries(NODE_KINDS.map((k) => [k, 0])) as Record<NodeKind, number> & { edges: number };
  for (const n of nodes) counts[n.kind] += 1;
  counts.edges = edges.length;
  const extraColumns = [...new Set(parts.docs.flatMap((d) => d.extraColumns))];
  const { title, edition, section, citation, slug } = parts.heading;
  const co = parts.coAssignment;
  return {
    schemaVersion: SCHEMA_VERSION,
    meta: {
      title, ...(edition !== undefined && { edition }), ...(section !== undefined && { section }),
      citation, slug, sources: sourcesOf(parts.docs), counts, methods: parts.methods, extraColumns,
    },
    nodes,
    edges,
    organismGraph: {
      nodes: co.nodes.map((n) => ({ id: n.id, weightedDegree: n.weightedDegree, betweenness: round(n.betweenness) })),
      edges: co.edges.map((e) => ({ source: e.source, target: e.target, weight: e.weight, shared: e.shared })),
    },
    rawLines: rawLinesOf(parts.docs),
    diagnostics: diagnosticsOf(parts),
  };
}
