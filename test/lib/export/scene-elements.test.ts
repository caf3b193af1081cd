import { describe, expect, it } from 'vitest';
import { sceneFromElements } from '../../../src/lib/export/scene';
import { writeSvg } from '../../../src/lib/export/svg';
import { sceneRegion } from '../../../src/lib/export/svg-geometry';
import { planPng } from '../../../src/lib/export/png-plan';
import { planElements } from '../../../src/lib/view/elements';
import { hierarchyLayout } from '../../../src/lib/view/layouts/hierarchy';
import { KIND_SHAPES } from '../../../src/lib/view/shapes';
import { LABEL_SPECS } from '../../../src/lib/view/label';
import { fixturePayloads } from '../view/payloads';

describe('sceneFromElements: the canvas picture of nodes the canvas does not draw', () => {
  for (const { name, index } of fixturePayloads()) {
    const all = new Set(index.payload.nodes.map((n) => n.id));
    const elements = planElements(index, all);
    const layout = hierarchyLayout(index, elements, { orientation: 'lr' });
    const sizes = new Map(index.payload.nodes.map((n, i) => [n.id, 20 + (i % 7)]));
    const scene = sceneFromElements(elements, layout, sizes);

    it(`${name}: every node at its layout position, styled as the canvas styles it`, () => {
      expect(scene.nodes.map((n) => n.id).sort()).toEqual([...all].sort());
      for (const n of scene.nodes) {
        const el = elements.nodes.find((e) => e.data.id === n.id)!;
        expect({ x: n.x, y: n.y }).toEqual(layout.positions.get(n.id));
        expect(n.width).toBe(sizes.get(n.id));
        expect(n.shape).toBe(KIND_SHAPES[n.kind]);
        expect(n.fill).toBe(el.data.color);
        expect(n.fontSize).toBe(LABEL_SPECS[n.kind].fontSize);
        expect(n.fullLabel).toBe(index.node(n.id)!.label);
        expect(n.labelSide).toBe(layout.labelSide);
      }
      expect(new Set(scene.edges.map((e) => e.id))).toEqual(index.edgesAmong(all));
      // Laid out, not heaped: no two nodes share a centre.
      expect(new Set(scene.nodes.map((n) => `${n.x},${n.y}`)).size).toBe(scene.nodes.length);
    });

    it(`${name}: writes an SVG holding every node with its full text`, () => {
      const plan = planPng({ size: { mode: 'scale', scale: 1 }, full: true, background: 'white', decorations: null }, sceneRegion(scene));
      const svg = writeSvg({ scene, plan, region: sceneRegion(scene), decorations: null });
      expect(svg.match(/<g class="node"/g)?.length).toBe(all.size);
    });
  }
});

describe('a Radiale picture carries its rings', () => {
  for (const { name, index } of fixturePayloads()) {
    it(`${name}: a dashed circle per ring around the origin, each band numbered once, and the key in the legend`, async () => {
      const { radialLayout } = await import('../../../src/lib/view/layouts/radial');
      const { DOMParser } = await import('@xmldom/xmldom');
      const { ringBands, ringKeyLine } = await import('../../../src/lib/view/ring-key');
      const { legendText } = await import('../../../src/lib/export/legend-layout');
      const elements = planElements(index, new Set(index.payload.nodes.map((n) => n.id)));
      const layout = radialLayout(index, elements, { measure: 'load', level: 'management_objective' });
      const scene = sceneFromElements(elements, layout);
      expect(scene.rings).toBe(layout.rings);
      const region = sceneRegion(scene);
      const key = `Rings · ${ringKeyLine(ringBands(scene.rings!, String))}`;
      const legend = [{ type: 'rings' as const, label: key }];
      const plan = planPng({ size: { mode: 'scale', scale: 1 }, full: true, background: 'white', decorations: { title: false, source: false, legend: legend.map(legendText) } }, region);
      const svg = writeSvg({ scene, plan, region, decorations: { title: null, source: null, legend, alt: 'x' } });
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      const group = Array.from(doc.getElementsByTagName('g')).find((g) => g.getAttribute('class') === 'rings')!;
      expect(group).toBeDefined();
      const circles = Array.from(group.getElementsByTagName('circle')).filter((c) => c.getAttribute('stroke-dasharray'));
      const drawn = scene.rings!.filter((g) => g.radius > 0);
      expect(circles).toHaveLength(drawn.length);
      // All around one centre, the model origin, at the rings' radii in picture units.
      const cx = new Set(circles.map((c) => c.getAttribute('cx')));
      expect(cx.size).toBe(1);
      const scale = Number(circles.at(-1)!.getAttribute('r')) / drawn.at(-1)!.radius;
      for (const [i, c] of circles.entries()) expect(Number(c.getAttribute('r'))).toBeCloseTo(drawn[i]!.radius * scale, 1);
      // Each band off the centre numbered once.
      const marks = Array.from(group.getElementsByTagName('g')).filter((g) => g.getAttribute('class') === 'ring-mark');
      expect(marks.map((m) => m.getElementsByTagName('text')[0]!.textContent)).toEqual([...new Set(drawn.map((g) => String(g.band)))]);
      // Under the edges and nodes: the rings come first in the graph group.
      const graph = Array.from(doc.getElementsByTagName('g')).find((g) => g.getAttribute('class') === 'graph')!;
      expect((graph.firstChild as unknown as { getAttribute(n: string): string | null }).getAttribute('class')).toBe('rings');
      // The key as text in the legend, with its dashed swatch.
      const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent);
      expect(texts).toContain(key);
    });
  }
  it('other views have none', () => {
    const { index } = fixturePayloads()[0]!;
    const elements = planElements(index, new Set(index.payload.nodes.map((n) => n.id)));
    expect(sceneFromElements(elements, hierarchyLayout(index, elements, { orientation: 'lr' })).rings).toBeUndefined();
  });
});
