import { describe, expect, it } from 'vitest';
import { PlanIndex, KIND_ORDER } from '../../../../src/lib/model/plan-index';
import { planElements, organismElements, type ElementSet } from '../../../../src/lib/view/elements';
import { hierarchyLayout } from '../../../../src/lib/view/layouts/hierarchy';
import { bestTracks, radialLayout } from '../../../../src/lib/view/layouts/radial';
import { organismsLayout } from '../../../../src/lib/view/layouts/organisms';
import { nodeBox, overlaps, ringRadius, type Box, type PresetLayout } from '../../../../src/lib/view/layouts/geometry';
import { measureValue } from '../../../../src/lib/view/measure';
import { MAX_NODE_SIZE } from '../../../../src/lib/view/sizing';
import { LABEL_SPECS } from '../../../../src/lib/view/label';
import type { PayloadNode } from '../../../../src/lib/types';
import { fixturePayloads, syntheticPayload } from '../payloads';

function all(index: PlanIndex): ElementSet {
  return planElements(index, new Set(index.payload.nodes.map((n) => n.id)));
}

function collisions(set: ElementSet, layout: PresetLayout): string[] {
  const boxes: Array<[string, Box]> = set.nodes.map((el) => [el.data.id, nodeBox(el, layout.positions.get(el.data.id)!, MAX_NODE_SIZE, layout.labelSide)]);
  const out: string[] = [];
  // Sweep on x so the check stays fast on thousands of boxes.
  boxes.sort((a, b) => a[1].x1 - b[1].x1);
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length && boxes[j][1].x1 < boxes[i][1].x2; j++) {
      if (overlaps(boxes[i][1], boxes[j][1])) out.push(`${boxes[i][0]} × ${boxes[j][0]}`);
    }
  }
  return out;
}

const synthetic = [
  { name: 'synthetic small', index: new PlanIndex(syntheticPayload({ areas: 3, fanout: 2, organisms: 6, seed: 7 })) },
  { name: 'synthetic ~1.6k', index: new PlanIndex(syntheticPayload({ areas: 6, fanout: 4, organisms: 40, seed: 11, twoParents: 30 })) },
];

describe('hierarchy layout', () => {
  for (const { name, index } of [...fixturePayloads(), ...synthetic]) {
    for (const orientation of ['lr', 'tb'] as const) {
      it(`places every node of ${name} (${orientation}) with no overlapping node or label`, () => {
        const set = all(index);
        const layout = hierarchyLayout(index, set, { orientation });
        expect(layout.positions.size).toBe(set.nodes.length);
        expect(collisions(set, layout)).toEqual([]);
      });
    }

    it(`puts each level of ${name} in its own column, in plan order, left to right`, () => {
      const set = all(index);
      const layout = hierarchyLayout(index, set, { orientation: 'lr' });
      const xs = new Map<number, Set<number>>();
      for (const el of set.nodes) {
        const k = KIND_ORDER[el.data.kind];
        xs.set(k, (xs.get(k) ?? new Set()).add(layout.positions.get(el.data.id)!.x));
      }
      const levels = [...xs.keys()].sort((a, b) => a - b);
      for (const k of levels) expect(xs.get(k)!.size).toBe(1);
      for (let i = 1; i < levels.length; i++) expect([...xs.get(levels[i])!][0]).toBeGreaterThan([...xs.get(levels[i - 1])!][0]);
    });

    it(`orders ${name}'s organisms by load and is deterministic`, () => {
      const set = all(index);
      const a = hierarchyLayout(index, set, { orientation: 'lr' });
      const b = hierarchyLayout(index, all(index), { orientation: 'lr' });
      expect([...b.positions]).toEqual([...a.positions]);
      const orgs = set.nodes.filter((n) => n.data.kind === 'organism').sort((x, y) => a.positions.get(x.data.id)!.y - a.positions.get(y.data.id)!.y);
      const ranks = orgs.map((o) => index.node(o.data.id)!.load?.rank ?? Infinity);
      expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
    });
  }

  it('orders children by the barycentre of their parents: fewer crossings than document order', () => {
    const index = synthetic[1].index;
    const set = all(index);
    const layout = hierarchyLayout(index, set, { orientation: 'lr' });
    const y = (id: string) => layout.positions.get(id)!.y;
    // Children of the first area all sit above the children of the last area.
    const areas = index.byKind('area');
    const firstKids = index.children(areas[0].id).map(y);
    const lastKids = index.children(areas[areas.length - 1].id).map(y);
    expect(Math.max(...firstKids)).toBeLessThan(Math.min(...lastKids));
  });
});

