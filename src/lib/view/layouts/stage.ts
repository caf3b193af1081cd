/**
 * Presenter mode's layout of one step, for a given screen: positions, the label each
 * node shows, and the camera (zoom, centre) that frames the step's lit nodes. Labels keep
 * a fixed size on screen while presenting, so the explorer's layout (spaced for small
 * labels at zoom 1) made them overlap once the camera fitted a step. Here the spacing is
 * computed for the projector size at the zoom the step is shown at, and the largest zoom
 * whose frame fits the screen is chosen. When even the smallest zoom cannot hold every
 * lit label, labels are wrapped shorter, then the other orientation is tried, then the
 * lowest levels (actions first) lose their labels: a label shown is a label readable.
 */
import type { PlanIndex } from '../../model/plan-index';
import type { ElementSet } from '../elements';
import { MAX_NODE_SIZE } from '../sizing';
import type { PresetLayout, Point } from './geometry';
import type { Orientation } from './hierarchy';
import { LABEL_PRIORITY, PROJECTOR_WRAPS, distinctProjectorLabels, projectorLabelBox, type ProjectorWrap } from './projector-labels';
import { stageHierarchy, type StagePlacement } from './stage-hierarchy';
import { stageRing } from './stage-ring';

export interface StageOptions {
  view: 'hierarchy' | 'organisms';
  /** The step's lit nodes; empty = nothing dimmed (every drawn node counts as lit). */
  lit: ReadonlySet<string>;
  /** The canvas while presenting, CSS px. */
  screen: { width: number; height: number };
  /** Label size on screen (projectorFontSize at zoom 1). */
  fontPx: number;
  /** Tried first in the hierarchy. */
  orientation: Orientation;
  /** Screen px kept free around the frame. */
  padding?: number;
  nodeSize?: number;
  /** Zooms the camera may use: nodes neither tiny nor huge on screen. */
  zoomRange?: [number, number];
}

export interface Stage extends PresetLayout {
  /** What each drawn node shows as its label while presenting ('' = none). */
  labels: Map<string, string>;
  orientation: Orientation;
  zoom: number;
  /** Model point at the centre of the screen. */
  centre: Point;
  /** False when nothing fitted and the last resort (no labels) was used. */
  fits: boolean;
  /** Nodes the step does not draw at all (see stageContext); their edges go with them. */
  hidden: ReadonlySet<string>;
}

/** zoomRange: preferred; zoomFloor: the smallest zoom a big step may use (the canvas's minZoom is 0.05). */
export const STAGE_DEFAULTS = { padding: 40, zoomRange: [0.3, 1.6] as [number, number], zoomFloor: 0.05 };

interface Candidate {
  wrap: ProjectorWrap;
  labelled: Set<string>;
}

function* candidates(elements: ElementSet, lit: ReadonlySet<string>): Generator<Candidate> {
  const kinds = [...LABEL_PRIORITY];
  for (let keep = kinds.length; keep > 0; keep--) {
    const allowed = new Set(kinds.slice(0, keep));
    const labelled = new Set(elements.nodes.filter((el) => lit.has(el.data.id) && allowed.has(el.data.kind)).map((el) => el.data.id));
    if (keep < kinds.length && labelled.size === 0) continue;
    for (const wrap of PROJECTOR_WRAPS) yield { wrap, labelled };
  }
}

/**
 * The dimmed nodes a step leaves out: those on a level (kind) it lights. The stage packs a
 * level's lit nodes into one block and the dimmed rest beside it, so the edges from the
 * rest (other ambiti's actions to the organisms they share with this one, say) ran
 * across the lit labels; and off the lit block they were mostly off the screen anyway.
 * A presenter showing one ambito wants that ambito, whole and legible: the caption says
 * where it sits. Levels the step lights nothing on stay, dimmed, as the plan between
 * (a closing step's objectives between its ambiti and organisms): they get a band of
 * their own, so they cross no lit label.
 */
export function stageContext(elements: ElementSet, lit: ReadonlySet<string>): Set<string> {
  const litKinds = new Set(elements.nodes.filter((el) => lit.has(el.data.id)).map((el) => el.data.kind));
  return new Set(elements.nodes.filter((el) => !lit.has(el.data.id) && litKinds.has(el.data.kind)).map((el) => el.data.id));
}

/** The element set without `hidden` nodes, their edges and their adjacency. */
function without(elements: ElementSet, hidden: ReadonlySet<string>): ElementSet {
  if (!hidden.size) return elements;
  const keep = (ids: string[]) => ids.filter((id) => !hidden.has(id));
  const adjacency = (m: Map<string, string[]>) => new Map([...m].filter(([id]) => !hidden.has(id)).map(([id, ids]) => [id, keep(ids)]));
  return {
    nodes: elements.nodes.filter((el) => !hidden.has(el.data.id)),
    edges: elements.edges.filter((el) => !hidden.has(el.data.source) && !hidden.has(el.data.target)),
    up: adjacency(elements.up),
    down: adjacency(elements.down),
  };
}

