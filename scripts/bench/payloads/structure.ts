/**
 * The skeleton of a synthetic plan: how many nodes per level, who contains whom, which
 * organisms each action is assigned to. Proportions follow a full DUP (few ambiti, many
 * management objectives and actions, a small pool of organisms shared across ambiti),
 * with a sprinkle of second parents because the real hierarchy is a DAG, not a tree.
 */
import { NODE_KINDS, type NodeKind } from '../../../src/lib/types';
import { shuffled, zipfCumulative, type Rng } from './random';

/** Share of the nodes at each level; sums to 1. */
export const LEVEL_SHARES: Record<NodeKind, number> = {
  area: 0.008,
  strategic_objective: 0.032,
  operational_objective: 0.1,
  management_objective: 0.3,
  action: 0.52,
  organism: 0.04,
};
/** Fraction of nodes below the ambito that get a second parent one level up. */
const SECOND_PARENT = 0.02;
/** Organisms per action: 1 (65%), 2 (25%), 3 (10%). */
const ASSIGNEES = [0.65, 0.9, 1];

export interface Skeleton {
  /** Node positions per level; a node is addressed as [kind, i]. */
  counts: Record<NodeKind, number>;
  /** For each level below the ambito, the parent indices (one level up) of each node. */
  parents: Record<NodeKind, number[][]>;
  /** For each action, the organisms assigned to it. */
  assignees: number[][];
}

export function levelCounts(total: number): Record<NodeKind, number> {
  if (!Number.isInteger(total) || total < 12) {
    throw new Error(`bench/payloads: invalid size ${total}. Expecting an integer of at least 12 nodes.`);
  }
  const counts = {} as Record<NodeKind, number>;
  let used = 0;
  for (const k of NODE_KINDS) {
    counts[k] = Math.max(2, Math.round(total * LEVEL_SHARES[k]));
    used += counts[k];
  }
  // Rounding slack goes to the actions, the largest level, so the total is exact.
  counts.action += total - used;
  return counts;
}

export function buildSkeleton(total: number, rng: Rng): Skeleton {
  const counts = levelCounts(total);
  const parents = {} as Record<NodeKind, number[][]>;
  parents.area = [];
  for (let l = 1; l < NODE_KINDS.length - 1; l++) {
    parents[NODE_KINDS[l]] = spread(counts[NODE_KINDS[l]], counts[NODE_KINDS[l - 1]], rng);
  }
  parents.organism = [];
  return { counts, parents, assignees: assign(counts.action, counts.organism, rng) };
}

/** Every parent gets at least one child; the rest fall unevenly, as plans are uneven. */
function spread(children: number, parentCount: number, rng: Rng): number[][] {
  const order = shuffled(
    Array.from({ length: children }, (_, i) => i),
    rng,
  );
  const weights = zipfCumulative(parentCount, 0.3);
  const out: number[][] = new Array(children);
  order.forEach((child, k) => {
    out[child] = [k < parentCount ? k : rng.weighted(weights)];
  });
  // Children are numbered in parent order, the way a document lists them.
  out.sort((a, b) => a[0] - b[0]);
  for (const p of out) {
    if (parentCount > 1 && rng.next() < SECOND_PARENT) {
      const other = rng.int(0, parentCount - 1);
      if (other !== p[0]) p.push(other);
    }
  }
  return out;
}

function assign(actions: number, organisms: number, rng: Rng): number[][] {
  const weights = zipfCumulative(organisms, 0.9);
  const out: number[][] = [];
  for (let a = 0; a < actions; a++) {
    const r = rng.next();
    const k = Math.min(organisms, ASSIGNEES.findIndex((c) => r < c) + 1);
    const set = new Set<number>();
    while (set.size < k) set.add(rng.weighted(weights));
    out.push([...set]);
  }
  // No organism in the registry without work: hand the idle ones an action each.
  const busy = new Set(out.flat());
  let a = 0;
  for (let o = 0; o < organisms; o++) {
    if (!busy.has(o)) out[(a = (a + 7919) % actions)].push(o);
  }
  return out;
}
