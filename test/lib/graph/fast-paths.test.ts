/**
 * The builder's compact structures: action ids made without building the whole key,
 * provenance kept in one flat list grouped at the end, adjacency as linked lists, ids
 * given out with one map operation. Each is checked against the plain rule it replaced.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { actionHashSeed, actionIdBase, actionKey, hash8 } from '../../../src/lib/graph/identity';
import { Provenance, packRef, unpackRefs } from '../../../src/lib/graph/provenance';
import { IndexedGraph } from '../../../src/lib/graph/indexed-graph';
import { matchKey, slug } from '../../../src/lib/dup/match-key';
import type { TramaNode } from '../../../src/lib/graph/model';

/** An action's id as it was made before (the oracle): words of its key, hash of the whole. */
function oldActionId(managementKey: string, textKey: string): string {
  let head = '';
  for (const word of textKey.split(' ')) {
    if (head.length + word.length + 1 > 48 && head !== '') break;
    head = head === '' ? word : head + ' ' + word;
  }
  const words = slug(head.slice(0, 48)).split('--')[0]!.replace(/-+$/, '');
  return `action:${words || 'n'}--${hash8(actionKey(managementKey, textKey))}`;
}

describe('actionIdBase', () => {
  const word = fc.oneof(fc.stringMatching(/^[a-z0-9]{1,12}$/), fc.stringMatching(/^[a-z]{40,60}$/));
  const simple = fc.array(word, { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));
  const any = fc.string({ unit: 'grapheme', maxLength: 80 }).map(matchKey);
  it('is the id the old rule made, for simple and any keys', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }).map(matchKey), fc.oneof(simple, any), (management, text) => {
        expect(actionIdBase(management, text)).toBe(oldActionId(management, text));
        expect(actionIdBase(management, text, actionHashSeed(management))).toBe(oldActionId(management, text));
      }),
      { numRuns: 10_000 },
    );
    expect(actionIdBase('obiettivo', '')).toBe(oldActionId('obiettivo', ''));
  });
});

describe('Provenance', () => {
  it('groups references by node and edge, whatever the order they came in', () => {
    const refs = new Provenance();
    refs.addNode(1, 0, [5, 3]);
    refs.addEdge(0, 1, [7]);
    refs.addNode(0, 0, [2]);
    refs.addNode(1, 1, [3]);
    refs.addEdge(1, 0, [9, 9]);
    refs.seal(3, 2);
    expect([...refs.ofNode(0)]).toEqual([packRef(0, 2)]);
    expect([...refs.ofNode(1)]).toEqual([packRef(0, 5), packRef(0, 3), packRef(1, 3)]);
    expect([...refs.ofNode(2)]).toEqual([]);
    expect([...refs.ofEdge(0)]).toEqual([packRef(1, 7)]);
    expect(unpackRefs(refs.ofEdge(1), ['a', 'b'])).toEqual([{ file: 'a', line: 9 }]);
    expect(unpackRefs(refs.ofNode(1), ['a', 'b'])).toEqual([{ file: 'a', line: 3 }, { file: 'a', line: 5 }, { file: 'b', line: 3 }]);
    expect(() => refs.addNode(0, 0, [1])).toThrow(/sealed/);
  });

  it('keeps every reference across growth, as per-owner lists would', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.nat(20), fc.nat(2), fc.array(fc.nat(5000), { minLength: 1, maxLength: 3 })), { maxLength: 3000 }), (adds) => {
        const refs = new Provenance();
        const nodes: number[][] = Array.from({ length: 21 }, () => []);
        const edges: number[][] = Array.from({ length: 21 }, () => []);
        for (const [isNode, owner, file, lines] of adds) {
          if (isNode) refs.addNode(owner, file, lines);
          else refs.addEdge(owner, file, lines);
          for (const l of lines) (isNode ? nodes : edges)[owner]!.push(packRef(file, l));
        }
        refs.seal(21, 21);
        for (let i = 0; i < 21; i++) {
          expect([...refs.ofNode(i)]).toEqual(nodes[i]);
          expect([...refs.ofEdge(i)]).toEqual(edges[i]);
        }
      }),
      { numRuns: 100 },
    );
  });
});

const node = (label: string): TramaNode => ({ kind: 'area', key: label, label, paragraphs: [label] });

describe('IndexedGraph', () => {
  it('gives a clashing id the next free suffix, and leaves the first owner its id', () => {
    const g = new IndexedGraph();
    const a = g.addNodeUnder('area:x', node('a'));
    const b = g.addNodeUnder('area:x', node('b'));
    const c = g.addNodeUnder('area:x', node('c'));
    expect([g.ids[a], g.ids[b], g.ids[c]]).toEqual(['area:x', 'area:x-2', 'area:x-3']);
    expect(g.indexOf('area:x')).toBe(a);
    expect(g.indexOf('area:x-2')).toBe(b);
    expect(() => g.addNode('area:x', node('d'))).toThrow(/already exists/);
  });

  it('keeps neighbours in insertion order and finds edges beyond the scanned few', () => {
    const g = new IndexedGraph();
    const hub = g.addNode('hub', node('hub'));
    const leaves = Array.from({ length: 30 }, (_, i) => g.addNode(`leaf${i}`, node(`leaf${i}`)));
    for (const leaf of [...leaves].reverse()) g.addEdge(hub, leaf, { kind: 'contains' });
    expect(g.outNeighbors('hub')).toEqual([...leaves].reverse().map((l) => g.ids[l]));
    expect(g.inNeighbors('leaf3')).toEqual(['hub']);
    expect(g.inDegree(leaves[3]!)).toBe(1);
    for (const leaf of leaves) expect(g.edgeTarget[g.edgeBetween(hub, leaf)!]).toBe(leaf);
    expect(g.edgeBetween(leaves[0]!, hub)).toBeUndefined();
    expect(() => g.addEdge(hub, leaves[5]!, { kind: 'contains' })).toThrow(/duplicate/);
    const graph = g.toGraphology();
    expect(graph.outNeighbors('hub')).toEqual(g.outNeighbors('hub'));
    expect(graph.getEdgeAttributes('hub->leaf0')).toEqual({ kind: 'contains', sources: [] });
  });
});
