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
  /** Where a model point lands on screen under a camera. */
  const onScreen = (c: { zoom: number; pan: { x: number; y: number } }, p: { x: number; y: number }) => ({ x: c.pan.x + p.x * c.zoom, y: c.pan.y + p.y * c.zoom });
  const inside = (p: { x: number; y: number }) => p.x >= 0 && p.x <= view.width && p.y >= 0 && p.y <= view.height;

  it('shows the whole chain when it fits at a readable zoom, without zooming in past the current zoom', () => {
    const chain = { x1: -200, y1: -100, x2: 300, y2: 200 };
    const c = selectionCamera({ x1: -5, y1: -5, x2: 5, y2: 5 }, chain, view, 1, LIMITS);
    expect(c.zoom).toBeLessThanOrEqual(1);
    expect(c.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    for (const corner of [{ x: chain.x1, y: chain.y1 }, { x: chain.x2, y: chain.y2 }]) expect(inside(onScreen(c, corner))).toBe(true);
    // A short chain from far out: up to the readable zoom, not to the closest one.
    const short = selectionCamera({ x1: -5, y1: -5, x2: 5, y2: 5 }, { x1: -20, y1: -20, x2: 20, y2: 20 }, view, 0.2, LIMITS);
    expect(short.zoom).toBeCloseTo(READABLE_ZOOM);
  });

  it('leans towards a chain too big to read whole, as far as keeps the node on screen', () => {
    // An organism at the chain's right end, its label reaching 150 units right of its centre.
    const node = { x1: 4780, y1: -20, x2: 4950, y2: 20 };
    const chain = { x1: -5000, y1: -300, x2: 5000, y2: 300 };
    const c = selectionCamera(node, chain, view, 0.3, LIMITS);
    expect(c.zoom).toBeCloseTo(READABLE_ZOOM);
    // Node and label end at the padded right edge, the chain reaching left from them across the screen.
    expect(onScreen(c, { x: node.x2, y: 0 }).x).toBeCloseTo(view.width - 30);
    expect(onScreen(c, { x: node.x1, y: 0 }).x).toBeGreaterThan(30);
    expect(onScreen(c, { x: 0, y: 0 }).y).toBeCloseTo(view.height / 2);
    // A node in the chain's middle: the view is centred on the chain, and so on it.
    const mid = selectionCamera({ x1: -10, y1: -10, x2: 10, y2: 10 }, chain, view, 0.3, LIMITS);
    expect(onScreen(mid, { x: 0, y: 0 }).x).toBeCloseTo(view.width / 2);
    // No chain: the node, centred; zoomed in further than readable already, the zoom stays.
    const alone = selectionCamera(node, null, view, 2.5, LIMITS);
    expect(alone.zoom).toBe(2.5);
    expect(onScreen(alone, { x: (node.x1 + node.x2) / 2, y: 0 }).x).toBeCloseTo(view.width / 2);
    // A node box wider than the screen: centred.
    const wide = selectionCamera({ x1: -2000, y1: -10, x2: 2000, y2: 10 }, chain, view, 0.3, LIMITS);
    expect(onScreen(wide, { x: 0, y: 0 }).x).toBeCloseTo(view.width / 2);
  });

  it('keeps the node under the presenter bar out of the covered strip, and the zoom within the limits', () => {
    const c = selectionCamera({ x1: -5, y1: -5, x2: 5, y2: 5 }, null, { ...view, top: 100 }, 1, LIMITS);
    expect(onScreen(c, { x: 0, y: 0 }).y).toBeCloseTo(100 + (view.height - 100) / 2);
    expect(selectionCamera({ x1: -5, y1: -5, x2: 5, y2: 5 }, null, view, 9, { minZoom: 0.05, maxZoom: 4 }).zoom).toBe(4);
  });
});
