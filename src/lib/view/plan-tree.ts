/**
 * The plan as a tree for the Tabella view: ambito > strategico > operativo > gestionale >
 * azione > organismi, restricted to the nodes the filters leave visible. The plan is a
 * DAG, so a node under two parents appears under each: a row is a path, keyed by the ids
 * along it. A hidden node is bridged, not cut: with actions hidden, a management objective's
 * children are the organisms of its actions. Children are computed only when asked for,
 * so a collapsed tree of a big document costs little.
 */
import type { PlanIndex } from '../model/plan-index';
import type { PayloadNode } from '../types';

export interface TreeRow {
  /** The path from the root to this row, as ids joined by KEY_SEPARATOR: unique per row. */
  key: string;
  id: string;
  node: PayloadNode;
  /** 1-based depth, as aria-level. */
  level: number;
  parentKey: string | null;
  hasChildren: boolean;
  expanded: boolean;
  /** 1-based position among its siblings and their number (aria-posinset / aria-setsize). */
  posinset: number;
  setsize: number;
}

export const KEY_SEPARATOR = '\u001f';

export function pathKey(path: readonly string[]): string {
  return path.join(KEY_SEPARATOR);
}

export class PlanTree {
  readonly #index: PlanIndex;
  readonly #visible: ReadonlySet<string>;
  readonly #children = new Map<string, string[]>();
  readonly #parents = new Map<string, string[]>();
  #roots: string[] | null = null;

  constructor(index: PlanIndex, visible: ReadonlySet<string>) {
    this.#index = index;
    this.#visible = visible;
  }

  isShown(id: string): boolean {
    return this.#visible.has(id) && this.#index.has(id);
  }

  /** Visible nodes with no visible node above them, in the payload's (document) order. */
  roots(): string[] {
    this.#roots ??= this.#index.payload.nodes.filter((n) => this.isShown(n.id) && this.parentsOf(n.id).length === 0).map((n) => n.id);
    return this.#roots;
  }

  /** The nearest visible nodes below `id`, looking through hidden ones. */
  childrenOf(id: string): string[] {
    let out = this.#children.get(id);
    if (!out) {
      out = this.#nearest(id, (n) => this.#index.children(n));
      this.#children.set(id, out);
    }
    return out;
  }

  /** The nearest visible nodes above `id`, looking through hidden ones. */
  parentsOf(id: string): string[] {
    let out = this.#parents.get(id);
    if (!out) {
      out = this.#nearest(id, (n) => this.#index.parents(n));
      this.#parents.set(id, out);
    }
    return out;
  }

  /** One path from a root down to `id` (following first visible parents), or null when `id` is not shown. */
  pathTo(id: string): string[] | null {
    if (!this.isShown(id)) return null;
    const path = [id];
    const seen = new Set(path);
    for (let cur = this.parentsOf(id)[0]; cur !== undefined && !seen.has(cur); cur = this.parentsOf(cur)[0]) {
      path.unshift(cur);
      seen.add(cur);
    }
    return path;
  }

  /** The rows on screen when the rows keyed in `expanded` are open, depth first. */
  rows(expanded: ReadonlySet<string>): TreeRow[] {
    const out: TreeRow[] = [];
    const walk = (ids: string[], parent: string[], parentKey: string | null) => {
      ids.forEach((id, i) => {
        const node = this.#index.node(id)!;
        const path = [...parent, id];
        const key = pathKey(path);
        // A cycle in bad data must not hang the view: a node never opens below itself.
        const kids = parent.includes(id) ? [] : this.childrenOf(id);
        const open = kids.length > 0 && expanded.has(key);
        out.push({ key, id, node, level: path.length, parentKey, hasChildren: kids.length > 0, expanded: open, posinset: i + 1, setsize: ids.length });
        if (open) walk(kids, path, key);
      });
    };
    walk(this.roots(), [], null);
    return out;
  }

  /** Keys of every row that has children: "expand all". Stops after `limit` keys on huge plans. */
  allExpandableKeys(limit = 200_000): Set<string> {
    const out = new Set<string>();
    const stack: string[][] = this.roots().map((r) => [r]);
    while (stack.length && out.size < limit) {
      const path = stack.pop()!;
      const id = path[path.length - 1];
      if (path.indexOf(id) !== path.length - 1) continue;
      const kids = this.childrenOf(id);
      if (kids.length === 0) continue;
      out.add(pathKey(path));
      for (const k of kids) stack.push([...path, k]);
    }
    return out;
  }

  /** Keys to open so that the row for `path` is on screen: every proper prefix of it. */
  static ancestorKeys(path: readonly string[]): string[] {
    return path.slice(0, -1).map((_, i) => pathKey(path.slice(0, i + 1)));
  }

  #nearest(start: string, next: (id: string) => readonly string[]): string[] {
    const out: string[] = [];
    const seen = new Set<string>([start]);
    const queue = [...next(start)];
    while (queue.length) {
      const id = queue.shift()!;
      if (seen.has(id)) continue;
      seen.add(id);
      if (this.isShown(id)) out.push(id);
      else queue.push(...next(id));
    }
    return out;
  }
}
