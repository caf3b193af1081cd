import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { LEGEND, legendGrid, legendText } from '../../../src/lib/export/legend-layout';
import { planPng, textScaleFor } from '../../../src/lib/export/png-plan';
import { legendSvg } from '../../../src/lib/export/svg-legend';
import type { LegendEntry } from '../../../src/lib/export/types';

/**
 * Advances in em of DejaVu Sans (the SVG's first font, and what Chromium rasterises the
 * PNG with on Debian), measured with canvas measureText: the ground truth, independent of
 * the estimate under test. `_` is the space.
 */
const DEJAVU = Object.fromEntries(
  'A0.68 B0.69 C0.7 D0.77 E0.63 F0.58 G0.77 H0.75 I0.29 J0.29 K0.66 L0.56 M0.86 N0.75 O0.79 P0.6 Q0.79 R0.69 S0.63 T0.61 U0.73 V0.68 W0.99 X0.69 Y0.61 Z0.69 À0.68 È0.63 É0.63 Ì0.29 Ò0.79 Ù0.73 a0.61 b0.63 c0.55 d0.63 e0.62 f0.35 g0.63 h0.63 i0.28 j0.28 k0.58 l0.28 m0.97 n0.63 o0.61 p0.63 q0.63 r0.41 s0.52 t0.39 u0.63 v0.59 w0.82 x0.59 y0.59 z0.52 à0.61 è0.62 é0.62 ì0.28 ò0.61 ù0.63 00.64 10.64 20.64 30.64 40.64 50.64 60.64 70.64 80.64 90.64 _0.32 .0.32 ,0.32 …1'
    .split(' ')
    .map((t) => [t[0] === '_' ? ' ' : t[0], Number(t.slice(1))]),
);
const drawnWidth = (text: string, font: number) => [...text].reduce((s, c) => s + (DEJAVU[c] ?? 1) * font, 0);

const KINDS = ['Ambito strategico', 'Obiettivo strategico', 'Obiettivo operativo', 'Obiettivo gestionale', 'Azione', 'Organismo partecipato'];
const AREAS = ['CITTÀ COME MOTORE DEL CAMBIAMENTO', 'CITTÀ DEL FUTURO', 'CITTÀ DIRITTI E OPPORTUNITÀ', 'CITTÀ IMPRESA INNOVAZIONE E LAVORO'];

function legend(areas = AREAS): LegendEntry[] {
  return [
    ...KINDS.map((label) => ({ type: 'kind' as const, kind: 'area' as const, shape: 'hexagon' as const, label })),
    ...areas.map((label, i) => ({ type: 'area' as const, areaId: `area:${i}`, color: '#0072B2', pattern: 'dots' as const, index: i + 1, label })),
  ];
}

/** The legend drawn in a picture `width` px wide, read back: each entry's text, its x and y, and the font size. */
function drawn(entries: LegendEntry[], width: number) {
  const texts = entries.map((e) => (e.type === 'area' ? `${e.index}. ${e.label}` : e.label));
  const plan = planPng({ size: { mode: 'width', width }, full: true, background: 'white', decorations: { title: true, source: true, legend: texts } }, { width: 800, height: 500 });
  const doc = new DOMParser().parseFromString(`<svg xmlns="http://www.w3.org/2000/svg">${legendSvg(entries, 'Fonte: DUP', plan, 'trama-test-')}</svg>`, 'image/svg+xml');
  const items = Array.from(doc.getElementsByTagName('text'))
    .slice(0, entries.length)
    .map((t) => ({ text: t.textContent ?? '', x: Number(t.getAttribute('x')), y: Number(t.getAttribute('y')), font: Number(t.getAttribute('font-size')) }));
  return { plan, items };
}

describe('SVG / PNG legend', () => {
  // 1706 px is what "Scarica" gave for the whole seed plan at 1×; the others a small and a print width.
  for (const width of [1000, 1706, 3508]) {
    it(`writes long upper-case ambito names in full and keeps a gap before the next swatch (${width} px)`, () => {
      const { plan, items } = drawn(legend(), width);
      const ts = plan.textScale;
      for (const [i, name] of AREAS.entries()) expect(items.find((t) => t.text.startsWith(`${i + 1}.`))?.text).toBe(`${i + 1}. ${name}`);
      for (let i = 0; i + 1 < items.length; i++) {
        const [a, b] = [items[i], items[i + 1]];
        if (a.y !== b.y) continue;
        // The next entry's swatch starts 26 units (18 swatch + 8 gap) left of its text.
        const nextSwatch = b.x - 26 * ts;
        expect(nextSwatch - (a.x + drawnWidth(a.text, a.font)), `${a.text} → ${b.text}`).toBeGreaterThanOrEqual(8 * ts);
      }
      // Every entry stays inside the picture, with its margin.
      for (const t of items) expect(t.x + drawnWidth(t.text, t.font)).toBeLessThanOrEqual(plan.width - 8 * ts);
    });
  }

  it("never lets an entry's estimated box reach the next entry's", () => {
    for (const width of [320, 1000, 1706, 3508]) {
      const ts = textScaleFor(width);
      const grid = legendGrid(legend().map(legendText), width, ts);
      for (let i = 0; i + 1 < grid.cells.length; i++) {
        const [a, b] = [grid.cells[i], grid.cells[i + 1]];
        if (a.row === b.row) expect(b.x - a.right).toBeGreaterThanOrEqual(LEGEND.gap * ts);
      }
      for (const c of grid.cells) expect(c.right).toBeLessThanOrEqual(width - LEGEND.margin * ts + 0.001);
    }
  });

  it('reserves in the PNG plan exactly the rows the SVG draws', () => {
    for (const width of [600, 1000, 1706, 3508]) {
      const { plan, items } = drawn(legend(), width);
      const rows = new Set(items.map((t) => t.y)).size;
      const ts = plan.textScale;
      // Footer = legend rows × 30 + source line 34 + 24 padding (units × text scale).
      expect(plan.footer).toBe(Math.round(rows * 30 * ts + 34 * ts + 24 * ts));
    }
  });

  it('uses the width: short names share rows, and a name is cut only when it cannot fit alone', () => {
    const short = drawn(legend(['VERDE', 'CASA']), 1706).items;
    expect(new Set(short.map((t) => t.y)).size).toBeLessThanOrEqual(2);
    const long = 'CITTÀ '.repeat(40).trim();
    const { plan, items } = drawn(legend([long]), 1000);
    const last = items[items.length - 1];
    expect(last.text.endsWith('…')).toBe(true);
    expect(last.text.length).toBeGreaterThan(40);
    expect(last.x + drawnWidth(last.text, last.font)).toBeLessThanOrEqual(plan.width);
  });
});
