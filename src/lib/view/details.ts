/**
 * What the details panel says about one node, computed from the index alone: its text
 * as paragraphs, where it sits (breadcrumb, other parents), what is below it, where it
 * was read (with the original row), every measure with its rank among nodes of the same
 * kind and, for an organism, how much of the plan it carries and what only it carries.
 */
import { KIND_ORDER, type PlanIndex } from '../model/plan-index';
import type { LoadLevel, NodeKind, OrganismLoad, Payload, PayloadNode } from '../types';
import { LOAD_LEVELS } from '../types';
import { MEASURES, measureValue, type Measure } from './measure';

export interface MeasureLine {
  measure: Measure;
  /** null when the measure was not computed for this node (eigenvector that did not converge). */
  value: number | null;
  /** 1-based competition rank among the nodes of the same kind that have the measure. */
  rank: number | null;
  total: number;
  /** Other nodes of the kind with the same value (they share the rank); 0 when none or no value. */
  tiedWith: number;
}

export interface SourceLine {
  file: string;
  line: number;
  /** The row exactly as printed in the document (markup included), when the payload has it. */
  raw: string | null;
}

export interface LevelLoad {
  level: LoadLevel;
  count: number;
  /** Competition rank among the organisms (ties share it, as in the ranking panel). */
  rank: number;
  total: number;
  /** Other organisms with the same count (they share the rank). */
  tiedWith: number;
}

/** Levels counted per area: an area itself is not counted under an area. */
export const AREA_LOAD_LEVELS = ['strategic_objective', 'operational_objective', 'management_objective', 'action'] as const;
export type AreaLoadLevel = (typeof AREA_LOAD_LEVELS)[number];

export interface AreaLoad {
  area: PayloadNode;
  counts: Record<AreaLoadLevel, number>;
}

export interface OrganismDetails {
  load: OrganismLoad | null;
  levels: LevelLoad[];
  /** The headline rank: by management objectives, the load's own measure (its share is of
   *  them), ties shared. Not the payload's load.rank, which breaks ties by actions and then
   *  by label to give a strict order: beside the table's ranks, "10° su 10" for an organism
   *  tied in 8th place read as a contradiction. */
  headline: LevelLoad;
  byArea: AreaLoad[];
  /** What would be left without an assignee if it were dissolved, by level. */
  sole: PayloadNode[];
  /** The actions it is assigned to. */
  actions: PayloadNode[];
}

export interface NodeDetails {
  node: PayloadNode;
  paragraphs: string[];
  /** From the area down to the node's first parent (the node itself not included). */
  breadcrumb: PayloadNode[];
  /** Parents other than the one on the breadcrumb: the objective also sits under these. */
  otherParents: PayloadNode[];
  children: PayloadNode[];
  /** Organisms that carry this node (below it); empty for an organism. */
  organisms: PayloadNode[];
  sources: SourceLine[];
  measures: MeasureLine[];
  attributes: Array<[string, string]>;
  organism: OrganismDetails | null;
}

export function nodeDetails(index: PlanIndex, id: string, level: LoadLevel = 'management_objective'): NodeDetails | null {
  const node = index.node(id);
  if (!node) return null;
  const nodesOf = (ids: Iterable<string>) => [...ids].map((i) => index.node(i)).filter((n): n is PayloadNode => !!n);
  const isOrganism = node.kind === 'organism';
  const breadcrumb = isOrganism ? [] : index.breadcrumb(id).slice(0, -1);
  const parents = nodesOf(index.parents(id));
  return {
    node,
    paragraphs: paragraphsOf(node),
    breadcrumb,
    otherParents: isOrganism ? [] : parents.slice(1),
    children: nodesOf(index.children(id)),
    organisms: isOrganism ? [] : byLabel(nodesOf(index.organismsBelow(id))),
    sources: sourceLines(index.payload, node),
    measures: MEASURES.map((m) => measureLine(index, node, m, level)),
    attributes: Object.entries(node.attributes ?? {}).filter(([, v]) => v.trim() !== ''),
    organism: isOrganism ? organismDetails(index, node, parents) : null,
  };
}

export function paragraphsOf(node: PayloadNode): string[] {
  const paras = (node.text || node.label).split('\n').map((p) => p.trim()).filter(Boolean);
  return paras.length ? paras : [node.label];
}

