/**
 * Presenter steps at projector size: for every step of the automatic tour (real seed through
 * the pipeline, the mini fixture, a synthetic plan, hostile labels), laid out for a
 * 1920×1080 projector, the lit nodes' labels — drawn at the projector font size, i.e.
 * fontPx / zoom model units at the step's zoom — never overlap each other nor another lit
 * node, whatever size the measure gives the nodes, and every lit node is on screen.
 * Boxes are computed here from Cytoscape's placement rules (label-right: text-margin-x 6,
 * bottom: text-margin-y 4), not taken from the layout's own bookkeeping.
 */
import { describe, expect, it } from 'vitest';
import { PlanIndex } from '../../../../src/lib/model/plan-index';
import { buildAutoTour } from '../../../../src/lib/tour/auto-tour';
import { MIN_LABEL_PX, PRESENTER_TOOLBAR_PX, projectorFontSize } from '../../../../src/lib/tour/projector-style';
import type { TourStep } from '../../../../src/lib/tour/types';
import { planElements, organismElements, type ElementSet } from '../../../../src/lib/view/elements';
import { visibleNodeIds } from '../../../../src/lib/view/filters';
import { focusedIds } from '../../../../src/lib/view/focus';
import { overlaps, type Box } from '../../../../src/lib/view/layouts/geometry';
import { projectorLabelBox } from '../../../../src/lib/view/layouts/projector-labels';
import { stageElements, stageLayout, type Stage } from '../../../../src/lib/view/layouts/stage';
import { MAX_NODE_SIZE, MIN_NODE_SIZE } from '../../../../src/lib/view/sizing';
import { hostile, miniPayload, seedPayload } from '../../tour/helpers';
import { syntheticPayload } from '../payloads';

/** What a step may use at 1920×1080: above the caption band, below the button bar (presentingScreen). */
const PROJECTOR = { width: 1920, height: Math.round(1080 * 0.76) - PRESENTER_TOOLBAR_PX };
const FONT = projectorFontSize(1, 1080);

/** What the explorer draws for a step's state (explorer.svelte.ts: filters, focus, view). */
function drawn(index: PlanIndex, step: TourStep): ElementSet {
  const { filters, focus, view } = step.state;
  const visible = focusedIds(index, focus, visibleNodeIds(index, filters, 'load', 'management_objective'));
  const options = { bridgeKinds: new Set(filters.hiddenKinds) };
  return view === 'organisms' ? organismElements(index, visible, options) : planElements(index, visible, options);
}

function stageFor(index: PlanIndex, step: TourStep, screen = PROJECTOR, orientation: 'lr' | 'tb' = 'lr') {
  const elements = drawn(index, step);
  const view = step.state.view === 'organisms' ? 'organisms' : 'hierarchy';
  const lit = new Set(step.light.length ? step.light : elements.nodes.map((n) => n.data.id));
  return { elements, lit, stage: stageLayout(index, elements, { view, lit: new Set(step.light), screen, fontPx: FONT, orientation })! };
}

/** Node and label boxes (model units) as Cytoscape places them, for a node drawn `size` wide. */
function boxes(stage: Stage, id: string, size: number): { node: Box; label: Box | null } {
  const p = stage.positions.get(id)!;
  const h = size / 2;
  const node = { x1: p.x - h, x2: p.x + h, y1: p.y - h, y2: p.y + h };
  const text = stage.labels.get(id) ?? '';
  if (!text) return { node, label: null };
  const b = projectorLabelBox(text, FONT);
  const w = b.w / stage.zoom;
  const lh = b.h / stage.zoom;
  const label =
    stage.labelSide === 'right'
      ? { x1: p.x + h + 6, x2: p.x + h + 6 + w, y1: p.y - lh / 2, y2: p.y + lh / 2 }
      : { x1: p.x - w / 2, x2: p.x + w / 2, y1: p.y + h + 4, y2: p.y + h + 4 + lh };
  return { node, label };
}

function clashes(stage: Stage, lit: Set<string>, size: number): string[] {
  const ids = [...lit].filter((id) => stage.positions.has(id));
  const all = ids.map((id) => ({ id, ...boxes(stage, id, size) }));
  const out: string[] = [];
  for (let i = 0; i < all.length; i++) {
    for (let j = 0; j < all.length; j++) {
      if (i === j) continue;
      const a = all[i];
      const b = all[j];
      if (a.label && b.label && j > i && overlaps(a.label, b.label)) out.push(`label ${a.id} × label ${b.id}`);
      if (a.label && overlaps(a.label, b.node)) out.push(`label ${a.id} × node ${b.id}`);
      if (j > i && overlaps(a.node, b.node)) out.push(`node ${a.id} × node ${b.id}`);
    }
  }
  return out;
}

