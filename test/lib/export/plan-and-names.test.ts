import { describe, expect, it } from 'vitest';
import { altText, legendEntries, topOrganisms } from '../../../src/lib/export/decorations';
import { exportFileName } from '../../../src/lib/export/file-name';
import { CANVAS_LIMITS, planPng, PRINT_PRESETS, type PngRequest } from '../../../src/lib/export/png-plan';
import { printModel, PRINT_TABLE_LIMIT } from '../../../src/lib/export/print-layout';
import { buildDecorations } from '../../../src/lib/export/decorations';
import { queryScope, scopeOf } from '../../../src/lib/export/scope';
import { indexOf, miniPayload } from './helpers';

/** `n` legend texts, as short as a kind's name. */
const names = (n: number) => Array.from({ length: n }, (_, i) => `Voce ${i + 1}`);
const req = (size: PngRequest['size'], decorations: PngRequest['decorations'] = null): PngRequest => ({ size, full: true, background: 'white', decorations });

describe('PNG plan', () => {
  it('1×, 2×, 4× multiply the extent (and the zoom for the viewport)', () => {
    for (const s of [1, 2, 4]) {
      const p = planPng(req({ mode: 'scale', scale: s }), { width: 800, height: 500 });
      expect([p.width, p.height, p.capped]).toEqual([800 * s, 500 * s, false]);
    }
    const v = planPng(req({ mode: 'scale', scale: 2 }), { width: 1000, height: 600, unit: 0.5 });
    expect([v.width, v.height]).toEqual([1000, 600]);
  });

  it('a chosen width is honoured exactly; bands add height for title, legend and source', () => {
    const bare = planPng(req({ mode: 'width', width: 1234 }), { width: 617, height: 300 });
    expect([bare.width, bare.height]).toEqual([1234, 600]);
    const dec = planPng(req({ mode: 'width', width: 1234 }, { title: true, source: true, legend: names(9) }), { width: 617, height: 300 });
    expect(dec.width).toBe(1234);
    expect(dec.header).toBeGreaterThan(0);
    expect(dec.footer).toBeGreaterThan(0);
    expect(dec.height).toBe(dec.header + 600 + dec.footer);
  });

  it('print presets give the exact page at 300 dpi with the graph inside the margins', () => {
    for (const preset of ['a4', 'a3'] as const) {
      const p = planPng(req({ mode: 'preset', preset }, { title: true, source: true, legend: names(5) }), { width: 3000, height: 900 });
      expect([p.width, p.height]).toEqual([PRINT_PRESETS[preset].width, PRINT_PRESETS[preset].height]);
      expect(p.graph.x).toBeGreaterThan(0);
      expect(p.graph.x + p.graph.width).toBeLessThanOrEqual(p.width);
      expect(p.graph.y + p.graph.height + p.footer).toBeLessThanOrEqual(p.height);
    }
    expect(PRINT_PRESETS.a4).toMatchObject({ width: 3508, height: 2480 });
  });

  it('caps what the browser cannot draw, keeps the aspect ratio and says so', () => {
    const p = planPng(req({ mode: 'scale', scale: 4 }, { title: true, source: true, legend: names(8) }), { width: 9000, height: 6000 });
    expect(p.capped).toBe(true);
    expect(p.requested.width).toBe(36000);
    expect(p.width).toBeLessThanOrEqual(CANVAS_LIMITS.maxSide);
    expect(p.height).toBeLessThanOrEqual(CANVAS_LIMITS.maxSide);
    expect(p.width * p.height).toBeLessThanOrEqual(CANVAS_LIMITS.maxArea);
    expect(p.graph.width / p.graph.height).toBeCloseTo(1.5, 2);
    const tall = planPng(req({ mode: 'width', width: 2000 }), { width: 10, height: 1000 });
    expect(tall.capped).toBe(true);
    expect(tall.height).toBeLessThanOrEqual(CANVAS_LIMITS.maxSide);
    const small = planPng(req({ mode: 'scale', scale: 1 }), { width: 800, height: 500 }, { maxSide: 100_000, maxArea: 100_000 });
    expect(small.width * small.height).toBeLessThanOrEqual(100_000);
  });

  it('refuses an empty scope and a silly width', () => {
    expect(() => planPng(req({ mode: 'scale', scale: 1 }), { width: 0, height: 0 })).toThrow(/empty/);
    expect(() => planPng(req({ mode: 'width', width: 3 }), { width: 10, height: 10 })).toThrow(/width/);
    expect(() => planPng(req({ mode: 'width', width: NaN }), { width: 10, height: 10 })).toThrow(/width/);
  });
});

