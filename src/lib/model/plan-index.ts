/**
 * Read-only index over a payload: who is above and below whom. Every view, panel,
 * export scope and tour step asks these questions, so they are answered once here.
 * The hierarchy is a DAG (an objective may have two parents), never assumed a tree.
 */
import type { NodeKind, Payload, PayloadEdge, PayloadNode } from '../types';

export class PlanIndex {
  readonly payload: Payload;
  readonly #nodes = new Map<string, PayloadNode>();
  readonly #edges = new Map<string, PayloadEdge>();
  readonly #up = new Map<string, string[]>();
  readonly #down = new Map<string, string[]>();
  readonly #byKind = new Map<NodeKind, PayloadNode[]>();
  readonly #organismsBelow = new Map<string, Set<string>>();

  constructor(payload: Payload) {
    this.payload = payload;
    for (const n of payload.nodes) {
      this.#nodes.set(n.id, n);
      this.#up.set(n.id, []);
      this.#down.set(n.id, []);
      const list = this.#byKind.get(n.kind) ?? [];
      list.push(n);
      this.#byKind.set(n.kind, list);
    }
    for (const e of payload.edges) {
      this.#edges.set(e.id, e);
      this.#down.get(e.source)?.push(e.target);
      this.#up.get(e.target)?.push(e.source);
    }
  }

  node(id: string): PayloadNode | undefined {
    return this.#nodes.get(id);
  }
  has(id: string): boolean {
    return this.#nodes.has(id);
  }
  edge(id: string): PayloadEdge | undefined {
    return this.#edges.get(id);
  }
  byKind(kind: NodeKind): readonly PayloadNode[] {
    return this.#byKind.get(kind) ?? [];
  }
  parents(id: string): readonly string[] {
    return this.#up.get(id) ?? [];
  }
  children(id: string): readonly string[] {
    return this.#down.get(id) ?? [];
  }

  /** Every node above `id` (not including it). */
  ancestors(id: string): Set<string> {
    return this.#walk(id, this.#up);
  }
  /** Every node below `id` (not including it), down to the organisms. */
  descendants(id: string): Set<string> {
    return this.#walk(id, this.#down);
  }

  /** The node's whole chain: itself, every ancestor and every descendant, and the edges among them. */
  chain(id: string): { nodes: Set<string>; edges: Set<string> } {
    const nodes = new Set([id, ...this.ancestors(id), ...this.descendants(id)]);
    return { nodes, edges: this.edgesAmong(nodes) };
  }

  /** Nodes within `depth` steps of `id`, edges taken in either direction. */
  neighbourhood(id: string, depth: number): Set<string> {
    const seen = new Set([id]);
    let frontier = [id];
    for (let d = 0; d < depth && frontier.length; d++) {
      const next: string[] = [];
      for (const n of frontier) {
        for (const m of [...this.parents(n), ...this.children(n)]) {
          if (!seen.has(m)) {
            seen.add(m);
            next.push(m);
          }
        }
      }
      frontier = next;
    }
    return seen;
  }

  /** Ids of the payload's edges whose both ends are in `nodes`. */
  edgesAmong(nodes: Set<string>): Set<string> {
    const out = new Set<string>();
    for (const e of this.payload.edges) if (nodes.has(e.source) && nodes.has(e.target)) out.add(e.id);
    return out;
  }

  /** One path from the top (an area) down to `id`, following first parents: the breadcrumb. */
  breadcrumb(id: string): PayloadNode[] {
    const path: PayloadNode[] = [];
    const seen = new Set<string>();
    let cur: string | undefined = id;
    while (cur && !seen.has(cur)) {
      seen.add(cur);
      const n = this.#nodes.get(cur);
      if (!n) break;
      path.unshift(n);
      cur = this.parents(cur)[0];
    }
    return path;
  }

  /** Organisms reachable below `id` (for an organism: itself). */
  organismsBelow(id: string): Set<string> {
    const cached = this.#organismsBelow.get(id);
    if (cached) return cached;
    const node = this.#nodes.get(id);
    const out = new Set<string>();
    if (node?.kind === 'organism') out.add(id);
    else for (const d of this.descendants(id)) if (this.#nodes.get(d)?.kind === 'organism') out.add(d);
    this.#organismsBelow.set(id, out);
    return out;
  }

  /**
   * What would be left without an assignee if `organismId` were dissolved: the nodes
   * above it (actions, objectives, areas) that no other organism carries. Ordered by level.
   */
  soleCarried(organismId: string): PayloadNode[] {
    const out: PayloadNode[] = [];
    for (const id of this.ancestors(organismId)) {
      const below = this.organismsBelow(id);
      if (below.size === 1 && below.has(organismId)) out.push(this.#nodes.get(id)!);
    }
    return out.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.label.localeCompare(b.label, 'it'));
  }

  #walk(start: string, next: Map<string, string[]>): Set<string> {
    const seen = new Set<string>();
    const stack = [...(next.get(start) ?? [])];
    while (stack.length) {
      const n = stack.pop()!;
      if (seen.has(n) || n === start) continue;
      seen.add(n);
      for (const m of next.get(n) ?? []) if (!seen.has(m)) stack.push(m);
    }
    return seen;
  }
}

export const KIND_ORDER: Record<NodeKind, number> = {
  area: 0,
  strategic_objective: 1,
  operational_objective: 2,
  management_objective: 3,
  action: 4,
  organism: 5,
};
