import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_VIEW_STATE, MAX_SELECTED, VIEWS, decodeViewState, encodeViewState, sameQuery, unknownIds, viewQuery, type ViewState } from '../../../src/lib/view/url-state';
import { MEASURES } from '../../../src/lib/view/measure';
import { LOAD_LEVELS, NODE_KINDS } from '../../../src/lib/types';
import { mini } from './payloads';

const index = mini();
const ids = { has: (id: string) => index.has(id), kindOf: (id: string) => index.node(id)?.kind };
const areaIds = index.byKind('area').map((n) => n.id);
const orgIds = index.byKind('organism').map((n) => n.id);
const allIds = index.payload.nodes.map((n) => n.id);

const stateArb: fc.Arbitrary<ViewState> = fc.record({
  view: fc.constantFrom(...VIEWS),
  orientation: fc.constantFrom('lr' as const, 'tb' as const),
  filters: fc.record({
    hiddenAreas: fc.uniqueArray(fc.constantFrom(...areaIds)),
    hiddenKinds: fc.uniqueArray(fc.constantFrom(...NODE_KINDS)),
    organisms: fc.uniqueArray(fc.constantFrom(...orgIds)),
    minMeasure: fc.oneof(fc.constant(0), fc.double({ min: 0.001, max: 1000, noNaN: true })),
  }),
  selection: fc.option(fc.constantFrom(...allIds), { nil: null }),
  selected: fc.uniqueArray(fc.constantFrom(...allIds)),
  focus: fc.option(fc.record({ id: fc.constantFrom(...allIds), depth: fc.integer({ min: 0, max: 3 }) }), { nil: null }),
  measure: fc.constantFrom(...MEASURES),
  level: fc.constantFrom(...LOAD_LEVELS),
  lang: fc.constantFrom('it' as const, 'en' as const),
});