/**
 * Advances in em of DejaVu Sans Bold (what Chromium draws `system-ui` bold with on
 * Debian), measured with canvas measureText: the ground truth the layout's estimate must
 * not fall short of. `_` is the space.
 */
const DEJAVU_BOLD = Object.fromEntries(
  'A0.77 B0.76 C0.73 D0.83 E0.68 F0.68 G0.82 H0.84 I0.37 J0.37 K0.77 L0.64 M1 N0.84 O0.85 P0.73 Q0.85 R0.77 S0.72 T0.68 U0.81 V0.77 W1.1 X0.77 Y0.72 Z0.73 À0.77 È0.68 É0.68 Ì0.37 Ò0.85 Ù0.81 a0.67 b0.72 c0.59 d0.72 e0.68 f0.44 g0.72 h0.71 i0.34 j0.34 k0.67 l0.34 m1.04 n0.71 o0.69 p0.72 q0.72 r0.49 s0.6 t0.48 u0.71 v0.65 w0.92 x0.65 y0.65 z0.58 à0.67 è0.68 é0.68 ì0.34 ò0.69 ù0.71 _0.35 .0.38 ,0.38'
    .split(' ')
    .map((t) => [t[0] === '_' ? ' ' : t[0], Number(t.slice(1))]),
);

/** The same for DejaVu Sans (normal weight), measured the same way. */
const DEJAVU_NORMAL = Object.fromEntries(
  'A0.69 B0.69 C0.7 D0.78 E0.64 F0.58 G0.78 H0.76 I0.3 J0.3 K0.66 L0.56 M0.87 N0.75 O0.79 P0.61 Q0.79 R0.7 S0.64 T0.62 U0.74 V0.69 W0.99 X0.69 Y0.62 Z0.69 À0.69 È0.64 É0.64 Ì0.3 Ò0.79 Ù0.74 a0.62 b0.64 c0.55 d0.64 e0.62 f0.36 g0.64 h0.64 i0.28 j0.28 k0.58 l0.28 m0.98 n0.64 o0.62 p0.64 q0.64 r0.42 s0.53 t0.4 u0.64 v0.6 w0.82 x0.6 y0.6 z0.53 à0.62 è0.62 é0.62 ì0.28 ò0.62 ù0.64 _0.32 .0.32 ,0.32'
    .split(' ')
    .map((t) => [t[0] === '_' ? ' ' : t[0], Number(t.slice(1))]),
);

/** The box a label really covers on the canvas (1 px text background each side), as the canvas places it. */
function drawnBox(label: string, fontSize: number, bold: boolean, p: { x: number; y: number }, side: 'right' | 'bottom'): Box {
  const lines = label.split('\n');
  const advance = bold ? DEJAVU_BOLD : DEJAVU_NORMAL;
  const w = Math.max(...lines.map((l) => [...l].reduce((s, c) => s + (advance[c] ?? 1) * fontSize, 0))) + 2;
  const h = lines.length * fontSize * 1.25;
  const half = MAX_NODE_SIZE / 2;
  return side === 'right'
    ? { x1: p.x + half + 6, x2: p.x + half + 6 + w, y1: p.y - h / 2, y2: p.y + h / 2 }
    : { x1: p.x - w / 2, x2: p.x + w / 2, y1: p.y + half + 4, y2: p.y + half + 4 + h };
}

