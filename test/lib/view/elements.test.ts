import { describe, expect, it } from 'vitest';
import { planElements, organismElements } from '../../../src/lib/view/elements';
import { visibleNodeIds, EMPTY_FILTERS } from '../../../src/lib/view/filters';
import { areaStyles, NEUTRAL } from '../../../src/lib/view/palette';
import { fixturePayloads, mini } from './payloads';

describe('planElements', () => {
  for (const { name, index } of fixturePayloads()) {
    it(`draws every node and payload edge of ${name}, labels shortened, full text kept`, () => {
      const all = new Set(index.payload.nodes.map((n) => n.id));
      const set = planElements(index, all);
      expect(set.nodes).toHaveLength(index.payload.nodes.length);
      expect(new Set(set.edges.map((e) => e.data.id))).toEqual(new Set(index.payload.edges.map((e) => e.id)));
      for (const el of set.nodes) {
        const node = index.node(el.data.id)!;
        expect(el.data.full).toBe(node.label);
        expect(el.classes).toContain(`k-${node.kind}`);
        expect(el.data.label.length).toBeLessThanOrEqual(node.label.length + 1);
      }
    });

    it(`colours ${name}'s nodes by their first area, inherited down`, () => {
      const styles = areaStyles(index.payload);
      const set = planElements(index, new Set(index.payload.nodes.map((n) => n.id)));
      for (const el of set.nodes) {
        const a = index.node(el.data.id)!.areas[0];
        expect(el.data.color).toBe(a ? styles.get(a)!.color : NEUTRAL);
      }
      const neutral = planElements(index, new Set(index.payload.nodes.map((n) => n.id)), { organismColor: 'neutral' });
      for (const el of neutral.nodes) if (el.data.kind === 'organism') expect(el.data.color).toBe(NEUTRAL);
    });

    it(`hiding actions in ${name} links objectives straight to their organisms`, () => {
      const visible = visibleNodeIds(index, { ...EMPTY_FILTERS, hiddenKinds: ['action'] }, 'load');
      const set = planElements(index, visible, { bridgeKinds: new Set(['action']) });
      expect(set.nodes.some((n) => n.data.kind === 'action')).toBe(false);
      for (const mo of index.byKind('management_objective')) {
        const expected = new Set(index.children(mo.id).flatMap((a) => [...index.children(a)]));
        const drawn = new Set(set.edges.filter((e) => e.data.source === mo.id).map((e) => e.data.target));
        expect(drawn).toEqual(expected);
      }
      for (const e of set.edges) expect(visible.has(e.data.source) && visible.has(e.data.target)).toBe(true);
      expect(set.edges.filter((e) => e.classes.includes('bridge')).every((e) => e.data.kind === 'assigned')).toBe(true);
    });
  }

  it('does not bridge over nodes the filters (not the kinds) removed', () => {
    const index = mini();
    const area = index.byKind('area')[0].id;
    const visible = visibleNodeIds(index, { ...EMPTY_FILTERS, hiddenAreas: [area] }, 'load');
    const set = planElements(index, visible, { bridgeKinds: new Set() });
    expect(set.nodes.map((n) => n.data.id)).not.toContain(area);
    expect(set.edges.some((e) => e.classes.includes('bridge'))).toBe(false);
    expect(set.edges.every((e) => index.edge(e.data.id))).toBe(true);
  });

  it('keeps up/down adjacency in step with the edges', () => {
    const index = mini();
    const set = planElements(index, new Set(index.payload.nodes.map((n) => n.id)));
    for (const e of set.edges) {
      expect(set.down.get(e.data.source)).toContain(e.data.target);
      expect(set.up.get(e.data.target)).toContain(e.data.source);
    }
  });
});

describe('organismElements', () => {
  it('draws the co-assignment graph with weights, only among visible organisms', () => {
    const index = mini();
    const orgs = index.byKind('organism').map((o) => o.id);
    const set = organismElements(index, new Set(orgs));
    expect(set.nodes).toHaveLength(orgs.length);
    expect(set.edges).toHaveLength(index.payload.organismGraph.edges.length);
    for (const e of set.edges) expect(e.data.weight).toBeGreaterThan(0);
    const fewer = organismElements(index, new Set(orgs.slice(1)));
    expect(fewer.edges.every((e) => e.data.source !== orgs[0] && e.data.target !== orgs[0])).toBe(true);
  });
});
