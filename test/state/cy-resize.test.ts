import { describe, expect, it, vi } from 'vitest';
import type { Core } from 'cytoscape';
import { followResizes, skipResizesThatChangeNothing, type Fitted } from '../../src/state/cy-resize';

function fake(withRenderer = true) {
  const box = { width: 770, height: 671.5 };
  const invalidate = vi.fn();
  const realResize = vi.fn();
  const cy = {
    resize: realResize,
    ...(withRenderer ? { renderer: () => ({ invalidateContainerClientCoordsCache: invalidate }) } : {}),
  } as unknown as Core;
  const host = { getBoundingClientRect: () => ({ ...box }) };
  skipResizesThatChangeNothing(cy, host);
  return { cy, box, invalidate, realResize };
}

describe('skipResizesThatChangeNothing', () => {
  it('a resize that finds the size Cytoscape drew at only refreshes the cached position', () => {
    const { cy, invalidate, realResize } = fake();
    expect(cy.resize()).toBe(cy);
    expect(realResize).not.toHaveBeenCalled();
    expect(invalidate).toHaveBeenCalledTimes(1);
  });

  it('a real change of size goes through, once, and then that size is the one drawn', () => {
    const { cy, box, invalidate, realResize } = fake();
    box.height = 500;
    cy.resize();
    expect(realResize).toHaveBeenCalledTimes(1);
    cy.resize();
    expect(realResize).toHaveBeenCalledTimes(1);
    expect(invalidate).toHaveBeenCalledTimes(1);
    // A fraction of a pixel is a change too: Cytoscape sizes its canvases from the exact box.
    box.width = 770.25;
    cy.resize();
    expect(realResize).toHaveBeenCalledTimes(2);
  });

  it('without the renderer hook it needs (another Cytoscape), every resize goes through', () => {
    const { cy, realResize } = fake(false);
    cy.resize();
    cy.resize();
    expect(realResize).toHaveBeenCalledTimes(2);
  });
});


/** A stand-in for the parts of Core followResizes uses. */
function camera() {
  const state = { w: 800, h: 600, zoom: 0.5, pan: { x: 10, y: 20 } };
  const handlers: Array<() => void> = [];
  const cy = {
    width: () => state.w,
    height: () => state.h,
    zoom: () => state.zoom,
    pan: () => ({ ...state.pan }),
    viewport: (v: { zoom: number; pan: { x: number; y: number } }) => void ((state.zoom = v.zoom), (state.pan = { ...v.pan })),
    panBy: (d: { x: number; y: number }) => void (state.pan = { x: state.pan.x + d.x, y: state.pan.y + d.y }),
    on: (_: string, f: () => void) => void handlers.push(f),
    removeListener: (_: string, f: () => void) => void handlers.splice(handlers.indexOf(f), 1),
  } as unknown as Core;
  const resizeTo = (w: number, h: number) => {
    state.w = w;
    state.h = h;
    for (const f of [...handlers]) f();
  };
  return { cy, state, resizeTo, handlers };
}

describe('followResizes', () => {
  it('a graph still at its fitted camera is fitted again to the new size', () => {
    const { cy, state, resizeTo } = camera();
    const refit = vi.fn((view: { width: number; height: number }) => ({ zoom: view.width / 1600, pan: { x: view.width / 2, y: view.height / 2 } }));
    let fitted: Fitted | null = { zoom: 0.5, pan: { x: 10, y: 20 }, refit };
    followResizes(cy, () => fitted, (f) => (fitted = f));
    resizeTo(400, 300);
    expect(refit).toHaveBeenCalledWith({ width: 400, height: 300 });
    expect(state).toMatchObject({ zoom: 0.25, pan: { x: 200, y: 150 } });
    // The new camera is the fitted one now: the next resize fits again too.
    expect(fitted).toMatchObject({ zoom: 0.25, pan: { x: 200, y: 150 } });
    resizeTo(800, 600);
    expect(state).toMatchObject({ zoom: 0.5, pan: { x: 400, y: 300 } });
  });

  it('a camera the user moved keeps the model point at the centre of the view', () => {
    const { cy, state, resizeTo } = camera();
    const refit = vi.fn();
    followResizes(cy, () => ({ zoom: 0.5, pan: { x: 99, y: 99 }, refit }), () => undefined);
    const centre = () => ({ x: (state.w / 2 - state.pan.x) / state.zoom, y: (state.h / 2 - state.pan.y) / state.zoom });
    const before = centre();
    resizeTo(500, 900);
    expect(refit).not.toHaveBeenCalled();
    expect(centre()).toEqual(before);
    expect(state.zoom).toBe(0.5);
  });

  it('a resize to the same size moves nothing, and stopping stops', () => {
    const { cy, state, resizeTo, handlers } = camera();
    const stop = followResizes(cy, () => null, () => undefined);
    resizeTo(800, 600);
    expect(state.pan).toEqual({ x: 10, y: 20 });
    stop();
    expect(handlers).toHaveLength(0);
  });
});