export function stageLayout(index: PlanIndex, all: ElementSet, options: StageOptions): Stage | null {
  const hidden = options.lit.size ? stageContext(all, options.lit) : new Set<string>();
  const elements = without(all, hidden);
  if (elements.nodes.length === 0) return null;
  const padding = options.padding ?? STAGE_DEFAULTS.padding;
  const [zMin, zMax] = options.zoomRange ?? STAGE_DEFAULTS.zoomRange;
  const zFloor = Math.min(zMin, STAGE_DEFAULTS.zoomFloor);
  const nodeSize = options.nodeSize ?? MAX_NODE_SIZE;
  const avail = { w: Math.max(1, options.screen.width - 2 * padding), h: Math.max(1, options.screen.height - 2 * padding) };
  const lit = options.lit.size ? options.lit : new Set(elements.nodes.map((el) => el.data.id));
  const full = new Map(elements.nodes.map((el) => [el.data.id, el.data.full]));
  const orientations: Orientation[] = options.view === 'organisms' ? ['tb'] : [options.orientation, options.orientation === 'lr' ? 'tb' : 'lr'];

  const place = (texts: Map<string, string>, o: Orientation, zoom: number): StagePlacement => {
    const labels = new Map([...texts].filter(([, t]) => t).map(([id, t]) => [id, projectorLabelBox(t, options.fontPx)]));
    return options.view === 'organisms'
      ? stageRing({ index, elements, lit, labels, zoom, nodeSize, aspect: avail.h / avail.w })
      : stageHierarchy({ index, elements, lit, labels, orientation: o, zoom, nodeSize, maxAlong: (o === 'lr' ? avail.h : avail.w) / zoom });
  };
  const fitsAt = (p: StagePlacement, zoom: number) => (p.frame.x2 - p.frame.x1) * zoom <= avail.w && (p.frame.y2 - p.frame.y1) * zoom <= avail.h;
  const finish = (texts: Map<string, string>, o: Orientation, zoom: number, fits: boolean): Stage => {
    const p = place(texts, o, zoom);
    const centre = { x: (p.frame.x1 + p.frame.x2) / 2, y: (p.frame.y1 + p.frame.y2) / 2 };
    return { positions: p.positions, labelSide: o === 'lr' && options.view === 'hierarchy' ? 'right' : 'bottom', labels: texts, orientation: o, zoom, centre, fits, hidden };
  };
  /** Largest zoom in [lo, hi] at which the frame fits, or null. Frames grow with the zoom (node slots do). */
  const bestZoom = (texts: Map<string, string>, o: Orientation, lo: number, hi: number): number | null => {
    if (!fitsAt(place(texts, o, lo), lo)) return null;
    if (fitsAt(place(texts, o, hi), hi)) return hi;
    for (let i = 0; i < 10; i++) {
      const mid = (lo + hi) / 2;
      if (fitsAt(place(texts, o, mid), mid)) lo = mid;
      else hi = mid;
    }
    return lo;
  };

  // First at zooms where nodes stay comfortably visible, then (big steps) at any zoom:
  // a dot with a readable name beats a big dot with none.
  for (const lo of [zMin, zFloor]) {
    for (const { wrap, labelled } of candidates(elements, lit)) {
      const texts = distinctProjectorLabels(new Map(elements.nodes.map((el) => [el.data.id, labelled.has(el.data.id) ? full.get(el.data.id)! : ''])), wrap);
      // Cheap refusal first: the labels alone must not need more than the screen's area.
      let area = 0;
      for (const t of texts.values()) {
        const b = projectorLabelBox(t, options.fontPx);
        area += b.w * b.h;
      }
      if (area > avail.w * avail.h) continue;
      for (const o of orientations) {
        const zoom = bestZoom(texts, o, lo, zMax);
        if (zoom !== null) return finish(texts, o, zoom, true);
      }
    }
  }
  // Last resort (tens of thousands of lit nodes): no labels, as close as the screen allows.
  const none = new Map(elements.nodes.map((el) => [el.data.id, '']));
  const o = orientations[0];
  return finish(none, o, bestZoom(none, o, zFloor / 100, zMax) ?? zFloor / 100, false);
}

/** The elements as the stage draws them: its nodes and their edges, projector labels. */
export function stageElements(elements: ElementSet, stage: Pick<Stage, 'labels' | 'hidden'>): ElementSet {
  const shown = without(elements, stage.hidden);
  return {
    ...shown,
    nodes: shown.nodes.map((el) => ({ ...el, data: { ...el.data, label: stage.labels.get(el.data.id) ?? '' } })),
  };
}