describe('hierarchy layout with wide labels', () => {
  // The document's ambiti are long upper-case names in bold, its organisms long bold names:
  // at an average 0.6 em a glyph the top-to-bottom rows overlapped by up to 19 px.
  const AREAS = ['CITTÀ COME MOTORE DEL CAMBIAMENTO', 'CITTÀ DEL FUTURO', 'CITTÀ DIRITTI E OPPORTUNITÀ', 'CITTÀ IMPRESA INNOVAZIONE E LAVORO', 'MMMMMMMMMM WWWWWWWWWW'];
  const ORGS = ['Fondazione Museo del Tessuto', 'Fondazione per le Arti Contemporanee in Toscana', 'Fondazione Teatro Metastasio', 'Consiag Servizi Comuni S.r.l.', 'Camerata Strumentale Città di Prato'];
  const payload = syntheticPayload({ areas: AREAS.length, fanout: 1, organisms: ORGS.length, seed: 3 });
  const rename = (kind: PayloadNode['kind'], names: string[]) =>
    payload.nodes.filter((n) => n.kind === kind).forEach((n, i) => (n.label = n.text = names[i % names.length]));
  rename('area', AREAS);
  rename('organism', ORGS);
  const index = new PlanIndex(payload);

  for (const orientation of ['tb', 'lr'] as const) {
    it(`keeps a gap between labels as drawn, ambiti and organisms in bold (${orientation})`, () => {
      const set = all(index);
      const layout = hierarchyLayout(index, set, { orientation });
      // Ambiti and organisms are drawn bold; selecting a node does not change its weight.
      const boxes = set.nodes.map((el) => {
        const spec = LABEL_SPECS[el.data.kind];
        return [el.data.label, drawnBox(el.data.label, spec.fontSize, spec.bold, layout.positions.get(el.data.id)!, layout.labelSide)] as const;
      });
      const tooClose: string[] = [];
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i][1], boxes[j][1]];
          const apart = Math.max(b.x1 - a.x2, a.x1 - b.x2, b.y1 - a.y2, a.y1 - b.y2);
          if (apart < 4) tooClose.push(`${boxes[i][0]} × ${boxes[j][0]}: ${apart.toFixed(1)} px`);
        }
      expect(tooClose).toEqual([]);
    });
  }
});

describe('radial layout', () => {
  for (const { name, index } of [...fixturePayloads(), synthetic[0]]) {
    it(`puts higher values of the measure nearer the centre in ${name}, without overlaps`, () => {
      const set = all(index);
      const layout = radialLayout(index, set, { measure: 'degree' });
      expect(layout.positions.size).toBe(set.nodes.length);
      const r = (id: string) => Math.hypot(layout.positions.get(id)!.x, layout.positions.get(id)!.y);
      const nodes = index.payload.nodes;
      for (const a of nodes)
        for (const b of nodes) if (a.metrics.degree > b.metrics.degree) expect(r(a.id)).toBeLessThanOrEqual(r(b.id) + 0.5);
      expect(collisions(set, layout)).toEqual([]);
    });
  }
  it('puts a crowded band on as many tracks as make its outermost ring smallest', () => {
    const outer = (n: number, r: number, inner: number, m: number) => Math.max(inner, ringRadius(Math.ceil(n / m), 2 * r)) + (m - 1) * 2 * r;
    for (const [n, r, inner] of [[50, 60, 0], [50, 60, 400], [3, 60, 0], [1, 60, 0], [400, 40, 200], [12, 100, 1500]] as const) {
      const m = bestTracks(n, r, inner);
      expect(m).toBeGreaterThanOrEqual(1);
      for (let k = 1; k <= n; k++) expect(outer(n, r, inner, m)).toBeLessThanOrEqual(outer(n, r, inner, k) + 1e-9);
    }
    // 50 nodes on one ring need a radius of about 955; on three tracks the outermost is 558.
    expect(bestTracks(50, 60, 0)).toBe(3);
    // A few nodes far out already have room on one ring.
    expect(bestTracks(12, 100, 1500)).toBe(1);
  });
  for (const { name, index } of fixturePayloads()) {
    it(`keeps every node of ${name} on a ring of its band, in value order, with room for each label`, () => {
      const set = all(index);
      const layout = radialLayout(index, set, { measure: 'load', level: 'management_objective' });
      const value = (id: string) => measureValue(index, index.node(id)!, 'load', 'management_objective');
      const r = (id: string) => Math.hypot(layout.positions.get(id)!.x, layout.positions.get(id)!.y);
      for (const a of set.nodes) for (const b of set.nodes) if (value(a.data.id) > value(b.data.id)) expect(r(a.data.id)).toBeLessThanOrEqual(r(b.data.id) + 0.5);
      expect(collisions(set, layout)).toEqual([]);
    });
  }
});

