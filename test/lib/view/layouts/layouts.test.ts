import { describe, expect, it } from 'vitest';
import { PlanIndex, KIND_ORDER } from '../../../../src/lib/model/plan-index';
import { planElements, organismElements, type ElementSet } from '../../../../src/lib/view/elements';
import { hierarchyLayout } from '../../../../src/lib/view/layouts/hierarchy';
import { radialLayout } from '../../../../src/lib/view/layouts/radial';
import { organismsLayout } from '../../../../src/lib/view/layouts/organisms';
import { nodeBox, overlaps, type Box, type PresetLayout } from '../../../../src/lib/view/layouts/geometry';
import { MAX_NODE_SIZE } from '../../../../src/lib/view/sizing';
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
