import { describe, expect, it } from 'vitest';
import { fitCamera, layoutBounds } from '../../../src/lib/view/camera';
import { planElements, type ElementSet } from '../../../src/lib/view/elements';
import { hierarchyLayout } from '../../../src/lib/view/layouts/hierarchy';
import { PREVIEW_ELEMENTS, SPECK_PX, paintPreview, traceShape, wantsPreview, type Painter, type PreviewScene } from '../../../src/lib/view/preview';
import { KIND_SHAPES } from '../../../src/lib/view/shapes';
import { nodeSizes } from '../../../src/lib/view/sizing';
import { EDGE_COLOR, LARGE_MIN_FONT_PX } from '../../../src/lib/view/style';
import { LABEL_SPECS } from '../../../src/lib/view/label';
import { mini, syntheticPayload } from './payloads';
import { PlanIndex } from '../../../src/lib/model/plan-index';

type Call = [string, ...unknown[]];

/** A Painter that records every call and the style in force when paths are filled or stroked. */
function recorder(): Painter & { calls: Call[] } {
  const calls: Call[] = [];
  const rec =
    (name: string) =>
    (...args: unknown[]) =>
      void calls.push([name, ...args]);
  const p = {
    calls,
    fillStyle: '' as Painter['fillStyle'],
    strokeStyle: '' as Painter['strokeStyle'],
    lineWidth: 1,
    globalAlpha: 1,
    font: '',
    textAlign: 'start' as CanvasTextAlign,
    textBaseline: 'alphabetic' as CanvasTextBaseline,
    setTransform: rec('setTransform'),
    clearRect: rec('clearRect'),
    beginPath: rec('beginPath'),
    moveTo: rec('moveTo'),
    lineTo: rec('lineTo'),
    quadraticCurveTo: rec('quadraticCurveTo'),
    arc: rec('arc'),
    rect: rec('rect'),
    closePath: rec('closePath'),
    fill: () => void calls.push(['fill', p.fillStyle]),
    stroke: () => void calls.push(['stroke', p.strokeStyle, p.lineWidth, p.globalAlpha]),
    fillRect: rec('fillRect'),
    fillText: (text: string, x: number, y: number) => void calls.push(['fillText', text, x, y, p.font]),
  };
  return p;
}

function sceneOf(index: PlanIndex, zoomFactor = 1): { set: ElementSet; scene: PreviewScene } {
  const visible = new Set(index.payload.nodes.map((n) => n.id));
  const sizes = nodeSizes(index, index.payload.nodes, 'load');
  const set = planElements(index, visible, { sizes });
  const layout = hierarchyLayout(index, set, { orientation: 'lr' });
  const view = { width: 1400, height: 900 };
  const bounds = layoutBounds(set.nodes, layout.positions, sizes, layout.labelSide)!;
  const fit = fitCamera(bounds, view, 30, { minZoom: 0.001, maxZoom: 40 })!;
  const camera = { zoom: fit.zoom * zoomFactor, pan: fit.pan };
  return { set, scene: { nodes: set.nodes, edges: set.edges, positions: layout.positions, sizes, labelSide: layout.labelSide, camera, ...view, pixelRatio: 2 } };
}

const count = (calls: Call[], name: string) => calls.filter((c) => c[0] === name).length;

describe('wantsPreview', () => {
  it('previews only big graphs whose positions are known', () => {
    expect(wantsPreview(PREVIEW_ELEMENTS, true)).toBe(true);
    expect(wantsPreview(PREVIEW_ELEMENTS - 1, true)).toBe(false);
    expect(wantsPreview(PREVIEW_ELEMENTS * 5, false)).toBe(false);
  });
});

describe('traceShape', () => {
  it('traces each kind shape inside its box, closed', () => {
    for (const shape of new Set(Object.values(KIND_SHAPES))) {
      const p = recorder();
      traceShape(p, shape, 100, 50, 10);
      const points = p.calls.filter((c) => c[0] === 'moveTo' || c[0] === 'lineTo' || c[0] === 'quadraticCurveTo').flatMap((c) => {
        const xs = c.slice(1) as number[];
        return xs.reduce<Array<[number, number]>>((acc, v, i) => (i % 2 ? [...acc.slice(0, -1), [acc[acc.length - 1]![0], v]] : [...acc, [v, 0]]), []);
      });
      expect(points.length, shape).toBeGreaterThan(0);
      for (const [x, y] of points) {
        expect(x).toBeGreaterThanOrEqual(90);
        expect(x).toBeLessThanOrEqual(110);
        expect(y).toBeGreaterThanOrEqual(40);
        expect(y).toBeLessThanOrEqual(60);
      }
      if (shape === 'ellipse') expect(p.calls.find((c) => c[0] === 'arc')).toEqual(['arc', 100, 50, 10, 0, 2 * Math.PI]);
      else expect(p.calls[p.calls.length - 1]![0]).toBe('closePath');
    }
  });
});

