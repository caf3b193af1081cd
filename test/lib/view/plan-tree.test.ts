import { describe, expect, it } from 'vitest';
import { PlanIndex } from '../../../src/lib/model/plan-index';
import { EMPTY_FILTERS, visibleNodeIds } from '../../../src/lib/view/filters';
import { PlanTree, pathKey } from '../../../src/lib/view/plan-tree';
import { idOf, planIndex } from '../../components/panels/fixtures';
import { loadRealPayloads } from '../../components/panels/real-payloads';

const all = (index: PlanIndex) => new Set(index.payload.nodes.map((n) => n.id));
const op = idOf('operational_objective', 'Economia circolare');

describe('PlanTree', () => {
  const index = planIndex();

  it('starts collapsed with the areas as roots, in document order', () => {
    const rows = new PlanTree(index, all(index)).rows(new Set());
    expect(rows.map((r) => [r.node.label, r.level, r.posinset, r.setsize, r.hasChildren])).toEqual([
      ['Città impresa', 1, 1, 2, true],
      ['Città sostenibile', 1, 2, 2, true],
    ]);
  });

  it('shows a node under two parents under each, with a different key', () => {
    const tree = new PlanTree(index, all(index));
    const keys = new Set([...tree.allExpandableKeys()]);
    const rows = tree.rows(keys).filter((r) => r.id === op);
    expect(rows.map((r) => r.level)).toEqual([3, 3]);
    expect(new Set(rows.map((r) => r.key)).size).toBe(2);
    expect(rows.map((r) => index.node(r.parentKey!.split('\u001f').at(-1)!)!.label)).toEqual(['Distretto', 'Cultura']);
  });

  it('expanding everything reaches the organisms at level 6', () => {
    const tree = new PlanTree(index, all(index));
    const rows = tree.rows(tree.allExpandableKeys());
    expect(Math.max(...rows.map((r) => r.level))).toBe(6);
    const leaves = rows.filter((r) => !r.hasChildren);
    expect(leaves.every((r) => r.node.kind === 'organism')).toBe(true);
  });

  it('bridges hidden actions: objectives then hold organisms directly', () => {
    const visible = visibleNodeIds(index, { ...EMPTY_FILTERS, hiddenKinds: ['action'] }, 'load');
    const tree = new PlanTree(index, visible);
    expect(tree.childrenOf(idOf('management_objective', 'Gestionale quattro'))).toEqual(
      ['Alfa', 'Beta', 'Delta'].map((o) => idOf('organism', o)),
    );
    expect(tree.rows(tree.allExpandableKeys()).some((r) => r.node.kind === 'action')).toBe(false);
  });

  it('drops a hidden area and everything only under it', () => {
    const area = idOf('area', 'Città sostenibile');
    const visible = visibleNodeIds(index, { ...EMPTY_FILTERS, hiddenAreas: [area] }, 'load');
    const tree = new PlanTree(index, visible);
    expect(tree.roots()).toEqual([idOf('area', 'Città impresa')]);
    expect(tree.rows(tree.allExpandableKeys()).some((r) => r.id === idOf('organism', 'Gamma'))).toBe(false);
  });

  it('finds a path to a node to reveal it, and null for a hidden one', () => {
    const tree = new PlanTree(index, all(index));
    const gamma = idOf('organism', 'Gamma');
    const path = tree.pathTo(gamma)!;
    expect(path.map((id) => index.node(id)!.kind)).toEqual(['area', 'strategic_objective', 'operational_objective', 'management_objective', 'action', 'organism']);
    const rows = tree.rows(new Set(PlanTree.ancestorKeys(path)));
    expect(rows.some((r) => r.key === pathKey(path))).toBe(true);
    const hidden = new PlanTree(index, new Set([...all(index)].filter((id) => id !== gamma)));
    expect(hidden.pathTo(gamma)).toBeNull();
  });

  it('promotes nodes whose parents are all hidden to roots', () => {
    const visible = new Set([...all(index)].filter((id) => !id.startsWith('area:')));
    const tree = new PlanTree(index, visible);
    expect(tree.roots().map((id) => index.node(id)!.label)).toEqual(['Distretto', 'Cultura', 'Ambiente']);
  });

  it('survives a cycle in bad data', () => {
    const p = structuredClone(index.payload);
    const a = idOf('action', 'Azione uno');
    const m = idOf('management_objective', 'Gestionale uno');
    p.edges.push({ id: `${a}->${m}`, source: a, target: m, kind: 'contains', sources: [] });
    const bad = new PlanIndex(p);
    const tree = new PlanTree(bad, all(bad));
    expect(tree.rows(tree.allExpandableKeys()).length).toBeGreaterThan(0);
  });
});

describe('on real payloads', () => {
  for (const { name, index } of loadRealPayloads()) {
    it(`${name}: fully expanded, every visible node appears and every row's parent is above it`, () => {
      const tree = new PlanTree(index, all(index));
      const rows = tree.rows(tree.allExpandableKeys());
      expect(new Set(rows.map((r) => r.id))).toEqual(all(index));
      const at = new Map(rows.map((r, i) => [r.key, i]));
      rows.forEach((r, i) => {
        if (r.parentKey !== null) expect(at.get(r.parentKey)!).toBeLessThan(i);
      });
    });
  }
});
