import { DOMParser, type Document as XmlDocument } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { buildDecorations } from '../../../src/lib/export/decorations';
import { legendText } from '../../../src/lib/export/legend-layout';
import { planPng } from '../../../src/lib/export/png-plan';
import { sceneFromScope } from '../../../src/lib/export/scene';
import { scopeOf } from '../../../src/lib/export/scope';
import { writeSvg } from '../../../src/lib/export/svg';
import { sceneRegion, wrapLabel } from '../../../src/lib/export/svg-geometry';
import { xmlSafe } from '../../../src/lib/export/xml';
import { hostilePayload, indexOf, miniPayload } from './helpers';
import type { Payload } from '../../../src/lib/types';

function render(p: Payload, withDecorations: boolean, background: 'white' | 'transparent' = 'white') {
  const index = indexOf(p);
  const scope = scopeOf(index, null, 'all');
  const scene = sceneFromScope(index, scope);
  const region = sceneRegion(scene);
  const d = buildDecorations('it', index, scope, { include: withDecorations });
  const plan = planPng(
    { size: { mode: 'scale', scale: 1 }, full: true, background, decorations: withDecorations ? { title: true, source: true, legend: d.legend.map(legendText) } : null },
    { width: region.width, height: region.height },
  );
  const text = writeSvg({ scene, plan, region, decorations: d });
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, msg) => { if (level !== 'warning') errors.push(msg); } }).parseFromString(text, 'image/svg+xml');
  return { index, scope, scene, plan, text, doc, errors, d };
}

const texts = (doc: XmlDocument) => Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent ?? '');