/** Nodes grouped by kind, in the hierarchy's order (for "objectives only it carries"). */
export function groupByKind(nodes: readonly PayloadNode[]): Array<{ kind: NodeKind; nodes: PayloadNode[] }> {
  const groups = new Map<NodeKind, PayloadNode[]>();
  for (const n of nodes) groups.set(n.kind, [...(groups.get(n.kind) ?? []), n]);
  return [...groups].sort(([a], [b]) => KIND_ORDER[a] - KIND_ORDER[b]).map(([kind, list]) => ({ kind, nodes: list }));
}

function measureLine(index: PlanIndex, node: PayloadNode, measure: Measure, level: LoadLevel): MeasureLine {
  const has = (n: PayloadNode) => measure === 'load' || typeof n.metrics[measure] === 'number';
  const sorted = sortedValues(index, node.kind, measure, level, has);
  if (!has(node)) return { measure, value: null, rank: null, total: sorted.length, tiedWith: 0 };
  const value = measureValue(index, node, measure, level);
  const rank = rankInSortedDesc(sorted, value);
  const tiedWith = countAtLeast(sorted, value) - rank;
  return { measure, value, rank, total: sorted.length, tiedWith };
}

/** Values of a measure over one kind, largest first; cached, since every selection asks again. */
const valueCache = new WeakMap<PlanIndex, Map<string, number[]>>();
function sortedValues(
  index: PlanIndex,
  kind: NodeKind,
  measure: Measure,
  level: LoadLevel,
  has: (n: PayloadNode) => boolean,
): number[] {
  const cache = valueCache.get(index) ?? new Map<string, number[]>();
  valueCache.set(index, cache);
  const key = `${kind}|${measure}|${level}`;
  let values = cache.get(key);
  if (!values) {
    values = index.byKind(kind).filter(has).map((n) => measureValue(index, n, measure, level));
    values.sort((a, b) => b - a);
    cache.set(key, values);
  }
  return values;
}

/** 1 + the number of values strictly greater than `value` (ties share a rank). */
export function rankInSortedDesc(sortedDesc: readonly number[], value: number): number {
  let lo = 0;
  let hi = sortedDesc.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sortedDesc[mid] > value) lo = mid + 1;
    else hi = mid;
  }
  return lo + 1;
}

/** The number of values greater than or equal to `value`. */
function countAtLeast(sortedDesc: readonly number[], value: number): number {
  let lo = 0;
  let hi = sortedDesc.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sortedDesc[mid] >= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const rawCache = new WeakMap<Payload, Map<string, string>>();
function sourceLines(payload: Payload, node: PayloadNode): SourceLine[] {
  let raw = rawCache.get(payload);
  if (!raw) {
    raw = new Map((payload.rawLines ?? []).map((r) => [`${r.file}\u0000${r.line}`, r.text]));
    rawCache.set(payload, raw);
  }
  return node.sources.map((s) => ({ file: s.file, line: s.line, raw: raw.get(`${s.file}\u0000${s.line}`) ?? null }));
}

function organismDetails(index: PlanIndex, node: PayloadNode, actions: PayloadNode[]): OrganismDetails {
  const organisms = index.byKind('organism');
  const levels = LOAD_LEVELS.map((level) => {
    const count = node.load?.[level] ?? 0;
    const values = organisms.map((o) => o.load?.[level] ?? 0);
    const rank = 1 + values.filter((v) => v > count).length;
    const tiedWith = values.filter((v) => v === count).length - 1;
    return { level, count, rank, total: organisms.length, tiedWith };
  });
  return {
    load: node.load ?? null,
    levels,
    headline: levels.find((l) => l.level === 'management_objective')!,
    byArea: loadByArea(index, node),
    sole: index.soleCarried(node.id),
    actions: byLabel(actions),
  };
}

/** For each area the organism works in (main area first), how many nodes of each level it carries there. */
export function loadByArea(index: PlanIndex, organism: PayloadNode): AreaLoad[] {
  const counts = new Map<string, Record<AreaLoadLevel, number>>();
  const order = [...organism.areas];
  for (const id of index.ancestors(organism.id)) {
    const n = index.node(id);
    if (!n || n.kind === 'area' || n.kind === 'organism') continue;
    for (const a of n.areas) {
      if (!counts.has(a)) {
        counts.set(a, { strategic_objective: 0, operational_objective: 0, management_objective: 0, action: 0 });
        if (!order.includes(a)) order.push(a);
      }
      counts.get(a)![n.kind]++;
    }
  }
  return order
    .map((a) => ({ area: index.node(a), counts: counts.get(a) }))
    .filter((r): r is AreaLoad => !!r.area && !!r.counts);
}

function byLabel(nodes: PayloadNode[]): PayloadNode[] {
  return nodes.sort((a, b) => a.label.localeCompare(b.label, 'it', { sensitivity: 'base' }));
}