describe('paintPreview', () => {
  it('draws every edge in one stroke and every node in one fill per colour, through the camera', () => {
    const { set, scene } = sceneOf(mini());
    const p = recorder();
    const figures = paintPreview(p, scene);
    expect(figures.nodes).toBe(set.nodes.length);
    expect(figures.edges).toBe(set.edges.length);
    const { zoom, pan } = scene.camera;
    expect(p.calls).toContainEqual(['setTransform', 2 * zoom, 0, 0, 2 * zoom, 2 * pan.x, 2 * pan.y]);
    // The edges' path: one segment per edge, from source to target, stroked in the edge colour.
    const edgeStroke = p.calls.findIndex((c) => c[0] === 'stroke');
    const edgePart = p.calls.slice(0, edgeStroke + 1);
    expect(count(edgePart, 'moveTo')).toBe(set.edges.length);
    expect(edgePart.filter((c) => c[0] === 'stroke')).toEqual([['stroke', EDGE_COLOR, expect.any(Number), expect.any(Number)]]);
    const e = set.edges[0]!;
    const s = scene.positions.get(e.data.source)!;
    const t = scene.positions.get(e.data.target)!;
    const i = edgePart.findIndex((c) => c[0] === 'moveTo' && c[1] === s.x && c[2] === s.y);
    expect(edgePart[i + 1]).toEqual(['lineTo', t.x, t.y]);
    // Nodes: one fill per colour in use, each with that colour.
    const colors = new Set(set.nodes.map((n) => n.data.color));
    const fills = p.calls.filter((c) => c[0] === 'fill').map((c) => c[1]);
    expect(new Set(fills)).toEqual(colors);
    expect(fills.length).toBe(colors.size);
  });

  it('skips edges and nodes it has no position for', () => {
    const { set, scene } = sceneOf(mini());
    const positions = new Map(scene.positions);
    const gone = set.edges[0]!.data.target;
    positions.delete(gone);
    const figures = paintPreview(recorder(), { ...scene, positions });
    expect(figures.nodes).toBe(set.nodes.length - 1);
    expect(figures.edges).toBe(set.edges.filter((e) => e.data.source !== gone && e.data.target !== gone).length);
  });

  it('draws nodes too small to show a shape as squares, the same size', () => {
    const index = new PlanIndex(syntheticPayload({ areas: 4, fanout: 3, organisms: 12, seed: 3 }));
    const { set, scene } = sceneOf(index, 0.02);
    const p = recorder();
    const figures = paintPreview(p, scene);
    const z = scene.camera.zoom * scene.pixelRatio;
    const tiny = set.nodes.filter((n) => (scene.sizes.get(n.data.id) ?? n.data.size) * z < SPECK_PX).length;
    expect(tiny).toBeGreaterThan(0);
    expect(figures.specks).toBe(tiny);
    expect(count(p.calls, 'rect')).toBe(tiny);
    for (const c of p.calls.filter((x) => x[0] === 'rect')) expect(c[3]).toBe(c[4]);
  });

  it('writes labels, as text, only where Cytoscape would show them', () => {
    const index = mini();
    const far = sceneOf(index, 0.5);
    const near = sceneOf(index, 4);
    const farCalls = recorder();
    const nearCalls = recorder();
    const farFig = paintPreview(farCalls, far.scene);
    const nearFig = paintPreview(nearCalls, near.scene);
    const shown = (zoom: number) => near.set.nodes.filter((n) => LABEL_SPECS[n.data.kind].fontSize * zoom >= LARGE_MIN_FONT_PX && n.data.label !== '').length;
    expect(farFig.labels).toBe(shown(far.scene.camera.zoom));
    expect(nearFig.labels).toBe(shown(near.scene.camera.zoom));
    expect(nearFig.labels).toBeGreaterThan(farFig.labels);
    // Every line of each label shown is passed through fillText as it is.
    const written = nearCalls.calls.filter((c) => c[0] === 'fillText').map((c) => c[1]);
    const expected = near.set.nodes
      .filter((n) => LABEL_SPECS[n.data.kind].fontSize * near.scene.camera.zoom >= LARGE_MIN_FONT_PX)
      .flatMap((n) => n.data.label.split('\n'));
    expect(written).toEqual(expected);
  });

  it('passes markup-like document text to the canvas as plain text', () => {
    const { set, scene } = sceneOf(mini(), 8);
    const hostile = '<img src=x onerror=alert(1)> &amp;';
    const nodes = set.nodes.map((n, i) => (i === 0 ? { ...n, data: { ...n.data, label: hostile } } : n));
    const p = recorder();
    paintPreview(p, { ...scene, nodes });
    expect(p.calls).toContainEqual(['fillText', hostile, expect.any(Number), expect.any(Number), expect.any(String)]);
  });
});
