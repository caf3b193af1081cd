import { describe, expect, it } from 'vitest';
import { PlanIndex } from '../../../src/lib/model/plan-index';
import { addStep, emptyTour, viewLight } from '../../../src/lib/tour/edit';
import { EMPTY_FILTERS } from '../../../src/lib/view/filters';
import { seedPayload } from './helpers';

// A step made from the current view lights what the explorer lights, not all it shows:
// a searched organism's chain stays lit and the rest dim when the tour is presented.
describe('a step from the current view', () => {
  const ix = new PlanIndex(seedPayload());
  const all = ix.payload.nodes.map((n) => n.id);
  const org = ix.payload.nodes.find((n) => n.kind === 'organism')!;
  const chain = [...ix.chain(org.id).nodes];
  const state = { view: 'hierarchy' as const, focus: null, selection: org.id, filters: EMPTY_FILTERS };

  it('lights and fits the selection’s chain when the explorer lights one', () => {
    expect(chain.length).toBeGreaterThan(1);
    expect(chain.length).toBeLessThan(all.length);
    const t = addStep(emptyTour(ix.payload.meta, 'x'), { state, shown: all, lit: chain }, 'Consiag');
    expect(new Set(t.steps[0].light)).toEqual(new Set(chain));
    expect(new Set(t.steps[0].fit)).toEqual(new Set(chain));
    expect(t.steps[0].state.selection).toBe(org.id);
  });

  it('lights only the part of the chain on screen (filters or a focus hide the rest)', () => {
    const shown = all.filter((id) => id === org.id || ix.payload.nodes.find((n) => n.id === id)!.kind !== 'action');
    const light = viewLight({ state, shown, lit: chain });
    expect(light).toContain(org.id);
    expect(light.every((id) => shown.includes(id) && chain.includes(id))).toBe(true);
  });

  it('lights everything shown when nothing is lit (no selection, or a focus alone)', () => {
    const focus = { state: { ...state, selection: null, focus: { id: org.id, depth: 1 } }, shown: chain };
    expect(viewLight(focus)).toEqual(chain);
    expect(viewLight({ ...focus, lit: null })).toEqual(chain);
    // a chain wholly off screen lights nothing: the step falls back to what is shown
    expect(viewLight({ state, shown: [all[0]], lit: [org.id] }).length).toBe(1);
  });
});
