/**
 * The attributes every data export carries for a node, declared once: name, type and
 * how to read it. GEXF, GraphML, Cytoscape JSON and CSV iterate this list, so adding a
 * column is one line and the formats never disagree.
 * Metrics are those of the whole plan (computed by the pipeline), not recomputed on the scope.
 */
import type { PlanIndex } from '../model/plan-index';
import { LOAD_LEVELS, METRIC_IDS, type PayloadEdge, type PayloadNode } from '../types';
import { measureValue } from '../view/measure';

export type AttrType = 'string' | 'int' | 'double' | 'boolean';
export type AttrValue = string | number | boolean | undefined;

export interface AttrSpec {
  name: string;
  type: AttrType;
  get(node: PayloadNode, index: PlanIndex): AttrValue;
}

const mainArea = (n: PayloadNode, index: PlanIndex) => (n.areas[0] ? index.node(n.areas[0]) : undefined);
const sourceList = (s: { file: string; line: number }[]) => s.map((r) => `${r.file}:${r.line}`).join('; ');

const METRIC_TYPES: Record<string, AttrType> = { degree: 'int' };

export const NODE_ATTRIBUTES: readonly AttrSpec[] = [
  { name: 'kind', type: 'string', get: (n) => n.kind },
  { name: 'label', type: 'string', get: (n) => n.label },
  { name: 'text', type: 'string', get: (n) => n.text },
  { name: 'ambito', type: 'string', get: (n, i) => mainArea(n, i)?.label },
  { name: 'ambito_id', type: 'string', get: (n) => n.areas[0] },
  { name: 'ambiti', type: 'string', get: (n, i) => n.areas.map((a) => i.node(a)?.label ?? a).join(' | ') },
  // For an organism: management objectives it carries; for any other node: organisms that carry it.
  { name: 'load', type: 'int', get: (n, i) => measureValue(i, n, 'load') },
  ...LOAD_LEVELS.map(
    (level): AttrSpec => ({ name: `load_${level}`, type: 'int', get: (n) => n.load?.[level] }),
  ),
  { name: 'load_share', type: 'double', get: (n) => n.load?.share },
  { name: 'load_rank', type: 'int', get: (n) => n.load?.rank },
  ...METRIC_IDS.map(
    (m): AttrSpec => ({ name: m, type: METRIC_TYPES[m] ?? 'double', get: (n) => n.metrics[m] }),
  ),
  { name: 'canonical_name', type: 'string', get: (n) => n.organism?.canonical },
  { name: 'short_name', type: 'string', get: (n) => n.organism?.short },
  { name: 'legal_form', type: 'string', get: (n) => n.organism?.legalForm },
  { name: 'registered', type: 'boolean', get: (n) => n.organism?.registered },
  { name: 'sources', type: 'string', get: (n) => sourceList(n.sources) },
];

export interface EdgeAttrSpec {
  name: string;
  type: AttrType;
  get(edge: PayloadEdge): AttrValue;
}

export const EDGE_ATTRIBUTES: readonly EdgeAttrSpec[] = [
  { name: 'kind', type: 'string', get: (e) => e.kind },
  { name: 'sources', type: 'string', get: (e) => sourceList(e.sources) },
];

/** The document's extra columns (indicator, responsibility centre…), prefixed so they never clash with ours. */
export function extraAttributes(extraColumns: readonly string[]): AttrSpec[] {
  return extraColumns.map((header) => ({
    name: `col_${header}`,
    type: 'string' as const,
    // Own values only: a column may be named "constructor" or "toString" (document text).
    get: (n: PayloadNode) => (n.attributes && Object.hasOwn(n.attributes, header) ? n.attributes[header] : undefined),
  }));
}

export function nodeAttributeSpecs(index: PlanIndex): AttrSpec[] {
  return [...NODE_ATTRIBUTES, ...extraAttributes(index.payload.meta.extraColumns ?? [])];
}

/** Defined attribute values of a node, by name. */
export function nodeRecord(index: PlanIndex, node: PayloadNode, specs = nodeAttributeSpecs(index)): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const s of specs) {
    const v = s.get(node, index);
    if (v !== undefined && !(typeof v === 'number' && !Number.isFinite(v))) out[s.name] = v;
  }
  return out;
}

export function edgeRecord(edge: PayloadEdge): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const s of EDGE_ATTRIBUTES) {
    const v = s.get(edge);
    if (v !== undefined) out[s.name] = v;
  }
  return out;
}
