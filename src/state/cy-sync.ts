/**
 * Imperative glue between the view model and a Cytoscape instance, used only by
 * GraphCanvas.svelte (the instance's sole owner): apply an element set as a diff (so a
 * filter change does not rebuild the graph), and set the state classes that the
 * stylesheet paints (selected, chain, faded, hover, hover-neighbour, focus-root, search-hit).
 * State classes are diffed too: a hover on a 20k-node graph touches the few elements
 * whose classes change, not all of them (each touched element is restyled).
 */
import type { Core, ElementDefinition } from 'cytoscape';
import type { ElementSet } from '../lib/view/elements';
import type { LabelSide, Point } from '../lib/view/layouts/geometry';

const STATE_CLASSES = ['selected', 'chain', 'faded', 'hover', 'hover-neighbour', 'focus-root', 'search-hit'] as const;
const STATE_SELECTOR = STATE_CLASSES.map((c) => `.${c}`).join(', ');
/** Classes set by effects other than applyElements: kept when an element's own classes are replaced. */
const KEPT = new Set<string>([...STATE_CLASSES, 'marked']);
/** The classes that paint what the user is doing (selecting, hovering, searching) in
 *  colours and rings, not the plan: exports leave them out. Not 'faded', which only sets
 *  opacity (scenes carry none) and covers most of a big graph: restyling it all for
 *  nothing would make every export slow. */
export const INTERACTION_CLASSES = [...KEPT].filter((c) => c !== 'faded').join(' ');

/** Per instance, the state classes applyStateClasses last set, by element id ('' = none). */
const applied = new WeakMap<Core, Map<string, string>>();

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
  const record = applied.get(cy);
  const withKept = (el: { classes(): string[] }, base: string) => {
    const kept = el.classes().filter((c) => KEPT.has(c));
    return kept.length ? `${base} ${kept.join(' ')}` : base;
  };
  cy.batch(() => {
    const gone = cy.elements().filter((el) => !wanted.has(el.id()));
    if (record) gone.forEach((el) => void record.delete(el.id()));
    gone.remove();
    const add: ElementDefinition[] = [];
    for (const n of set.nodes) {
      const data = { ...n.data, size: sizes.get(n.data.id) ?? n.data.size };
      const existing = cy.getElementById(n.data.id);
      if (existing.nonempty()) {
        existing.data(data);
        existing.classes(withKept(existing, n.classes + side));
      } else {
        const p = positions?.get(n.data.id);
        add.push({ group: 'nodes', data, classes: n.classes + side, position: p ? { ...p } : undefined });
      }
    }
    for (const e of set.edges) {
      const existing = cy.getElementById(e.data.id);
      if (existing.nonempty()) existing.classes(withKept(existing, e.classes));
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

/** Element id → the state classes it should carry (space-separated); absent = none. */
export function stateClassMap(cy: Core, m: StateMarks): Map<string, string> {
  const out = new Map<string, string[]>();
  const mark = (id: string, c: string) => {
    const list = out.get(id);
    if (list) list.push(c);
    else out.set(id, [c]);
  };
  if (m.highlight) {
    const { nodes, edges } = m.highlight;
    cy.nodes().forEach((n) => mark(n.id(), nodes.has(n.id()) ? 'chain' : 'faded'));
    // Bridges are not payload edges: an edge is lit when both its ends are.
    cy.edges().forEach((e) => {
      mark(e.id(), edges.has(e.id()) || (nodes.has(e.data('source')) && nodes.has(e.data('target'))) ? 'chain' : 'faded');
    });
  }
  if (m.hover) {
    const h = cy.getElementById(m.hover);
    if (h.nonempty()) {
      mark(h.id(), 'hover');
      h.connectedEdges().forEach((e) => mark(e.id(), 'hover-neighbour'));
      h.neighborhood('node').forEach((n) => mark(n.id(), 'hover-neighbour'));
    }
  }
  const existing = (id: string | null) => id !== null && cy.getElementById(id).nonempty();
  for (const id of m.searchHits) if (existing(id)) mark(id, 'search-hit');
  if (existing(m.focusRoot)) mark(m.focusRoot!, 'focus-root');
  if (existing(m.selection)) mark(m.selection!, 'selected');
  return new Map([...out].map(([id, list]) => [id, [...new Set(list)].sort().join(' ')]));
}

/** Sets the state classes for `m`, changing only the elements whose classes differ from the last call. */
export function applyStateClasses(cy: Core, m: StateMarks): void {
  const next = stateClassMap(cy, m);
  const prev = applied.get(cy);
  cy.batch(() => {
    if (!prev) {
      // First call on this instance: nothing recorded, so clear whatever is there. Only on
      // the elements that carry one: Cytoscape counts removing an absent class as a change
      // and restyles the element, which cost the seed's first frame every element's style again.
      cy.elements(STATE_SELECTOR).removeClass(STATE_CLASSES.join(' '));
      for (const [id, cls] of next) cy.getElementById(id).addClass(cls);
      return;
    }
    for (const [id, cls] of prev) {
      if (next.get(id) === cls) continue;
      const el = cy.getElementById(id);
      if (el.empty()) continue;
      el.removeClass(cls);
      const want = next.get(id);
      if (want) el.addClass(want);
    }
    for (const [id, cls] of next) if (!prev.has(id)) cy.getElementById(id).addClass(cls);
  });
  applied.set(cy, next);
}