describe('file names', () => {
  const d = new Date(2024, 0, 5);
  it('trama_<slug>_<scope>_<date>.<ext>, ASCII', () => {
    expect(exportFileName('dup-2022-2024', 'visible', 'png', d)).toBe('trama_dup-2022-2024_visible_2024-01-05.png');
    expect(exportFileName('DUP 2022/2024 – Città', 'focus-città', '.svg', d)).toBe('trama_dup-2022-2024-citta_focus-citta_2024-01-05.svg');
    expect(exportFileName('', '', 'csv', d)).toBe('trama_documento_all_2024-01-05.csv');
  });
});

describe('alt text, legend, print model', () => {
  const index = indexOf(miniPayload());
  const all = scopeOf(index, null, 'all');
  it('says what it shows, the counts and the top organisms, in both languages', () => {
    const it_ = altText('it', index, all);
    const en = altText('en', index, all);
    expect(it_).toContain(`${all.nodes.length} nodi`);
    expect(en).toContain(`${all.nodes.length} nodes and ${all.edges.length} edges`);
    const top = topOrganisms(all);
    expect(top[0].load?.rank).toBe(1);
    for (const o of top) expect(en).toContain(o.organism?.short ?? o.label);
    expect(en).toContain(`${index.byKind('organism').length} organisms`);
  });
  it('calls what the canvas shows "filtered" only when something is filtered out', () => {
    const shown = { ...all, kind: 'visible' as const };
    expect(altText('en', index, shown)).toMatch(/^Whole graph /);
    const fewer = { ...shown, nodes: shown.nodes.slice(1) };
    expect(altText('en', index, fewer)).toMatch(/^Filtered graph /);
  });
  it('counts a kind of one in the singular', () => {
    const org = index.byKind('organism')[0];
    const s = queryScope(index, { focus: org.id, depth: 0 });
    expect(altText('it', index, s)).toContain('Contiene 1 organismo.');
    expect(altText('en', index, s)).toContain('It holds 1 organism.');
    expect(altText('it', index, all)).toMatch(/\d+ ambiti strategici/);
  });
  it('legend lists only the kinds and ambiti the scope shows', () => {
    const org = index.byKind('organism')[0];
    const s = queryScope(index, { focus: org.id, depth: 0 });
    const l = legendEntries('en', index, s);
    expect(l.filter((e) => e.type === 'kind').map((e) => e.type === 'kind' && e.kind)).toEqual(['organism']);
    expect(l.filter((e) => e.type === 'area').length).toBe(new Set(org.areas).size);
  });
  it('print model: page, texts, rows in hierarchy order', () => {
    const m = printModel('en', index, all, 'a3', buildDecorations('en', index, all), new Date(2024, 4, 1));
    expect(m.pageCss).toBe('A3 landscape');
    expect(m.rows).toHaveLength(Math.min(PRINT_TABLE_LIMIT, all.nodes.length));
    expect(m.rows[0].kind).toBe('Strategic area');
    expect(m.rows.at(-1)!.kind).toBe('Organism');
    expect(m.date).toContain('2024');
    expect(m.source).toContain(index.payload.meta.citation);
  });
});
