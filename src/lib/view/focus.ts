/**
 * What a focus leaves on screen: the node's whole chain (depth 0) or its neighbourhood
 * at depth 1–3, always intersected with what the filters show.
 */
import type { PlanIndex } from '../model/plan-index';
import type { Focus } from './url-state';

export function focusedIds(index: PlanIndex, focus: Focus | null, visible: ReadonlySet<string>): Set<string> {
  if (!focus || !index.has(focus.id)) return new Set(visible);
  const keep = focus.depth > 0 ? index.neighbourhood(focus.id, focus.depth) : index.chain(focus.id).nodes;
  const out = new Set<string>();
  for (const id of keep) if (visible.has(id)) out.add(id);
  return out;
}