describe('SVG writer', () => {
  it('is valid XML sized by the plan, with title, desc, one shape per node and labels as text', () => {
    const { doc, errors, plan, scope, d, index } = render(miniPayload(), true);
    expect(errors).toEqual([]);
    const svg = doc.documentElement!;
    expect(svg.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(Number(svg.getAttribute('width'))).toBe(plan.width);
    expect(Number(svg.getAttribute('height'))).toBe(plan.height);
    expect(doc.getElementsByTagName('title')[0].textContent).toBe(index.payload.meta.title);
    expect(doc.getElementsByTagName('desc')[0].textContent).toBe(d.alt);
    const groups = Array.from(doc.getElementsByTagName('g')).filter((g) => g.getAttribute('class') === 'node');
    expect(groups.map((g) => g.getAttribute('data-id'))).toEqual(scope.nodes.map((n) => n.id));
    const all = texts(doc).join(' ');
    for (const n of scope.nodes) expect(all.replace(/\s+/g, ' ')).toContain(wrapLabel(n.label)[0]);
    expect(all).toContain(`Fonte: ${index.payload.meta.citation}`);
    for (const e of d.legend) expect(all).toContain(e.label.slice(0, 10));
    expect(doc.getElementsByTagName('line').length).toBeGreaterThan(0);
  });

  it('draws each node of an ambito with its pattern over the colour, then its ring, with or without a legend', () => {
    for (const withDecorations of [true, false]) {
      const { doc, errors, scene } = render(miniPayload(), withDecorations);
      expect(errors).toEqual([]);
      const marked = scene.nodes.filter((n) => n.pattern && n.pattern !== 'solid');
      expect(marked.length).toBeGreaterThan(0);
      const defined = new Set(Array.from(doc.getElementsByTagName('*')).map((el) => el.getAttribute('id')).filter(Boolean));
      // Every url(#…) the picture uses is defined in it: a missing one draws nothing in a browser.
      const used = [...doc.toString().matchAll(/url\(#([\w-]+)\)/g)].map((m) => m[1]);
      for (const id of used) expect(defined).toContain(id);
      const groups = new Map(Array.from(doc.getElementsByTagName('g')).filter((g) => g.getAttribute('class') === 'node').map((g) => [g.getAttribute('data-id'), g]));
      for (const n of scene.nodes) {
        const paths = Array.from(groups.get(n.id)!.getElementsByTagName('path'));
        if (n.pattern && n.pattern !== 'solid') {
          expect(paths[0]!.getAttribute('fill')).toBe(n.fill);
          expect(paths[1]!.getAttribute('fill')).toMatch(new RegExp(`^url\\(#trama-[0-9a-f]{8}-marks-${n.pattern}\\)$`));
          expect(paths[2]!.getAttribute('fill')).toBe('none');
          expect(paths[2]!.getAttribute('stroke')).toBe(n.stroke);
          expect(new Set(paths.map((p) => p.getAttribute('d'))).size).toBe(1);
        } else {
          expect(paths).toHaveLength(1);
          expect(paths[0]!.getAttribute('fill')).toBe(n.fill);
        }
      }
    }
  });

  it('gives each picture its own ids, so two pasted into one page keep their own patterns and arrows', () => {
    const ids = (doc: XmlDocument) => Array.from(doc.getElementsByTagName('*')).map((el) => el.getAttribute('id')).filter((id): id is string => !!id);
    const a = render(miniPayload(), true);
    const b = render(miniPayload(), false);
    const c = render(hostilePayload(), true);
    for (const r of [a, b, c]) {
      const own = ids(r.doc);
      expect(own.length).toBeGreaterThan(2);
      expect(new Set(own).size).toBe(own.length);
      for (const id of own) expect(id).toMatch(/^trama-[0-9a-f]{8}-/);
      // The title and description the svg element points at are there.
      for (const id of r.doc.documentElement!.getAttribute('aria-labelledby')!.split(' ')) expect(own).toContain(id);
    }
    expect(ids(a.doc).filter((id) => ids(b.doc).includes(id))).toEqual([]);
    expect(ids(a.doc).filter((id) => ids(c.doc).includes(id))).toEqual([]);
    // The same picture is written the same, byte for byte.
    expect(render(miniPayload(), true).text).toBe(a.text);
    expect(a.text).not.toContain('\u0001');
  });

  it('without decorations: no title text, no legend, no source line; transparent has no background rect', () => {
    const { doc, errors, plan } = render(miniPayload(), false, 'transparent');
    expect(errors).toEqual([]);
    expect(plan.header).toBe(0);
    expect(texts(doc).some((t) => t.startsWith('Fonte:'))).toBe(false);
    expect(Array.from(doc.getElementsByTagName('rect')).some((r) => r.getAttribute('fill') === '#FFFFFF' && !r.getAttribute('x'))).toBe(false);
  });

  it('hostile labels are escaped and round-trip as text; nothing executable appears', () => {
    const { doc, errors, text, scope } = render(hostilePayload(), true);
    expect(errors).toEqual([]);
    expect(text).not.toContain('<script');
    expect(doc.getElementsByTagName('script').length).toBe(0);
    const titles = Array.from(doc.getElementsByTagName('g'))
      .filter((g) => g.getAttribute('class') === 'node')
      .map((g) => g.getElementsByTagName('title')[0].textContent);
    expect(titles).toEqual(scope.nodes.map((n) => xmlSafe(n.label)));
    const all = texts(doc).join('\n');
    expect(all).toContain('<script>alert(1)</script>');
    expect(all).toContain(']]>');
    // No attribute anywhere can start an event handler.
    expect(text).not.toMatch(/\son[a-z]+=/i);
  });

  it('places labels to the right when the screen does, and the region makes room for them', () => {
    const index = indexOf(miniPayload());
    const scope = scopeOf(index, null, 'all');
    const bottom = sceneFromScope(index, scope);
    const right = { ...bottom, nodes: bottom.nodes.map((n) => ({ ...n, labelSide: 'right' as const })) };
    expect(sceneRegion(right).width).toBeGreaterThan(sceneRegion(bottom).width - 1);
    expect(sceneRegion(right).height).toBeLessThan(sceneRegion(bottom).height);
    const region = sceneRegion(right);
    const plan = planPng({ size: { mode: 'scale', scale: 1 }, full: true, background: 'white', decorations: null }, region);
    const text = writeSvg({ scene: right, plan, region, decorations: null });
    expect(text).toContain('text-anchor="start"');
    expect(text).not.toContain('text-anchor="middle"');
  });

  it('wraps labels to three lines at most, ellipsised', () => {
    const lines = wrapLabel('parola '.repeat(40));
    expect(lines).toHaveLength(3);
    expect(lines[2].endsWith('…')).toBe(true);
    expect(wrapLabel('x'.repeat(60))[0]).toHaveLength(26);
    expect(wrapLabel('')).toEqual([]);
  });
});
