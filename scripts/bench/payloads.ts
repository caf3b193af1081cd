/**
 * Synthetic Trama payloads for the browser benchmark: 1k, 5k and 20k nodes with the shape
 * of a real DUP (six levels, uneven fan-out, a DAG with some second parents, a small pool
 * of organisms shared across ambiti), valid against src/lib/payload/validate.ts.
 *
 * Built directly rather than through a synthetic document and the pipeline: the pipeline's
 * exact betweenness on 20k nodes takes longer than the whole browser suite may.
 */
import { createHash } from 'node:crypto';
import { NODE_KINDS, SCHEMA_VERSION, type NodeKind, type Payload, type PayloadEdge, type PayloadNode } from '../../src/lib/types';
import { computeMetrics } from './payloads/metrics';
import { deriveLoads, deriveOrganismGraph } from './payloads/derive';
import { createRng } from './payloads/random';
import { buildSkeleton } from './payloads/structure';
import { slug, synthLabel, synthText } from './payloads/texts';

export const BENCH_SIZES = [1000, 5000, 20000] as const;

/** "1k", "5k", "20k". */
export const sizeName = (n: number): string => (n % 1000 === 0 ? `${n / 1000}k` : String(n));

const HEADER = 'AMBITO STRATEGICO\tOBIETTIVO STRATEGICO\tOBIETTIVI OPERATIVI\tOBIETTIVI GESTIONALI\tAZIONI\tORGANISMI PARTECIPATI ASSEGNATARI';

export function syntheticPayload(totalNodes: number, seed = 1): Payload {
  const rng = createRng(seed * 1_000_003 + totalNodes);
  const sk = buildSkeleton(totalNodes, rng);
  const file = `synthetic/dup-${sizeName(totalNodes)}.txt`;
  const ids = {} as Record<NodeKind, string[]>;
  const nodes: PayloadNode[] = [];
  const byId = new Map<string, PayloadNode>();
  let serial = 0;
  for (const kind of NODE_KINDS) {
    ids[kind] = [];
    for (let i = 0; i < sk.counts[kind]; i++) {
      const label = synthLabel(kind, ++serial, rng);
      const node: PayloadNode = {
        id: `${kind}:${slug(label, 50)}-${serial}`,
        kind,
        label,
        text: synthText(label, kind, rng),
        sources: [],
        metrics: { degree: 0, betweenness: 0, closeness: 0, pagerank: 0 },
        areas: [],
      };
      if (kind === 'organism') node.organism = { canonical: label, registered: rng.next() > 0.05 };
      ids[kind].push(node.id);
      nodes.push(node);
      byId.set(node.id, node);
    }
  }

  const edges: PayloadEdge[] = [];
  const edgeById = new Map<string, PayloadEdge>();
  const link = (source: string, target: string, kind: PayloadEdge['kind']): PayloadEdge => {
    const id = `${source}->${target}`;
    let e = edgeById.get(id);
    if (!e) {
      e = { id, source, target, kind, sources: [] };
      edgeById.set(id, e);
      edges.push(e);
    }
    return e;
  };
  for (let l = 1; l < NODE_KINDS.length - 1; l++) {
    const kind = NODE_KINDS[l];
    sk.parents[kind].forEach((ps, i) => ps.forEach((p) => link(ids[NODE_KINDS[l - 1]][p], ids[kind][i], 'contains')));
  }
  sk.assignees.forEach((orgs, a) => orgs.forEach((o) => link(ids.action[a], ids.organism[o], 'assigned')));

  // One table row per action, as in the document: the chain above it through first parents.
  const rawLines: Payload['rawLines'] = [
    { file, line: 1, text: '## 1.6 Obiettivi gestionali degli organismi partecipati (sintetico)' },
    { file, line: 3, text: HEADER },
  ];
  const firstParent = (kind: NodeKind, i: number): number => sk.parents[kind][i][0];
  sk.assignees.forEach((orgs, a) => {
    const line = a + 4;
    const m = firstParent('action', a);
    const o = firstParent('management_objective', m);
    const s = firstParent('operational_objective', o);
    const ar = firstParent('strategic_objective', s);
    const chain = [ids.area[ar], ids.strategic_objective[s], ids.operational_objective[o], ids.management_objective[m], ids.action[a]];
    const organismIds = orgs.map((x) => ids.organism[x]);
    const ref = { file, line };
    for (const id of [...chain, ...organismIds]) byId.get(id)!.sources.push(ref);
    for (let k = 1; k < chain.length; k++) edgeById.get(`${chain[k - 1]}->${chain[k]}`)!.sources.push(ref);
    for (const org of organismIds) edgeById.get(`${ids.action[a]}->${org}`)!.sources.push(ref);
    const cells = [...chain, null].map((id) => (id ? byId.get(id)!.text.replace(/\n/g, ' ') : organismIds.map((x) => byId.get(x)!.label).join(', ')));
    rawLines.push({ file, line, text: cells.join('\t') });
  });
  // Second parents come from rows printed elsewhere; cite the child's own row.
  for (const e of edges) if (e.sources.length === 0) e.sources.push(...byId.get(e.target)!.sources.slice(0, 1));

  deriveLoads(nodes, edges, byId);
  const { metrics, methods } = computeMetrics(
    nodes.map((n) => n.id),
    edges.map((e) => [e.source, e.target]),
    rng,
  );
  for (const n of nodes) n.metrics = metrics.get(n.id)!;

  const counts = Object.fromEntries(NODE_KINDS.map((k) => [k, sk.counts[k]])) as Payload['meta']['counts'];
  counts.edges = edges.length;
  const rows = sk.assignees.length;
  const sha256 = createHash('sha256')
    .update(rawLines.map((l) => l.text).join('\n'))
    .digest('hex');
  return {
    schemaVersion: SCHEMA_VERSION,
    meta: {
      title: `Documento Unico di Programmazione sintetico – ${sizeName(totalNodes)} nodi`,
      edition: '2022/2024',
      section: 'Sezione Operativa (SeO) – 1.6 Obiettivi gestionali degli organismi partecipati',
      citation: `DUP sintetico (${sizeName(totalNodes)} nodi), solo per benchmark`,
      slug: `dup-synthetic-${sizeName(totalNodes)}`,
      sources: [{ file, sha256, rows, lines: { title: 1, header: 1, row: rows, continuation: 0, blank: 1, rejected: 0 } }],
      counts,
      methods,
      extraColumns: [],
    },
    nodes,
    edges,
    organismGraph: deriveOrganismGraph(nodes, edges),
    rawLines,
    diagnostics: [],
  };
}
