/** Tallies of line kinds, as SourceInfo.lines wants them. */
import type { LineKind } from '../types';

export const LINE_KINDS: readonly LineKind[] = ['title', 'header', 'row', 'continuation', 'blank', 'rejected'];

/** How many lines of each kind; the counts add up to `kinds.length`. */
export function countLineKinds(kinds: readonly LineKind[]): Record<LineKind, number> {
  const counts = Object.fromEntries(LINE_KINDS.map((k) => [k, 0])) as Record<LineKind, number>;
  for (const k of kinds) counts[k]++;
  return counts;
}