describe('url state', () => {
  it('round-trips every state through the query string', () => {
    fc.assert(
      fc.property(stateArb, (s) => {
        expect(decodeViewState(encodeViewState(s).toString(), ids)).toEqual(s);
      }),
    );
  });

  it('writes nothing for the default view', () => {
    expect(viewQuery(DEFAULT_VIEW_STATE)).toBe('');
    expect(decodeViewState('')).toEqual(DEFAULT_VIEW_STATE);
  });

  it('falls back to defaults on garbage and never throws', () => {
    const s = decodeViewState('view=<script>&orient=up&measure=x&level=7&min=-3&depth=99&lang=fr&node=nope&hide-kind=bogus&focus=%E0%A4%A', ids);
    expect(s).toEqual(DEFAULT_VIEW_STATE);
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (q) => {
        const d = decodeViewState(q, ids);
        expect(VIEWS).toContain(d.view);
        expect(d.filters.minMeasure).toBeGreaterThanOrEqual(0);
        if (d.selection) expect(index.has(d.selection)).toBe(true);
      }),
    );
  });

  it('drops ids of the wrong kind or unknown to the payload', () => {
    const q = new URLSearchParams();
    q.append('hide-area', orgIds[0]);
    q.append('hide-area', areaIds[0]);
    q.append('organism', areaIds[0]);
    q.set('node', 'organism:does-not-exist');
    const s = decodeViewState(q, ids);
    expect(s.filters.hiddenAreas).toEqual([areaIds[0]]);
    expect(s.filters.organisms).toEqual([]);
    expect(s.selection).toBeNull();
  });

  it('round-trips "only this organism" and "only this area"', () => {
    const only: ViewState = { ...DEFAULT_VIEW_STATE, filters: { ...DEFAULT_VIEW_STATE.filters, organisms: [orgIds[1]] } };
    expect(viewQuery(only)).toBe(`?organism=${encodeURIComponent(orgIds[1])}`);
    expect(decodeViewState(viewQuery(only), ids)).toEqual(only);
    const oneArea: ViewState = { ...DEFAULT_VIEW_STATE, filters: { ...DEFAULT_VIEW_STATE.filters, hiddenAreas: areaIds.slice(1) } };
    expect(new URLSearchParams(viewQuery(oneArea)).getAll('hide-area')).toEqual(areaIds.slice(1));
    expect(decodeViewState(viewQuery(oneArea), ids)).toEqual(oneArea);
  });

  it('lists the ids a link names that the payload lacks, once each', () => {
    const q = new URLSearchParams();
    q.set('node', 'organism:gone');
    q.append('sel', '');
    q.append('sel', 'organism:gone');
    q.append('sel', allIds[0]);
    q.append('sel', 'x:typo');
    q.set('focus', 'area:old');
    q.append('hide-area', areaIds[0]);
    // The wrong kind is dropped by decoding but is in the plan: not "unknown".
    q.append('organism', areaIds[0]);
    q.append('organism', 'organism:nope');
    q.set('view', 'radial');
    expect(unknownIds(q, ids)).toEqual(['organism:gone', 'x:typo', 'area:old', 'organism:nope']);
    expect(unknownIds(q.toString(), ids)).toEqual(['organism:gone', 'x:typo', 'area:old', 'organism:nope']);
    expect(unknownIds(viewQuery({ ...DEFAULT_VIEW_STATE, selection: allIds[0], selected: [allIds[0], allIds[1]] }), ids)).toEqual([]);
    // Whatever the query, every id it reports is one decoding drops.
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('node', 'sel', 'focus', 'hide-area', 'organism'), fc.oneof(fc.constantFrom(...allIds), fc.string({ maxLength: 12 })))), (pairs) => {
        const p = new URLSearchParams(pairs);
        for (const id of unknownIds(p, ids)) expect(index.has(id)).toBe(false);
      }),
    );
  });

  describe('the selection set', () => {
    const [a, b, c] = allIds;
    const state = (selection: string | null, selected: string[]): ViewState => ({ ...DEFAULT_VIEW_STATE, selection, selected });

    it('writes `sel` only when the set is more than the primary node', () => {
      expect(viewQuery(state(a, [a]))).toBe(`?node=${encodeURIComponent(a)}`);
      const q = new URLSearchParams(viewQuery(state(b, [a, c, b])));
      expect(q.get('node')).toBe(b);
      expect(q.getAll('sel')).toEqual([a, c, b]);
      expect(decodeViewState(q, ids)).toEqual(state(b, [a, c, b]));
    });

    it('keeps an empty set beside a primary node, and a set without one', () => {
      expect(new URLSearchParams(viewQuery(state(a, []))).getAll('sel')).toEqual(['']);
      expect(decodeViewState(viewQuery(state(a, [])), ids)).toEqual(state(a, []));
      expect(decodeViewState(viewQuery(state(null, [b, c])), ids)).toEqual(state(null, [b, c]));
    });

    it('a link with only `node` selects that node alone', () => {
      expect(decodeViewState(`node=${encodeURIComponent(c)}`, ids)).toEqual(state(c, [c]));
    });

    it('drops unknown, repeated, overlong and empty ids, keeping the order of the rest', () => {
      const q = new URLSearchParams();
      for (const v of [b, 'organism:nope', '', a, b, 'x'.repeat(400), '<img src=x onerror=alert(1)>', a]) q.append('sel', v);
      q.set('node', a);
      expect(decodeViewState(q, ids)).toEqual(state(a, [b, a]));
    });

    it('ignores a flood of `sel` past the cap, and never throws', () => {
      const many = new URLSearchParams();
      for (let i = 0; i < MAX_SELECTED * 3; i++) many.append('sel', `n${i}`);
      expect(decodeViewState(many).selected).toHaveLength(MAX_SELECTED);
      fc.assert(
        fc.property(fc.array(fc.oneof(fc.constantFrom(...allIds), fc.string({ maxLength: 20 })), { maxLength: 30 }), (vals) => {
          const q = new URLSearchParams();
          for (const v of vals) q.append('sel', v);
          const d = decodeViewState(q, ids);
          expect(new Set(d.selected).size).toBe(d.selected.length);
          for (const id of d.selected) expect(index.has(id)).toBe(true);
        }),
      );
    });
  });

  it('compares queries regardless of parameter order', () => {
    expect(sameQuery('?a=1&b=2', 'b=2&a=1')).toBe(true);
    expect(sameQuery('?a=1', '?a=2')).toBe(false);
  });
});