describe('radial rings, for the guides and their key', () => {
  for (const { name, index } of [...fixturePayloads(), synthetic[0]]) {
    for (const measure of ['load', 'betweenness'] as const) {
      it(`lists ${name}'s rings by ${measure}: each node on one, bands numbered from the centre, their ranges true and ordered`, () => {
        const set = all(index);
        const layout = radialLayout(index, set, { measure, level: 'management_objective' });
        const rings = layout.rings!;
        expect(rings.length).toBeGreaterThan(0);
        const value = (id: string) => measureValue(index, index.node(id)!, measure, 'management_objective');
        // Rings from the centre out, bands 1, 2, … with none skipped.
        for (let i = 1; i < rings.length; i++) {
          expect(rings[i]!.radius).toBeGreaterThan(rings[i - 1]!.radius);
          expect(rings[i]!.band - rings[i - 1]!.band).toBeGreaterThanOrEqual(0);
          expect(rings[i]!.band - rings[i - 1]!.band).toBeLessThanOrEqual(1);
        }
        expect(rings[0]!.band).toBe(1);
        for (const el of set.nodes) {
          const p = layout.positions.get(el.data.id)!;
          const on = rings.filter((g) => Math.abs(Math.hypot(p.x, p.y) - g.radius) < 0.5);
          expect(on, el.data.id).toHaveLength(1);
          const v = value(el.data.id);
          expect(v).toBeGreaterThanOrEqual(on[0]!.min);
          expect(v).toBeLessThanOrEqual(on[0]!.max);
        }
        // A band's range is the values its nodes hold, higher bands inside.
        const bands = [...new Map(rings.map((g) => [g.band, g])).values()];
        for (let i = 1; i < bands.length; i++) expect(bands[i]!.max).toBeLessThan(bands[i - 1]!.min);
        // The number's place on a ring is clear of that ring's nodes.
        for (const g of rings.filter((r) => r.radius > 0)) {
          const mark = { x: g.radius * Math.cos(g.gapAngle), y: g.radius * Math.sin(g.gapAngle) };
          for (const el of set.nodes) {
            const p = layout.positions.get(el.data.id)!;
            if (Math.abs(Math.hypot(p.x, p.y) - g.radius) >= 0.5) continue;
            expect(Math.hypot(p.x - mark.x, p.y - mark.y), `${el.data.id} beside the mark of band ${g.band}`).toBeGreaterThan(MAX_NODE_SIZE / 2);
          }
        }
      });
    }
  }
  it('gives other views no rings', () => {
    const { index } = fixturePayloads()[0]!;
    expect(hierarchyLayout(index, all(index), { orientation: 'lr' }).rings).toBeUndefined();
  });
});

describe('organisms layout', () => {
  for (const { name, index } of fixturePayloads()) {
    it(`places ${name}'s organisms on a circle without overlaps, deterministically`, () => {
      const set = organismElements(index, new Set(index.byKind('organism').map((o) => o.id)));
      const a = organismsLayout(index, set);
      expect(a.positions.size).toBe(set.nodes.length);
      expect(collisions(set, a)).toEqual([]);
      expect([...organismsLayout(index, set).positions]).toEqual([...a.positions]);
    });
  }
});
