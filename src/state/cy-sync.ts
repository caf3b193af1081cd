/**
 * Imperative glue between the view model and a Cytoscape instance, used only by
 * GraphCanvas.svelte (the instance's sole owner): apply an element set as a diff (so a
 * filter change does not rebuild the graph), and set the state classes that the
 * stylesheet paints (selected, chain, faded, hover, hover-neighbour, focus-root, search-hit).
 */
import type { Core, ElementDefinition } from 'cytoscape';
import type { ElementSet } from '../lib/view/elements';
import type { LabelSide, Point } from '../lib/view/layouts/geometry';

const STATE_CLASSES = 'selected chain faded hover hover-neighbour focus-root search-hit';

export function applyElements(
  cy: Core,
  set: ElementSet,
  sizes: ReadonlyMap<string, number>,
  positions: ReadonlyMap<string, Point> | undefined,
  labelSide: LabelSide,
): void {
  const wanted = new Set<string>();
  for (const n of set.nodes) wanted.add(n.data.id);
  for (const e of set.edges) wanted.add(e.data.id);
  const side = labelSide === 'right' ? ' label-right' : '';
  cy.batch(() => {
    cy.elements().filter((el) => !wanted.has(el.id())).remove();
    const add: ElementDefinition[] = [];
    for (const n of set.nodes) {
      const data = { ...n.data, size: sizes.get(n.data.id) ?? n.data.size };
      const existing = cy.getElementById(n.data.id);
      if (existing.nonempty()) {
        existing.data(data);
        existing.classes(n.classes + side);
      } else {
        const p = positions?.get(n.data.id);
        add.push({ group: 'nodes', data, classes: n.classes + side, position: p ? { ...p } : undefined });
      }
    }
    for (const e of set.edges) {
      const existing = cy.getElementById(e.data.id);
      if (existing.nonempty()) existing.classes(e.classes);
      else add.push({ group: 'edges', data: { ...e.data }, classes: e.classes });
    }
    if (add.length) cy.add(add);
  });
}

export function applySizes(cy: Core, sizes: ReadonlyMap<string, number>): void {
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const s = sizes.get(n.id());
      if (s !== undefined && s !== n.data('size')) n.data('size', s);
    });
  });
}

export interface StateMarks {
  selection: string | null;
  highlight: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null;
  hover: string | null;
  focusRoot: string | null;
  searchHits: ReadonlySet<string>;
}

export function applyStateClasses(cy: Core, m: StateMarks): void {
  cy.batch(() => {
    cy.elements().removeClass(STATE_CLASSES);
    if (m.highlight) {
      const { nodes, edges } = m.highlight;
      cy.nodes().forEach((n) => {
        n.addClass(nodes.has(n.id()) ? 'chain' : 'faded');
      });
      // Bridges are not payload edges: an edge is lit when both its ends are.
      cy.edges().forEach((e) => {
        e.addClass(edges.has(e.id()) || (nodes.has(e.data('source')) && nodes.has(e.data('target'))) ? 'chain' : 'faded');
      });
    }
    if (m.hover) {
      const h = cy.getElementById(m.hover);
      if (h.nonempty()) {
        h.addClass('hover');
        h.connectedEdges().addClass('hover-neighbour');
        h.neighborhood('node').addClass('hover-neighbour');
      }
    }
    for (const id of m.searchHits) cy.getElementById(id).addClass('search-hit');
    if (m.focusRoot) cy.getElementById(m.focusRoot).addClass('focus-root');
    if (m.selection) cy.getElementById(m.selection).addClass('selected');
  });
}
