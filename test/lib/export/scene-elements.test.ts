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
