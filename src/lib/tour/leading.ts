/**
 * Which organisms get a step of their own in the automatic tour. "Leading" is read from
 * the data: the organisms whose management-objective load is above the median of all
 * organisms, in rank order, at most MAX_LEADING (a talk has two minutes, not twenty).
 * When every organism carries the same load, nobody is above the median: the first by
 * rank stands for them, so the tour still shows one chain.
 */
import type { PlanIndex } from '../model/plan-index';
import type { PayloadNode } from '../types';

export const MAX_LEADING = 5;

export function managementLoad(n: PayloadNode): number {
  return n.load?.management_objective ?? 0;
}

/** Rank by management objectives, ties shared (as the ranking panel and the details show it). */
export function managementRank(index: PlanIndex, o: PayloadNode): number {
  const load = managementLoad(o);
  let above = 0;
  for (const other of index.byKind('organism')) if (managementLoad(other) > load) above++;
  return above + 1;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Organisms by rank (payload's load.rank; ties and missing ranks fall back to load, then label). */
export function organismsByRank(index: PlanIndex): PayloadNode[] {
  return [...index.byKind('organism')].sort(
    (a, b) =>
      (a.load?.rank ?? Infinity) - (b.load?.rank ?? Infinity) ||
      managementLoad(b) - managementLoad(a) ||
      a.label.localeCompare(b.label, 'it'),
  );
}

export function leadingOrganisms(index: PlanIndex, max: number = MAX_LEADING): PayloadNode[] {
  const ranked = organismsByRank(index);
  if (ranked.length === 0) return [];
  const m = median(ranked.map(managementLoad));
  const above = ranked.filter((o) => managementLoad(o) > m);
  return (above.length ? above : ranked.slice(0, 1)).slice(0, max);
}