/** The lit nodes and their labels lie on the screen the camera shows. */
function offScreen(stage: Stage, lit: Set<string>, screen: { width: number; height: number }): string[] {
  const half = { w: screen.width / 2 / stage.zoom, h: screen.height / 2 / stage.zoom };
  const view = { x1: stage.centre.x - half.w, x2: stage.centre.x + half.w, y1: stage.centre.y - half.h, y2: stage.centre.y + half.h };
  const out: string[] = [];
  for (const id of lit) {
    const { node, label } = boxes(stage, id, MAX_NODE_SIZE);
    for (const b of [node, label]) {
      if (b && (b.x1 < view.x1 - 0.5 || b.x2 > view.x2 + 0.5 || b.y1 < view.y1 - 0.5 || b.y2 > view.y2 + 0.5)) out.push(id);
    }
  }
  return out;
}

const tours = () => [
  { name: 'the seed document', index: new PlanIndex(seedPayload()) },
  { name: 'the mini fixture', index: new PlanIndex(miniPayload()) },
  { name: 'a synthetic plan (~300 nodes)', index: new PlanIndex(syntheticPayload({ areas: 4, fanout: 3, organisms: 12, seed: 5, twoParents: 8 })) },
  { name: 'the seed with hostile, 5000-character labels', index: new PlanIndex(hostile(seedPayload())) },
];

