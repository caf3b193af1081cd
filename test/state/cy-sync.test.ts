import cytoscape, { type Core } from 'cytoscape';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyElements, applyStateClasses, stateClassMap, type StateMarks } from '../../src/state/cy-sync';
import { planElements } from '../../src/lib/view/elements';
import { mini } from '../lib/view/payloads';

const STATE = ['selected', 'chain', 'faded', 'hover', 'hover-neighbour', 'focus-root', 'search-hit'];

function setup(): { cy: Core; ids: string[]; nodeIds: string[] } {
  const index = mini();
  const set = planElements(index, new Set(index.payload.nodes.map((n) => n.id)));
  const cy = cytoscape({ headless: true, styleEnabled: true });
  applyElements(cy, set, new Map(), undefined, 'bottom');
  return { cy, ids: cy.elements().map((e) => e.id()), nodeIds: cy.nodes().map((n) => n.id()) };
}

/** What each element carries now, state classes only. */
function stateOf(cy: Core): Map<string, string> {
  const out = new Map<string, string>();
  cy.elements().forEach((e) => {
    const c = e.classes().filter((x) => STATE.includes(x)).sort().join(' ');
    if (c) out.set(e.id(), c);
  });
  return out;
}

const marks = (nodeIds: string[], ids: string[]) =>
  fc.record<StateMarks>({
    selection: fc.option(fc.constantFrom(...nodeIds, 'missing'), { nil: null }),
    hover: fc.option(fc.constantFrom(...nodeIds), { nil: null }),
    focusRoot: fc.option(fc.constantFrom(...nodeIds), { nil: null }),
    searchHits: fc.uniqueArray(fc.constantFrom(...nodeIds), { maxLength: 4 }).map((a) => new Set(a)),
    highlight: fc.option(
      fc.record({
        nodes: fc.uniqueArray(fc.constantFrom(...nodeIds), { maxLength: 6 }).map((a) => new Set(a)),
        edges: fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 3 }).map((a) => new Set(a)),
      }),
      { nil: null },
    ),
  });

describe('applyStateClasses', () => {
  it('after any sequence of marks, every element carries exactly the classes of the last one', () => {
    const { nodeIds, ids } = setup();
    fc.assert(
      fc.property(fc.array(marks(nodeIds, ids), { minLength: 1, maxLength: 6 }), (seq) => {
        const { cy } = setup();
        for (const m of seq) applyStateClasses(cy, m);
        expect(stateOf(cy)).toEqual(stateClassMap(cy, seq[seq.length - 1]));
      }),
      { numRuns: 60 },
    );
  });

  it('the first call on a fresh graph restyles only the elements it marks', () => {
    const { cy, nodeIds } = setup();
    cy.getElementById(nodeIds[1]).addClass('faded');
    const touched = new Set<string>();
    cy.on('class', (e) => void touched.add(e.target.id()));
    applyStateClasses(cy, { selection: nodeIds[0], highlight: null, hover: null, focusRoot: null, searchHits: new Set() });
    // The stale class goes, the selection comes; nothing else is touched.
    expect(touched).toEqual(new Set([nodeIds[0], nodeIds[1]]));
    expect(cy.getElementById(nodeIds[1]).hasClass('faded')).toBe(false);
    expect(cy.getElementById(nodeIds[0]).hasClass('selected')).toBe(true);
  });

  it('a hover change touches only the old and new hover neighbourhoods', () => {
    const { cy, nodeIds } = setup();
    const none: StateMarks = { selection: null, highlight: null, hover: null, focusRoot: null, searchHits: new Set() };
    applyStateClasses(cy, { ...none, hover: nodeIds[0] });
    const touched = new Set<string>();
    cy.on('class', (e) => void touched.add(e.target.id()));
    applyStateClasses(cy, { ...none, hover: nodeIds[1] });
    const expected = new Set<string>();
    for (const id of [nodeIds[0], nodeIds[1]]) {
      const n = cy.getElementById(id);
      n.closedNeighborhood().forEach((e) => void expected.add(e.id()));
    }
    expect(touched.size).toBeGreaterThan(0);
    for (const id of touched) expect(expected.has(id)).toBe(true);
    expect(touched.size).toBeLessThan(cy.elements().length);
  });

  it('keeps state and marked classes when the element set is applied again', () => {
    const index = mini();
    const { cy, nodeIds } = setup();
    const m: StateMarks = { selection: nodeIds[2], highlight: null, hover: nodeIds[0], focusRoot: null, searchHits: new Set([nodeIds[3]]) };
    applyStateClasses(cy, m);
    cy.getElementById(nodeIds[4]).addClass('marked');
    const before = stateOf(cy);
    applyElements(cy, planElements(index, new Set(index.payload.nodes.map((n) => n.id))), new Map(), undefined, 'right');
    expect(stateOf(cy)).toEqual(before);
    expect(cy.getElementById(nodeIds[4]).hasClass('marked')).toBe(true);
    expect(cy.getElementById(nodeIds[0]).hasClass('label-right')).toBe(true);
    // The record still matches the instance: clearing everything leaves nothing behind.
    applyStateClasses(cy, { selection: null, highlight: null, hover: null, focusRoot: null, searchHits: new Set() });
    expect(stateOf(cy).size).toBe(0);
  });

  it('forgets removed elements, so one that comes back starts clean and is marked again', () => {
    const index = mini();
    const all = new Set(index.payload.nodes.map((n) => n.id));
    const { cy, nodeIds } = setup();
    const target = nodeIds[nodeIds.length - 1];
    const m: StateMarks = { selection: target, highlight: null, hover: null, focusRoot: null, searchHits: new Set() };
    applyStateClasses(cy, m);
    const without = new Set(all);
    without.delete(target);
    applyElements(cy, planElements(index, without), new Map(), undefined, 'bottom');
    applyStateClasses(cy, m);
    applyElements(cy, planElements(index, all), new Map(), undefined, 'bottom');
    applyStateClasses(cy, m);
    expect(cy.getElementById(target).hasClass('selected')).toBe(true);
  });
});
