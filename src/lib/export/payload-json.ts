/**
 * JSON in the payload schema, limited to the scope, so the app and the CLI can read an
 * export back. Counts are recomputed; metrics and loads stay those of the whole plan
 * (they describe a node's place in the document, not in the excerpt). Raw lines and
 * diagnostics keep those of the lines the scope's nodes come from; co-assignment links
 * keep those between organisms of the scope, unchanged.
 */
import type { PlanIndex } from '../model/plan-index';
import { NODE_KINDS, type NodeKind, type Payload } from '../types';
import type { Scope } from './types';

export function scopePayload(index: PlanIndex, scope: Scope): Payload {
  const p = index.payload;
  const ids = new Set(scope.nodes.map((n) => n.id));
  const lines = new Set<string>();
  for (const n of scope.nodes) for (const s of n.sources) lines.add(`${s.file}\u0000${s.line}`);
  const counts = Object.fromEntries(NODE_KINDS.map((k) => [k, 0])) as Record<NodeKind, number>;
  for (const n of scope.nodes) counts[n.kind]++;
  return {
    schemaVersion: p.schemaVersion,
    meta: { ...p.meta, counts: { ...counts, edges: scope.edges.length } },
    // `areas` keep naming the plan's ambiti even when they lie outside the scope.
    nodes: scope.nodes,
    edges: scope.edges,
    organismGraph: {
      nodes: p.organismGraph.nodes.filter((n) => ids.has(n.id)),
      edges: p.organismGraph.edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
    },
    rawLines: p.rawLines.filter((r) => lines.has(`${r.file}\u0000${r.line}`)),
    diagnostics: p.diagnostics.filter((d) => d.line === 0 || lines.has(`${d.file}\u0000${d.line}`)),
  };
}

export function writePayloadJson(index: PlanIndex, scope: Scope): string {
  return JSON.stringify(scopePayload(index, scope), null, 1) + '\n';
}
