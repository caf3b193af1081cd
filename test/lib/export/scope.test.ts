import { describe, expect, it } from 'vitest';
import { ExportError } from '../../../src/lib/export/errors';
import { focusIds, litScope, nodeToken, parseKinds, queryScope, scopeOf } from '../../../src/lib/export/scope';
import { indexOf, miniPayload } from './helpers';

const index = indexOf(miniPayload());
const organism = index.byKind('organism')[0].id;

describe('scopes', () => {
  it('keeps payload order and exactly the edges with both ends inside', () => {
    const ids = new Set([organism, ...index.parents(organism)]);
    const s = scopeOf(index, ids, 'selection');
    expect(s.nodes.map((n) => n.id).sort()).toEqual([...ids].sort());
    expect(s.edges.length).toBe(index.parents(organism).length);
    for (const e of s.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
  });

  it('ignores unknown ids in a stale selection', () => {
    expect(scopeOf(index, ['nope', organism], 'selection').nodes.map((n) => n.id)).toEqual([organism]);
  });

  it('focus without depth is the chain; with depth the neighbourhood', () => {
    expect(focusIds(index, organism)).toEqual(index.chain(organism).nodes);
    expect(focusIds(index, organism, 1)).toEqual(new Set([organism, ...index.parents(organism)]));
    expect(focusIds(index, organism, 0)).toEqual(new Set([organism]));
  });

  it('the lit scope: a Focus shows what it shows; without one, the selection\'s chain as drawn', () => {
    const all = new Set(index.payload.nodes.map((n) => n.id));
    const chain = index.chain(organism).nodes;
    expect(chain.size).toBeGreaterThan(1);
    // Selected, no Focus: the chain the canvas lights is a scope, centred on the selection.
    expect(litScope(index, { focus: null, selection: organism, shown: all })).toEqual({ ids: chain, centre: organism });
    // Filters hide part of the chain: only what is drawn is lit.
    const hidden = [...chain].find((id) => id !== organism)!;
    const shown = new Set([...all].filter((id) => id !== hidden));
    expect(litScope(index, { focus: null, selection: organism, shown })!.ids).toEqual(new Set([...chain].filter((id) => id !== hidden)));
    // A Focus wins: its scope is what it shows, centred on its node.
    const area = index.byKind('area')[0].id;
    const focused = new Set([area]);
    expect(litScope(index, { focus: { id: area }, selection: organism, shown: focused })).toEqual({ ids: focused, centre: area });
    // Nothing lit: no selection, a stale one, or one the filters hide.
    expect(litScope(index, { focus: null, selection: null, shown: all })).toBeNull();
    expect(litScope(index, { focus: null, selection: 'organism:nobody', shown: all })).toBeNull();
    expect(litScope(index, { focus: null, selection: organism, shown: new Set([...all].filter((id) => id !== organism)) })).toBeNull();
  });

  it('rejects an unknown node, a bad depth and an unknown kind with typed errors', () => {
    expect(() => focusIds(index, 'organism:nobody')).toThrow(ExportError);
    try {
      focusIds(index, 'organism:nobody');
    } catch (e) {
      expect((e as ExportError).code).toBe('unknown-node');
      expect((e as Error).message).toContain('organism:nobody');
    }
    expect(() => focusIds(index, organism, -1)).toThrow(/depth/);
    expect(() => parseKinds(['organism', 'planet'])).toThrow(/unknown kind "planet"/);
    expect(() => queryScope(index, { depth: 2 })).toThrow(/--focus/);
  });

  it('CLI query: focus then kinds, with a token for file names', () => {
    const s = queryScope(index, { focus: organism, depth: 2, kinds: ['action,organism'] });
    expect(s.nodes.every((n) => n.kind === 'action' || n.kind === 'organism')).toBe(true);
    expect(s.nodes.some((n) => n.id === organism)).toBe(true);
    expect(s.token).toMatch(/^focus-[a-z0-9-]+-d2-action\+organism$/);
    expect(queryScope(index, {}).nodes.length).toBe(index.payload.nodes.length);
  });

  it('node tokens are ASCII and short', () => {
    expect(nodeToken('area:città-del-futuro')).toBe('citta-del-futuro');
    expect(nodeToken('x:' + 'a'.repeat(100))).toHaveLength(40);
    expect(nodeToken('???')).toBe('node');
  });
});
