/**
 * The scene the app draws on opening (Gerarchia, left to right, nodes sized by load,
 * nothing filtered), built from the app's own pure view modules so the bare page and the
 * app put the same elements, styles, positions and renderer options on the canvas.
 * Plain objects only: main.ts hands them to Cytoscape.
 */
import { PlanIndex } from '../../../src/lib/model/plan-index';
import type { Payload } from '../../../src/lib/types';
import { planElements, type EdgeElement, type NodeElement } from '../../../src/lib/view/elements';
import { EMPTY_FILTERS, visibleNodeIds } from '../../../src/lib/view/filters';
import { hierarchyLayout } from '../../../src/lib/view/layouts/hierarchy';
import { nodeSizes } from '../../../src/lib/view/sizing';
import { coreOptions, stylesheet, type CoreOptions, type StyleRule } from '../../../src/lib/view/style';
import { DEFAULT_VIEW_STATE } from '../../../src/lib/view/url-state';

export interface BareScene {
  elements: Array<NodeElement | EdgeElement>;
  style: StyleRule[];
  /** The instance's options, from the same function GraphCanvas.svelte uses. */
  core: CoreOptions;
  nodeCount: number;
  edgeCount: number;
}

export function bareScene(payload: Payload): BareScene {
  const index = new PlanIndex(payload);
  const { measure, level, orientation } = DEFAULT_VIEW_STATE;
  const visible = visibleNodeIds(index, EMPTY_FILTERS, measure, level);
  const shown = payload.nodes.filter((n) => visible.has(n.id));
  const set = planElements(index, visible, { sizes: nodeSizes(index, shown, measure, level) });
  const layout = hierarchyLayout(index, set, { orientation });
  const count = set.nodes.length + set.edges.length;
  const labelClass = layout.labelSide === 'right' ? ' label-right' : '';
  const elements: Array<NodeElement | EdgeElement> = [
    ...set.nodes.map((n) => ({ ...n, classes: n.classes + labelClass, position: layout.positions.get(n.data.id) })),
    ...set.edges,
  ];
  return { elements, style: stylesheet(count), core: coreOptions(count), nodeCount: set.nodes.length, edgeCount: set.edges.length };
}
