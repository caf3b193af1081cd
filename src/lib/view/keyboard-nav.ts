/**
 * Walking the drawn graph with the arrow keys: to a parent, to a child, to the previous
 * or next node of the same level (a column of Gerarchia, in the order it is drawn: the
 * siblings first, since a column keeps them together, then on to the cousins). Pure:
 * the graph is the adjacency of what is on screen (bridges included).
 */
import type { Orientation } from './layouts/hierarchy';

export type Move = 'parent' | 'child' | 'prev' | 'next';

export interface NavGraph {
  up: ReadonlyMap<string, readonly string[]>;
  down: ReadonlyMap<string, readonly string[]>;
  /** Drawing order of every node (smaller first), e.g. position along its level. */
  order: ReadonlyMap<string, number>;
  /** Each node's level (its kind): previous and next walk along it. Without it, along
   *  the children of the first parent. */
  level?: ReadonlyMap<string, string>;
}

/** Arrow keys follow the hierarchy's direction: across levels moves up and down the plan. */
export function moveForKey(key: string, orientation: Orientation): Move | null {
  const across = orientation === 'tb' ? { ArrowUp: 'parent', ArrowDown: 'child', ArrowLeft: 'prev', ArrowRight: 'next' } : { ArrowLeft: 'parent', ArrowRight: 'child', ArrowUp: 'prev', ArrowDown: 'next' };
  return (across as Record<string, Move>)[key] ?? null;
}

/**
 * The node a move leads to, or `current` when there is nowhere to go. With nothing
 * selected any move starts at the first node drawn. `cameFrom` (the previous
 * selection) is preferred among several parents, so Left after Right goes back.
 */
export function move(graph: NavGraph, current: string | null, m: Move, cameFrom?: string | null): string | null {
  const byOrder = (ids: Iterable<string>) =>
    [...ids].filter((id) => graph.order.has(id)).sort((a, b) => graph.order.get(a)! - graph.order.get(b)!);
  if (!current || !graph.order.has(current)) {
    const roots = byOrder([...graph.order.keys()].filter((id) => (graph.up.get(id) ?? []).length === 0));
    return roots[0] ?? byOrder(graph.order.keys())[0] ?? null;
  }
  const parents = byOrder(graph.up.get(current) ?? []);
  const children = byOrder(graph.down.get(current) ?? []);
  switch (m) {
    case 'parent':
      if (cameFrom && parents.includes(cameFrom)) return cameFrom;
      return parents[0] ?? current;
    case 'child':
      if (cameFrom && children.includes(cameFrom)) return cameFrom;
      return children[0] ?? current;
    case 'prev':
    case 'next': {
      const level = graph.level?.get(current);
      // A column as drawn: an only child is not a dead end, the next objective is below it.
      const siblings = level !== undefined
        ? byOrder([...graph.order.keys()].filter((id) => graph.level!.get(id) === level))
        : parents.length
        ? byOrder(graph.down.get(parents[0]) ?? [])
        : byOrder([...graph.order.keys()].filter((id) => (graph.up.get(id) ?? []).length === 0));
      const i = siblings.indexOf(current);
      const j = m === 'prev' ? i - 1 : i + 1;
      return siblings[j] ?? current;
    }
  }
}