describe('presenter stage at projector size (1920×1080)', () => {
  for (const { name, index } of tours()) {
    it(`lays out every step of ${name}'s automatic tour with disjoint lit labels, all on screen`, () => {
      const steps = buildAutoTour(index, 'en');
      expect(FONT).toBeGreaterThanOrEqual(MIN_LABEL_PX);
      for (const step of steps) {
        const { elements, lit, stage } = stageFor(index, step);
        // Every node is placed but the dimmed ones on a level the step lights, which are left out.
        const litKinds = new Set([...lit].map((id) => index.node(id)!.kind));
        const left = elements.nodes.filter((el) => !lit.has(el.data.id) && litKinds.has(el.data.kind)).map((el) => el.data.id);
        expect([...stage.hidden].sort(), step.id).toEqual(left.sort());
        expect(stage.positions.size, step.id).toBe(elements.nodes.length - left.length);
        expect(stage.fits, step.id).toBe(true);
        for (const size of [MIN_NODE_SIZE, MAX_NODE_SIZE]) expect(clashes(stage, lit, size), `${step.id} at node size ${size}`).toEqual([]);
        expect(offScreen(stage, lit, PROJECTOR), step.id).toEqual([]);
        // A readable picture, not an empty one: the ambiti and the organisms lit keep their names.
        for (const id of lit) {
          const kind = index.node(id)!.kind;
          // (the opening lights nothing: the whole plan, where the ambiti at least keep theirs)
          const named = step.light.length ? kind === 'area' || kind === 'organism' : kind === 'area';
          if (named) expect(stage.labels.get(id), `${step.id}: ${id}`).not.toBe('');
        }
        // Nodes not lit are drawn dimmed and silent.
        for (const el of elements.nodes) if (!lit.has(el.data.id) && !stage.hidden.has(el.data.id)) expect(stage.labels.get(el.data.id)).toBe('');
      }
    });
  }

  for (const { name, index } of tours()) {
    it(`keeps the dimmed context of ${name}'s steps off the lit labels, and on screen`, () => {
      for (const step of buildAutoTour(index, 'en')) {
        const { elements, lit, stage } = stageFor(index, step);
        const labels = [...lit].map((id) => ({ id, box: boxes(stage, id, MAX_NODE_SIZE).label })).filter((l) => l.box);
        const dimmed = elements.nodes.filter((el) => !lit.has(el.data.id) && !stage.hidden.has(el.data.id));
        const half = { w: PROJECTOR.width / 2 / stage.zoom, h: PROJECTOR.height / 2 / stage.zoom };
        for (const el of dimmed) {
          const { node } = boxes(stage, el.data.id, MAX_NODE_SIZE);
          for (const l of labels) expect(overlaps(node, l.box!), `${step.id}: ${el.data.id} × label ${l.id}`).toBe(false);
          // Squeezed along the screen, where the lit frame is; across, it may run beyond (levels below the lit ones).
          const p = stage.positions.get(el.data.id)!;
          const along = stage.orientation === 'lr' ? Math.abs(p.y - stage.centre.y) <= half.h + 0.5 : Math.abs(p.x - stage.centre.x) <= half.w + 0.5;
          expect(along, `${step.id}: ${el.data.id} along the screen`).toBe(true);
        }
      }
    });
  }

  it('tells apart lit labels that the wrap would make identical', () => {
    const index = new PlanIndex(seedPayload());
    const area = buildAutoTour(index, 'en').find((s) => s.kind === 'area' && s.light.some((id) => index.node(id)!.label.startsWith('Verde pubblico: Miglioramento')))!;
    expect(area).toBeDefined();
    for (const screen of [PROJECTOR, { width: 1280, height: 547 }]) {
      const { lit, stage } = stageFor(index, area, screen, 'tb');
      const shown = [...lit].filter((id) => stage.labels.get(id));
      const byLabel = new Map<string, Set<string>>();
      for (const id of shown) byLabel.set(stage.labels.get(id)!, (byLabel.get(stage.labels.get(id)!) ?? new Set()).add(index.node(id)!.label));
      for (const [label, texts] of byLabel) expect(texts.size, `${screen.width}: "${label}" stands for ${[...texts].join(' | ')}`).toBe(1);
      expect(clashes(stage, lit, MAX_NODE_SIZE)).toEqual([]);
    }
  });

  it('labels every lit node of the seed’s ambito and organism steps when they fit, and is deterministic', () => {
    const index = new PlanIndex(seedPayload());
    const steps = buildAutoTour(index, 'en');
    const small = steps.filter((s) => s.kind === 'area' && s.light.length <= 10);
    expect(small.length).toBeGreaterThan(0);
    for (const step of small) {
      const { lit, stage } = stageFor(index, step);
      for (const id of lit) expect(stage.labels.get(id), id).not.toBe('');
    }
    const again = stageFor(index, steps[2]).stage;
    const first = stageFor(index, steps[2]).stage;
    expect([...again.positions]).toEqual([...first.positions]);
    expect(again.zoom).toBe(first.zoom);
  });

  it('fits a smaller screen (1280×720) and a portrait one without overlaps', () => {
    const index = new PlanIndex(seedPayload());
    for (const screen of [{ width: 1280, height: 547 }, { width: 800, height: 1000 }]) {
      for (const step of buildAutoTour(index, 'en')) {
        const { lit, stage } = stageFor(index, step, screen);
        expect(clashes(stage, lit, MAX_NODE_SIZE), `${step.id} on ${screen.width}×${screen.height}`).toEqual([]);
        expect(offScreen(stage, lit, screen), step.id).toEqual([]);
      }
    }
  });

  it('a step lighting thousands of nodes drops labels from the lowest levels up, never overlapping', () => {
    const index = new PlanIndex(syntheticPayload({ areas: 6, fanout: 4, organisms: 40, seed: 11, twoParents: 30 }));
    const all = index.payload.nodes.map((n) => n.id);
    const step: TourStep = { ...buildAutoTour(index, 'en')[0], light: all, fit: all };
    const { lit, stage } = stageFor(index, step);
    expect(clashes(stage, lit, MAX_NODE_SIZE)).toEqual([]);
    const labelled = (kind: string) => index.payload.nodes.filter((n) => n.kind === kind && stage.labels.get(n.id)).length;
    expect(labelled('action')).toBe(0);
    expect(labelled('area')).toBe(index.byKind('area').length);
  });

  it('draws the explorer’s elements with the stage’s labels, less the ones it leaves out, leaving the rest as it was', () => {
    const index = new PlanIndex(miniPayload());
    const step = buildAutoTour(index, 'en')[1];
    const { elements, stage } = stageFor(index, step);
    expect(stage.hidden.size).toBeGreaterThan(0); // an ambito: the other ambiti's branches
    const out = stageElements(elements, stage);
    const kept = elements.nodes.filter((n) => !stage.hidden.has(n.data.id));
    expect(out.edges).toEqual(elements.edges.filter((e) => !stage.hidden.has(e.data.source) && !stage.hidden.has(e.data.target)));
    expect(out.nodes.map((n) => n.data.id)).toEqual(kept.map((n) => n.data.id));
    for (const id of stage.hidden) expect(out.up.has(id) || [...out.down.values()].some((ids) => ids.includes(id))).toBe(false);
    out.nodes.forEach((n, i) => {
      expect(n.data.label).toBe(stage.labels.get(n.data.id));
      expect({ ...n.data, label: '' }).toEqual({ ...kept[i].data, label: '' });
    });
    // Nothing lit: the whole plan, nothing left out.
    const opening = stageFor(index, buildAutoTour(index, 'en')[0]);
    expect(opening.stage.hidden.size).toBe(0);
    expect(stageElements(opening.elements, opening.stage).edges).toEqual(opening.elements.edges);
    expect(elements.nodes.some((n) => n.data.label !== '')).toBe(true); // the explorer's own are untouched
  });

  it('has nothing to lay out for an empty view', () => {
    const index = new PlanIndex(miniPayload());
    expect(stageLayout(index, { nodes: [], edges: [], up: new Map(), down: new Map() }, { view: 'hierarchy', lit: new Set(), screen: PROJECTOR, fontPx: FONT, orientation: 'lr' })).toBeNull();
  });
});
