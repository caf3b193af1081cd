import { describe, expect, it } from 'vitest';
import { fitCamera, layoutBounds, READABLE_ZOOM, selectionCamera } from '../../../src/lib/view/camera';
import { planElements } from '../../../src/lib/view/elements';
import { hierarchyLayout, type Orientation } from '../../../src/lib/view/layouts/hierarchy';
import { nodeBox } from '../../../src/lib/view/layouts/geometry';
import { nodeSizes } from '../../../src/lib/view/sizing';
import { mini } from './payloads';

const LIMITS = { minZoom: 0.05, maxZoom: 4 };

function scene(orientation: Orientation) {
  const index = mini();
  const visible = new Set(index.payload.nodes.map((n) => n.id));
  const sizes = nodeSizes(index, index.payload.nodes, 'load');
  const set = planElements(index, visible, { sizes });
  const layout = hierarchyLayout(index, set, { orientation });
  return { set, layout, sizes };
}

describe('layoutBounds', () => {
  for (const orientation of ['tb', 'lr'] as const) {
    it(`covers every node and label box (${orientation})`, () => {
      const { set, layout, sizes } = scene(orientation);
      const b = layoutBounds(set.nodes, layout.positions, sizes, layout.labelSide)!;
      expect(b).not.toBeNull();
      for (const n of set.nodes) {
        const nb = nodeBox(n, layout.positions.get(n.data.id)!, sizes.get(n.data.id) ?? n.data.size, layout.labelSide);
        expect(nb.x1).toBeGreaterThanOrEqual(b.x1);
        expect(nb.y1).toBeGreaterThanOrEqual(b.y1);
        expect(nb.x2).toBeLessThanOrEqual(b.x2);
        expect(nb.y2).toBeLessThanOrEqual(b.y2);
      }
    });
  }
  it('gives up when a node has no position, or there are no nodes', () => {
    const { set, layout, sizes } = scene('tb');
    const partial = new Map(layout.positions);
    partial.delete(set.nodes[0].data.id);
    expect(layoutBounds(set.nodes, partial, sizes, layout.labelSide)).toBeNull();
    expect(layoutBounds([], layout.positions, sizes, layout.labelSide)).toBeNull();
  });
});

describe('fitCamera', () => {
  it('puts the box inside the padded viewport, centred, touching on the tighter side', () => {
    const box = { x1: -100, y1: 50, x2: 300, y2: 150 };
    const view = { width: 800, height: 600 };
    const cam = fitCamera(box, view, 30, LIMITS)!;
    const screen = (x: number, y: number) => ({ x: x * cam.zoom + cam.pan.x, y: y * cam.zoom + cam.pan.y });
    const a = screen(box.x1, box.y1);
    const b = screen(box.x2, box.y2);
    expect(a.x).toBeCloseTo(30);
    expect(b.x).toBeCloseTo(770);
    expect(a.y).toBeGreaterThanOrEqual(30);
    expect(b.y).toBeLessThanOrEqual(570);
    expect((a.y + b.y) / 2).toBeCloseTo(300);
  });
  it('fits below a covered strip at the top (the presenter bar), centred in what is left', () => {
    const box = { x1: 0, y1: 0, x2: 100, y2: 400 };
    const cam = fitCamera(box, { width: 800, height: 600, top: 100 }, 30, LIMITS)!;
    const top = box.y1 * cam.zoom + cam.pan.y;
    const bottom = box.y2 * cam.zoom + cam.pan.y;
    expect(top).toBeCloseTo(130);
    expect(bottom).toBeCloseTo(570);
    expect(fitCamera(box, { width: 800, height: 100, top: 100 }, 0, LIMITS)).toBeNull();
  });
  it('keeps the zoom within the limits', () => {
    const huge = { x1: 0, y1: 0, x2: 1e7, y2: 1e7 };
    expect(fitCamera(huge, { width: 800, height: 600 }, 30, LIMITS)!.zoom).toBe(LIMITS.minZoom);
    const dot = { x1: 5, y1: 5, x2: 5, y2: 5 };
    const cam = fitCamera(dot, { width: 800, height: 600 }, 30, LIMITS)!;
    expect(cam.zoom).toBe(LIMITS.maxZoom);
    expect(5 * cam.zoom + cam.pan.x).toBeCloseTo(400);
    expect(5 * cam.zoom + cam.pan.y).toBeCloseTo(300);
  });
  it('refuses a viewport with no room (a hidden canvas)', () => {
    const box = { x1: 0, y1: 0, x2: 10, y2: 10 };
    expect(fitCamera(box, { width: 0, height: 0 }, 30, LIMITS)).toBeNull();
    expect(fitCamera(box, { width: 50, height: 600 }, 30, LIMITS)).toBeNull();
  });
});

