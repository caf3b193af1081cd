/**
 * Objective load: how much of the plan each organism carries, counted through its
 * actions (the only thing an organism is assigned to). Distinct nodes at each level
 * above those actions; share of all management objectives; rank by management
 * objectives, then actions, then label (Italian collation), then id so ties never
 * depend on input order.
 */
import type { LoadLevel, OrganismLoad } from '../types';
import type { GraphView } from './indexed-graph';

const UP: ReadonlyArray<LoadLevel> = ['management_objective', 'operational_objective', 'strategic_objective', 'area'];
const collator = new Intl.Collator('it', { sensitivity: 'base' });

export function computeLoads(graph: GraphView): Map<string, OrganismLoad> {
  let totalManagement = 0;
  const organisms: string[] = [];
  graph.forEachNode((id, attrs) => {
    if (attrs.kind === 'management_objective') totalManagement++;
    else if (attrs.kind === 'organism') organisms.push(id);
  });

  const loads = new Map<string, OrganismLoad>();
  for (const id of organisms) {
    const counts: Record<LoadLevel, number> = {
      area: 0, strategic_objective: 0, operational_objective: 0, management_objective: 0, action: 0,
    };
    let level = new Set(graph.inNeighbors(id));
    counts.action = level.size;
    for (const kind of UP) {
      const above = new Set<string>();
      for (const node of level) for (const parent of graph.inNeighbors(node)) above.add(parent);
      counts[kind] = above.size;
      level = above;
    }
    const share = totalManagement === 0 ? 0 : counts.management_objective / totalManagement;
    loads.set(id, { ...counts, share, rank: 0 });
  }

  const ranked = [...loads.entries()].sort(([ia, a], [ib, b]) =>
    b.management_objective - a.management_objective ||
    b.action - a.action ||
    collator.compare(graph.getNodeAttributes(ia).label, graph.getNodeAttributes(ib).label) ||
    (ia < ib ? -1 : ia > ib ? 1 : 0),
  );
  ranked.forEach(([, load], i) => (load.rank = i + 1));
  return loads;
}
