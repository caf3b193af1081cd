import { describe, expect, it } from 'vitest';
import { buildAutoTour } from '../../../src/lib/tour/auto-tour';
import { leadingOrganisms, median } from '../../../src/lib/tour/leading';
import { formatNumber, translate, type Lang } from '../../../src/lib/i18n';
import { NODE_KINDS, type Payload } from '../../../src/lib/types';
import type { PlanIndex } from '../../../src/lib/model/plan-index';
import { HOSTILE, hostile, index, miniPayload, seedPayload } from './helpers';

/** What the tour should say, computed here from the payload directly (not through the builder's helpers). */
function expectations(ix: PlanIndex) {
  const organisms = ix.payload.nodes.filter((n) => n.kind === 'organism');
  const loads = organisms.map((o) => o.load!.management_objective).sort((a, b) => a - b);
  const m = loads.length % 2 ? loads[(loads.length - 1) / 2] : (loads[loads.length / 2 - 1] + loads[loads.length / 2]) / 2;
  const above = organisms.filter((o) => o.load!.management_objective > m).sort((a, b) => a.load!.rank - b.load!.rank);
  return { organisms, leading: (above.length ? above : [organisms.sort((a, b) => a.load!.rank - b.load!.rank)[0]]).slice(0, 5) };
}

function checkTour(payload: Payload, lang: Lang) {
  const ix = index(payload);
  const steps = buildAutoTour(ix, lang);
  const areas = payload.nodes.filter((n) => n.kind === 'area');
  const { leading } = expectations(ix);

  // opening, areas, ranking, leading organisms, closing — in that order
  expect(steps.map((s) => s.kind)).toEqual(['opening', ...areas.map(() => 'area'), 'ranking', ...leading.map(() => 'organism'), 'closing']);
  expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length);

  const [opening] = steps;
  expect(opening.title).toBe(payload.meta.title);
  if (payload.meta.edition) expect(opening.caption).toContain(payload.meta.edition);
  for (const k of NODE_KINDS) {
    const n = payload.nodes.filter((x) => x.kind === k).length;
    expect(opening.caption).toContain(`${formatNumber(lang, n)} ${translate(lang, n === 1 ? (`presenter.one.${k}` as never) : (`kinds.${k}` as never))}`);
  }

  areas.forEach((area, i) => {
    const s = steps[1 + i];
    expect(s.title).toBe(area.label);
    expect(s.state.selection).toBe(area.id);
    // its subtree is lit: the area and everything reachable below it through the edges
    const below = new Set<string>([area.id]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const e of payload.edges) if (below.has(e.source) && !below.has(e.target)) (below.add(e.target), (grew = true));
    }
    expect(new Set(s.light)).toEqual(below);
    expect(new Set(s.fit)).toEqual(below);
    const strategic = payload.edges.filter((e) => e.source === area.id).map((e) => ix.node(e.target)!);
    for (const so of strategic.slice(0, 4)) expect(s.caption).toContain(so.label);
    expect(s.caption).toContain(`${strategic.length}`);
    const carriers = payload.nodes.filter((n) => n.kind === 'organism' && below.has(n.id));
    const shown = carriers.length > 4 ? carriers.sort((a, b) => a.load!.rank - b.load!.rank).slice(0, 4) : carriers;
    for (const o of shown) expect(s.caption).toContain(o.label);
    for (const o of carriers) expect(s.notes).toContain(o.label);
  });

  const ranking = steps.find((s) => s.kind === 'ranking')!;
  expect(ranking.state.view).toBe('organisms');
  const first = payload.nodes.find((n) => n.load?.rank === 1)!;
  expect(ranking.caption).toContain(`1. ${first.label}`);
  for (const o of payload.nodes.filter((n) => n.kind === 'organism')) expect(ranking.notes).toContain(o.label);
  // Ties share a rank, as in the ranking panel: "N." is 1 + how many carry more.
  const organisms = payload.nodes.filter((n) => n.kind === 'organism');
  for (const o of organisms) {
    const rank = 1 + organisms.filter((x) => x.load!.management_objective > o.load!.management_objective).length;
    expect(ranking.notes).toContain(`${rank}. ${o.label}:`);
  }

  leading.forEach((o, i) => {
    const s = steps[1 + areas.length + 1 + i];
    expect(s.title).toBe(o.label);
    expect(s.caption).toContain(formatNumber(lang, o.load!.management_objective));
    for (const a of o.areas.slice(0, 4)) expect(s.caption).toContain(ix.node(a)!.label);
    // its chain across the ambiti: itself and everything above it
    expect(new Set(s.light)).toEqual(new Set([o.id, ...ix.ancestors(o.id)]));
    for (const a of o.areas) expect(s.light).toContain(a);
  });

  const closing = steps.at(-1)!;
  expect(closing.caption).toContain(formatNumber(lang, payload.nodes.filter((n) => n.kind === 'management_objective').length));
  for (const s of steps) {
    expect(s.caption).not.toMatch(/\.\.$/);
    expect(s.caption.trim()).not.toBe('');
    for (const id of [...s.light, ...s.fit]) expect(ix.has(id)).toBe(true);
  }
  return steps;
}

