/** Fixed orders and rounding that make the payload byte-for-byte reproducible. */
import { NODE_KINDS } from '../types';
import type { LineKind, NodeKind, OrganismInfo, OrganismLoad } from '../types';

/** Floats are rounded to this step so summation noise never shows in the output. */
export const PRECISION = 1e12;

export function round(x: number): number {
  const r = Math.round(x * PRECISION) / PRECISION;
  return r === 0 ? 0 : r; // no "-0"
}

export const NODE_KIND_ORDER = Object.fromEntries(NODE_KINDS.map((k, i) => [k, i])) as Record<NodeKind, number>;

export const LINE_KINDS_ORDER: readonly LineKind[] = ['title', 'header', 'row', 'continuation', 'blank', 'rejected'];

export function orderedLoad(l: OrganismLoad): OrganismLoad {
  return {
    area: l.area,
    strategic_objective: l.strategic_objective,
    operational_objective: l.operational_objective,
    management_objective: l.management_objective,
    action: l.action,
    share: round(l.share),
    rank: l.rank,
  };
}

export function orderedInfo(o: OrganismInfo): OrganismInfo {
  const info: OrganismInfo = { canonical: o.canonical } as OrganismInfo;
  if (o.short !== undefined) info.short = o.short;
  if (o.legalForm !== undefined) info.legalForm = o.legalForm;
  info.registered = o.registered;
  return info;
}