describe('selectionCamera', () => {
  const view = { width: 800, height: 600 };
  type Cam = { zoom: number; pan: { x: number; y: number } };
  /** Where a model point lands on screen under a camera. */
  const onScreen = (c: Cam, p: { x: number; y: number }) => ({ x: c.pan.x + p.x * c.zoom, y: c.pan.y + p.y * c.zoom });
  const inside = (c: Cam, b: { x1: number; y1: number; x2: number; y2: number }, v = view, right = 0) => {
    const a = onScreen(c, { x: b.x1, y: b.y1 });
    const z = onScreen(c, { x: b.x2, y: b.y2 });
    return a.x >= 0 && a.y >= 0 && z.x <= v.width - right && z.y <= v.height;
  };
  const box = (x: number, y: number, w = 10, h = 10) => ({ x1: x - w / 2, y1: y - h / 2, x2: x + w / 2, y2: y + h / 2 });
  /** The camera centred on model point (x, y) at zoom z. */
  const at = (x: number, y: number, z: number): Cam => ({ zoom: z, pan: { x: view.width / 2 - x * z, y: view.height / 2 - y * z } });

  it('fits a chain that is readable whole, never zooming in past the current zoom', () => {
    const chain = { x1: -200, y1: -100, x2: 300, y2: 200 };
    const c = selectionCamera(box(0, 0), chain, view, at(2000, 0, 1), LIMITS);
    expect(c.zoom).toBeLessThanOrEqual(1);
    expect(c.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    expect(inside(c, chain)).toBe(true);
    // A short chain from far out: up to the readable zoom, not to the closest one.
    const short = selectionCamera(box(0, 0), box(0, 0, 40, 40), view, at(0, 0, 0.2), LIMITS);
    expect(short.zoom).toBeCloseTo(READABLE_ZOOM);
  });

  it('stays put when the chain is already all in view at a readable zoom', () => {
    const chain = { x1: -200, y1: -100, x2: 200, y2: 100 };
    const current = at(10, 5, 1);
    expect(selectionCamera(box(100, 0), chain, view, current, LIMITS)).toEqual(current);
    // Not when the view is too far out to read it: then it zooms in.
    expect(selectionCamera(box(100, 0), chain, view, at(10, 5, 0.3), LIMITS).zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
  });

  it('with a chain too big to read whole, pans only as far as shows the node comfortably', () => {
    const chain = { x1: -5000, y1: -300, x2: 5000, y2: 300 };
    // Already comfortably in view at a readable zoom: nothing moves (walking along siblings).
    const current = at(0, 0, 1);
    expect(selectionCamera(box(100, 50), chain, view, current, LIMITS)).toEqual(current);
    // On screen but near the right edge: it comes in to 15 % from that edge, no further.
    const near = selectionCamera(box(330, 0, 40, 20), chain, view, current, LIMITS);
    expect(near.zoom).toBe(1);
    expect(onScreen(near, { x: 350, y: 0 }).x).toBeCloseTo(30 + 0.85 * (view.width - 60));
    expect(near.pan.y).toBe(current.pan.y);
    // From the overview: readable zoom, aimed at the chain, the node 15 % in from the edge it
    // was pulled back to, the chain reaching across the screen from it.
    const fromFar = selectionCamera(box(4800, 0), chain, view, at(0, 0, 0.1), LIMITS);
    expect(fromFar.zoom).toBeCloseTo(READABLE_ZOOM);
    expect(onScreen(fromFar, { x: 4805, y: 0 }).x).toBeCloseTo(30 + 0.85 * (view.width - 60));
    // A node off screen at a readable zoom: the same.
    expect(selectionCamera(box(4800, 0), chain, view, at(-3000, 0, 1), LIMITS).pan.x).toBeCloseTo(30 + 0.85 * (view.width - 60) - 4805);
    // No chain: the same rule for the node alone; zoomed in further than readable, the zoom stays.
    const alone = selectionCamera(box(900, 0), null, view, at(0, 0, 2.5), LIMITS);
    expect(alone.zoom).toBe(2.5);
    expect(inside(alone, box(900, 0))).toBe(true);
    // A node box wider than the comfortable area is centred in it.
    const wide = selectionCamera(box(0, 0, 4000, 10), chain, view, at(3000, 0, 1), LIMITS);
    expect(onScreen(wide, { x: 0, y: 0 }).x).toBeCloseTo(view.width / 2);
  });

  it('keeps a node out of the strips overlays cover (the zoom buttons, the presenter bar), the zoom within the limits', () => {
    const covered = { ...view, right: 60, top: 100 };
    const c = selectionCamera(box(3000, 3000), null, covered, at(0, 0, 1), LIMITS);
    const p = onScreen(c, { x: 3000, y: 3000 });
    expect(p.x).toBeLessThan(view.width - 60 - 30);
    expect(p.y).toBeLessThan(view.height - 30);
    const up = selectionCamera(box(0, -3000), null, covered, at(0, 0, 1), LIMITS);
    expect(onScreen(up, { x: 0, y: -3000 }).y).toBeGreaterThan(100 + 30);
    expect(selectionCamera(box(0, 0), null, view, at(0, 0, 9), LIMITS).zoom).toBe(4);
  });
});