describe('buildAutoTour', () => {
  for (const lang of ['it', 'en'] as const) {
    it(`tells the mini fixture's plan (${lang})`, () => {
      checkTour(miniPayload(), lang);
    });
    it(`tells the real seed document's plan (${lang})`, () => {
      const steps = checkTour(seedPayload(), lang);
      expect(steps.length).toBeGreaterThan(5);
    });
  }

  it('keeps hostile document text as literal text in titles and captions', () => {
    const p = hostile(seedPayload());
    const steps = checkTour(p, 'en');
    const all = steps.map((s) => `${s.title}\n${s.caption}\n${s.notes}`).join('\n');
    for (const h of HOSTILE) expect(all).toContain(h);
  });

  it('document text is never translated: the same names in both languages', () => {
    const ix = index(seedPayload());
    const it_ = buildAutoTour(ix, 'it');
    const en = buildAutoTour(ix, 'en');
    expect(it_.map((s) => s.kind === 'area' || s.kind === 'organism' ? s.title : '')).toEqual(en.map((s) => s.kind === 'area' || s.kind === 'organism' ? s.title : ''));
    expect(it_[it_.length - 1].title).not.toBe(en[en.length - 1].title);
  });

  it('with equal loads, the first by rank stands for the leading organisms', () => {
    const p = miniPayload();
    for (const n of p.nodes) if (n.load) n.load.management_objective = 2;
    const lead = leadingOrganisms(index(p));
    expect(lead.map((o) => o.load!.rank)).toEqual([1]);
  });

  it('caps the leading organisms and leaves out the ranking when there are no organisms', () => {
    const p = seedPayload();
    expect(leadingOrganisms(index(p), 2)).toHaveLength(2);
    const none = structuredClone(p);
    const orgs = new Set(none.nodes.filter((n) => n.kind === 'organism').map((n) => n.id));
    none.nodes = none.nodes.filter((n) => !orgs.has(n.id));
    none.edges = none.edges.filter((e) => !orgs.has(e.target));
    const steps = buildAutoTour(index(none), 'it');
    expect(steps.map((s) => s.kind)).not.toContain('ranking');
    expect(steps.map((s) => s.kind)).not.toContain('organism');
    expect(steps.filter((s) => s.kind === 'area').every((s) => s.caption.includes(translate('it', 'presenter.area.carriedByNone')))).toBe(true);
  });

  it('an empty plan still opens and closes', () => {
    const p = miniPayload();
    p.nodes = [];
    p.edges = [];
    expect(buildAutoTour(index(p), 'en').map((s) => s.kind)).toEqual(['opening', 'closing']);
  });

  it('median', () => {
    expect(median([])).toBe(0);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
});
