/**
 * What the pipeline derives from the structure, derived the same way for synthetic
 * payloads: the ambiti above each node, each organism's load per level and rank, and the
 * organisms' co-assignment graph.
 */
import Graph from 'graphology';
import betweenness from 'graphology-metrics/centrality/betweenness.js';
import { LOAD_LEVELS, type CoAssignment, type PayloadEdge, type PayloadNode } from '../../../src/lib/types';

/** Nodes must come in level order (ambiti first), as syntheticPayload builds them. */
export function deriveLoads(nodes: PayloadNode[], edges: PayloadEdge[], byId: Map<string, PayloadNode>): void {
  const up = new Map<string, string[]>(nodes.map((n) => [n.id, []]));
  for (const e of edges) up.get(e.target)!.push(e.source);
  for (const n of nodes) {
    if (n.kind === 'area') n.areas = [n.id];
    else if (n.kind !== 'organism') n.areas = [...new Set(up.get(n.id)!.flatMap((p) => byId.get(p)!.areas))];
  }
  const totalManagement = nodes.filter((n) => n.kind === 'management_objective').length;
  const organisms = nodes.filter((n) => n.kind === 'organism');
  for (const org of organisms) {
    const perArea = new Map<string, number>();
    const seen = new Map<string, Set<string>>(LOAD_LEVELS.map((l) => [l, new Set()]));
    const stack = [...up.get(org.id)!];
    for (const action of stack) for (const a of byId.get(action)!.areas) perArea.set(a, (perArea.get(a) ?? 0) + 1);
    while (stack.length) {
      const id = stack.pop()!;
      const n = byId.get(id)!;
      const bucket = seen.get(n.kind)!;
      if (bucket.has(id)) continue;
      bucket.add(id);
      stack.push(...up.get(id)!);
    }
    org.areas = [...perArea.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([a]) => a);
    const count = (l: (typeof LOAD_LEVELS)[number]): number => seen.get(l)!.size;
    org.load = {
      area: count('area'),
      strategic_objective: count('strategic_objective'),
      operational_objective: count('operational_objective'),
      management_objective: count('management_objective'),
      action: count('action'),
      share: totalManagement ? Math.round((count('management_objective') / totalManagement) * 1e6) / 1e6 : 0,
      rank: 0,
    };
  }
  organisms
    .slice()
    .sort(
      (a, b) =>
        b.load!.management_objective - a.load!.management_objective ||
        b.load!.action - a.load!.action ||
        a.label.localeCompare(b.label, 'it'),
    )
    .forEach((o, i) => (o.load!.rank = i + 1));
}

/** Two organisms are linked by the management objectives they both carry. */
export function deriveOrganismGraph(nodes: PayloadNode[], edges: PayloadEdge[]): CoAssignment {
  const kind = new Map(nodes.map((n) => [n.id, n.kind]));
  const actionOrgs = new Map<string, string[]>();
  const objectiveActions = new Map<string, string[]>();
  for (const e of edges) {
    if (e.kind === 'assigned') actionOrgs.set(e.source, [...(actionOrgs.get(e.source) ?? []), e.target]);
    else if (kind.get(e.source) === 'management_objective') {
      objectiveActions.set(e.source, [...(objectiveActions.get(e.source) ?? []), e.target]);
    }
  }
  const pairs = new Map<string, { source: string; target: string; weight: number; shared: string[] }>();
  for (const [objective, actions] of objectiveActions) {
    const orgs = [...new Set(actions.flatMap((a) => actionOrgs.get(a) ?? []))].sort();
    for (let i = 0; i < orgs.length; i++) {
      for (let j = i + 1; j < orgs.length; j++) {
        const key = `${orgs[i]}|${orgs[j]}`;
        const p = pairs.get(key) ?? { source: orgs[i], target: orgs[j], weight: 0, shared: [] };
        p.weight++;
        p.shared.push(objective);
        pairs.set(key, p);
      }
    }
  }
  const g = new Graph({ type: 'undirected' });
  for (const n of nodes) if (n.kind === 'organism') g.addNode(n.id, { w: 0 });
  for (const p of pairs.values()) {
    g.addEdge(p.source, p.target);
    g.updateNodeAttribute(p.source, 'w', (w: number) => w + p.weight);
    g.updateNodeAttribute(p.target, 'w', (w: number) => w + p.weight);
  }
  const bc = betweenness(g, { normalized: true });
  return {
    nodes: g.mapNodes((id, attr) => ({ id, weightedDegree: attr.w as number, betweenness: Math.round(bc[id] * 1e6) / 1e6 })),
    edges: [...pairs.values()],
  };
}
