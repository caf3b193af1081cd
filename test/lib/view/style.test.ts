import { describe, expect, it } from 'vitest';
import { LARGE_GRAPH, TEXTURE_GRAPH, coreOptions, renderOptions, stylesheet } from '../../../src/lib/view/style';
import { KIND_SHAPES } from '../../../src/lib/view/shapes';
import { nodeSizes, MAX_NODE_SIZE, MIN_NODE_SIZE } from '../../../src/lib/view/sizing';
import { measureValue } from '../../../src/lib/view/measure';
import { NODE_KINDS } from '../../../src/lib/types';
import { mini } from './payloads';

const rule = (rules: ReturnType<typeof stylesheet>, selector: string) => rules.find((r) => r.selector === selector)?.style;

describe('stylesheet', () => {
  it('gives every kind its shape and maps colour and size from data', () => {
    const rules = stylesheet(100);
    for (const k of NODE_KINDS) expect(rule(rules, `node.k-${k}`)?.shape).toBe(KIND_SHAPES[k]);
    expect(rule(rules, 'node')).toMatchObject({ 'background-color': 'data(color)', width: 'data(size)', label: 'data(label)' });
  });
  it('draws directed edges with arrows on small graphs, cheap edges on large ones', () => {
    expect(rule(stylesheet(100), 'edge')).toMatchObject({ 'target-arrow-shape': 'triangle', 'curve-style': 'straight' });
    expect(rule(stylesheet(LARGE_GRAPH + 1), 'edge')).toMatchObject({ 'target-arrow-shape': 'none', 'curve-style': 'haystack' });
    expect(Number(rule(stylesheet(LARGE_GRAPH + 1), 'node')?.['min-zoomed-font-size'])).toBeGreaterThan(0);
    expect(rule(stylesheet(100), 'edge')?.events).toBe('yes');
    expect(rule(stylesheet(LARGE_GRAPH + 1), 'edge')?.events).toBe('no');
  });
  it('has a rule for every state class the canvas sets', () => {
    const selectors = stylesheet(10).map((r) => r.selector);
    for (const c of ['selected', 'chain', 'faded', 'hover', 'hover-neighbour', 'focus-root', 'search-hit']) {
      expect(selectors.some((s) => s.includes(`.${c}`))).toBe(true);
    }
  });
  it('switches texture-on-viewport on only at scale', () => {
    expect(renderOptions(TEXTURE_GRAPH).textureOnViewport).toBe(false);
    expect(renderOptions(TEXTURE_GRAPH + 1).textureOnViewport).toBe(true);
    expect(renderOptions(50_000).hideEdgesOnViewport).toBe(false);
  });
  it('gives the app and the bare benchmark page one set of core options, renderer options by size', () => {
    for (const n of [10, TEXTURE_GRAPH, TEXTURE_GRAPH + 1, 50_000]) {
      const core = coreOptions(n);
      const r = renderOptions(n);
      expect(core).toMatchObject({ textureOnViewport: r.textureOnViewport, hideEdgesOnViewport: r.hideEdgesOnViewport, motionBlur: r.motionBlur, pixelRatio: r.pixelRatio });
      expect(core.minZoom).toBeGreaterThan(0);
      expect(core.maxZoom).toBeGreaterThan(core.minZoom);
      expect(core.boxSelectionEnabled).toBe(true);
    }
  });
});

describe('nodeSizes', () => {
  it('grows with the measure, within the range, with area proportional to value', () => {
    const index = mini();
    const orgs = index.byKind('organism');
    const sizes = nodeSizes(index, index.payload.nodes, 'load');
    const sorted = [...orgs].sort((a, b) => measureValue(index, a, 'load') - measureValue(index, b, 'load'));
    for (let i = 1; i < sorted.length; i++) expect(sizes.get(sorted[i].id)!).toBeGreaterThanOrEqual(sizes.get(sorted[i - 1].id)!);
    for (const s of sizes.values()) {
      expect(s).toBeGreaterThanOrEqual(MIN_NODE_SIZE);
      expect(s).toBeLessThanOrEqual(MAX_NODE_SIZE);
    }
  });
  it('gives one middle size when every value is equal', () => {
    const index = mini();
    const areas = index.byKind('area');
    const sizes = nodeSizes(index, areas, 'degree', undefined, [10, 30]);
    const values = new Set(areas.map((a) => a.metrics.degree));
    if (values.size === 1) expect(new Set(sizes.values())).toEqual(new Set([20]));
    const same = nodeSizes(index, [areas[0]], 'degree', undefined, [10, 30]);
    expect(same.get(areas[0].id)).toBe(20);
  });
});
