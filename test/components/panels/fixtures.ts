/**
 * Tiny hand-built payloads for the panels' tests: a plan written as the document's rows
 * (ambito, strategico, operativo, gestionale, azione, organismi), turned into a valid
 * payload with the structure-derived fields (areas, load, degree) computed here so the
 * expected answers can be worked out by hand.
 */
import { PlanIndex } from '../../../src/lib/model/plan-index';
import { validatePayload } from '../../../src/lib/payload/validate';
import { SCHEMA_VERSION, type NodeKind, type NodeMetrics, type Payload, type PayloadEdge, type PayloadNode } from '../../../src/lib/types';

export interface Row {
  area: string;
  strategic: string;
  operational: string;
  management: string;
  action: string;
  organisms: string[];
}

const LEVELS: NodeKind[] = ['area', 'strategic_objective', 'operational_objective', 'management_objective', 'action'];
const FILE = 'seeds/test.txt';

export const slug = (s: string) =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
export const idOf = (kind: NodeKind, label: string) => `${kind}:${slug(label)}`;

export function buildPayload(rows: Row[], metrics: Record<string, Partial<NodeMetrics>> = {}): Payload {
  const nodes = new Map<string, PayloadNode>();
  const edges = new Map<string, PayloadEdge>();
  const rawLines: Payload['rawLines'] = [];
  const add = (kind: NodeKind, label: string, line: number): string => {
    const id = idOf(kind, label.replace(/\n/g, ' '));
    const existing = nodes.get(id);
    if (existing) {
      if (!existing.sources.some((s) => s.line === line)) existing.sources.push({ file: FILE, line });
    } else {
      nodes.set(id, {
        id, kind, label: label.replace(/\n/g, ' '), text: label,
        sources: [{ file: FILE, line }],
        metrics: { degree: 0, betweenness: 0, closeness: 0, pagerank: 0, eigenvector: 0 },
        areas: [],
      });
    }
    return id;
  };
  const link = (source: string, target: string, kind: PayloadEdge['kind'], line: number) => {
    const id = `${source}->${target}`;
    if (!edges.has(id)) edges.set(id, { id, source, target, kind, sources: [{ file: FILE, line }] });
  };
  rows.forEach((r, i) => {
    const line = 10 + i;
    const cells = [r.area, r.strategic, r.operational, r.management, r.action];
    rawLines.push({ file: FILE, line, text: [`<b>${r.area}</b>`, r.strategic, `<i>${r.operational}</i>`, r.management, r.action, r.organisms.join(', ')].join('\t') });
    const ids = cells.map((c, l) => add(LEVELS[l], c, line));
    for (let l = 1; l < ids.length; l++) link(ids[l - 1], ids[l], 'contains', line);
    for (const o of r.organisms) link(ids[4], add('organism', o, line), 'assigned', line);
  });
  const payload: Payload = {
    schemaVersion: SCHEMA_VERSION,
    meta: {
      title: 'Test plan', citation: 'Test', slug: 'test', sources: [], methods: {}, extraColumns: [],
      counts: { area: 0, strategic_objective: 0, operational_objective: 0, management_objective: 0, action: 0, organism: 0, edges: edges.size },
    },
    nodes: [...nodes.values()],
    edges: [...edges.values()],
    organismGraph: { nodes: [], edges: [] },
    rawLines,
    diagnostics: [],
  };
  for (const n of payload.nodes) payload.meta.counts[n.kind]++;
  deriveStructure(payload, metrics);
  return validatePayload(payload);
}

/** Areas, degree, load and rank from the structure; other metrics from the overrides or the degree. */
function deriveStructure(payload: Payload, overrides: Record<string, Partial<NodeMetrics>>): void {
  const index = new PlanIndex(payload);
  const totalManagement = index.byKind('management_objective').length;
  for (const n of payload.nodes) {
    const neighbours = new Set([...index.parents(n.id), ...index.children(n.id)]);
    n.metrics = { degree: neighbours.size, betweenness: neighbours.size / 100, closeness: 0.5, pagerank: neighbours.size / 1000, eigenvector: 0.1, ...overrides[n.id] };
    if (overrides[n.id] && 'eigenvector' in overrides[n.id] && overrides[n.id].eigenvector === undefined) delete n.metrics.eigenvector;
    const above = [...index.ancestors(n.id)].map((a) => index.node(a)!);
    if (n.kind === 'area') n.areas = [n.id];
    else if (n.kind !== 'organism') n.areas = above.filter((a) => a.kind === 'area').map((a) => a.id);
    else {
      const byArea = new Map<string, number>();
      for (const action of index.parents(n.id)) {
        for (const ar of index.ancestors(action)) if (index.node(ar)!.kind === 'area') byArea.set(ar, (byArea.get(ar) ?? 0) + 1);
      }
      n.areas = [...byArea].sort((a, b) => b[1] - a[1]).map(([a]) => a);
      const count = (k: NodeKind) => above.filter((a) => a.kind === k).length;
      n.load = {
        area: count('area'), strategic_objective: count('strategic_objective'), operational_objective: count('operational_objective'),
        management_objective: count('management_objective'), action: count('action'),
        share: count('management_objective') / totalManagement, rank: 0,
      };
      n.organism = { canonical: n.label, registered: !n.label.startsWith('Ignoto') };
    }
  }
  const organisms = payload.nodes.filter((n) => n.kind === 'organism');
  organisms
    .sort((a, b) => b.load!.management_objective - a.load!.management_objective || b.load!.action - a.load!.action || a.label.localeCompare(b.label, 'it'))
    .forEach((o, i) => (o.load!.rank = i + 1));
}

/**
 * Two areas, an operational objective under two strategic ones (a DAG), four organisms:
 * Alfa carries three management objectives, Beta two, Gamma and Delta one each (tied).
 * Gamma alone carries "Gestionale tre" and its action.
 */
export const PLAN: Row[] = [
  { area: 'Città impresa', strategic: 'Distretto', operational: 'Economia circolare', management: 'Gestionale uno', action: 'Azione uno', organisms: ['Alfa', 'Beta'] },
  { area: 'Città impresa', strategic: 'Distretto', operational: 'Economia circolare', management: 'Gestionale due', action: 'Azione due', organisms: ['Alfa'] },
  { area: 'Città impresa', strategic: 'Cultura', operational: 'Economia circolare', management: 'Gestionale due', action: 'Azione due', organisms: ['Alfa'] },
  { area: 'Città sostenibile', strategic: 'Ambiente', operational: 'Rifiuti', management: 'Gestionale tre', action: 'Azione tre', organisms: ['Gamma'] },
  { area: 'Città sostenibile', strategic: 'Ambiente', operational: 'Rifiuti', management: 'Gestionale quattro', action: 'Azione quattro', organisms: ['Alfa', 'Beta', 'Delta'] },
];

export function planPayload(metrics: Record<string, Partial<NodeMetrics>> = {}): Payload {
  return buildPayload(PLAN, metrics);
}
export function planIndex(metrics: Record<string, Partial<NodeMetrics>> = {}): PlanIndex {
  return new PlanIndex(planPayload(metrics));
}
