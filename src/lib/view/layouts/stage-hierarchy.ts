/**
 * The hierarchy as a presenter shows one step of it: the step's lit nodes form one
 * contiguous block per level, spaced by their projector label boxes, and the dimmed rest
 * (drawn without labels) continues beyond the block on the side its parents lie, so the
 * camera can frame the block alone. A block longer than the screen wraps into columns
 * of the same level side by side (ten organisms named at 26 px do not fit one column of
 * a projector). Lengths: screen boxes and gaps are divided by the
 * zoom the step will be shown at, so that at that zoom nothing lit overlaps on screen.
 */
import type { PlanIndex } from '../../model/plan-index';
import type { ElementSet, NodeElement } from '../elements';
import type { Box, Point } from './geometry';
import { groupByLevel, type Orientation } from './hierarchy';

export interface StageHierarchyInput {
  index: PlanIndex;
  elements: ElementSet;
  lit: ReadonlySet<string>;
  /** Screen boxes (px) of the labels drawn; nodes missing here are drawn without one. */
  labels: ReadonlyMap<string, { w: number; h: number }>;
  orientation: Orientation;
  zoom: number;
  /** Node slot, model units. */
  nodeSize: number;
  /** Room along a level on screen (model units): a longer lit block wraps into side-by-side columns. */
  maxAlong?: number;
}

/** Screen pixels between slots along a level, between levels, and from a node to its label (model). */
export const STAGE_GAP_PX = 14;
export const STAGE_LEVEL_GAP_PX = 40;
export const STAGE_LABEL_GAP = 6;
export const STAGE_TIGHT_GAP_PX = 4;

export interface StagePlacement {
  positions: Map<string, Point>;
  /** Model-space box around the lit nodes and their labels: what the camera frames. */
  frame: Box;
}

export function stageHierarchy(input: StageHierarchyInput): StagePlacement {
  const { index, elements, lit, labels, orientation: o, zoom: z, nodeSize: s } = input;
  const levelGap = STAGE_LEVEL_GAP_PX / z;
  // Named slots keep a visible gap; nameless ones (dimmed, or a big step's lower levels) pack tight.
  const gapOf = (id: string) => (labels.has(id) ? STAGE_GAP_PX : STAGE_TIGHT_GAP_PX) / z;
  const gapBetween = (a: NodeElement | undefined, b: NodeElement) => (a ? Math.max(gapOf(a.data.id), gapOf(b.data.id)) : 0);
  const gap = STAGE_TIGHT_GAP_PX / z;
  const runLength = (run: NodeElement[]) => run.reduce((t, el, i) => t + extent(el.data.id) + gapBetween(run[i - 1], el), 0);
  const docOrder = new Map(index.payload.nodes.map((n, i) => [n.id, i]));
  const positions = new Map<string, Point>();
  const frame: Box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  const along = (p: Point) => (o === 'lr' ? p.y : p.x);
  const box = (id: string) => {
    const b = labels.get(id);
    return b ? { w: b.w / z, h: b.h / z } : { w: 0, h: 0 };
  };
  const extent = (id: string) => {
    const { w, h } = box(id);
    return Math.max(s, o === 'lr' ? h : w);
  };
  let levelAt = 0;
  // Levels the step lights nothing on (the plan between a closing step's ambiti and organisms).
  const context: NodeElement[][] = [];
  for (const level of groupByLevel(elements.nodes)) {
    const key = new Map<string, number>();
    for (const el of level) {
      const ps = (elements.up.get(el.data.id) ?? []).map((p) => positions.get(p)).filter((p): p is Point => !!p);
      key.set(el.data.id, ps.length ? ps.reduce((t, p) => t + along(p), 0) / ps.length : Number.NaN);
    }
    const doc = (el: NodeElement) => docOrder.get(el.data.id) ?? 0;
    // Nodes without a placed parent keep document order, ahead of the rest.
    const k = (el: NodeElement) => (Number.isNaN(key.get(el.data.id)!) ? -1e15 : key.get(el.data.id)!);
    const byKey = (a: NodeElement, b: NodeElement) => k(a) - k(b) || doc(a) - doc(b);
    const on = level.filter((el) => lit.has(el.data.id)).sort(byKey);
    const off = level.filter((el) => !lit.has(el.data.id)).sort(byKey);
    if (!on.length) context.push(off);
    const chunks = wrapBlock(on, extent, gapBetween, input.maxAlong ?? Infinity);
    const depthOf = (els: NodeElement[]) => Math.max(s, ...els.map((el) => s + STAGE_LABEL_GAP + (o === 'lr' ? box(el.data.id).w : box(el.data.id).h)));
    let blockTotal = 0;
    chunks.forEach((chunk, c) => {
      if (c > 0) levelAt += depthOf(chunks[c - 1]) + Math.max(...chunks[c - 1].map((el) => gapOf(el.data.id))) * 2;
      const across = levelAt + s / 2;
      const total = runLength(chunk);
      if (c === 0) blockTotal = total;
      let at = -total / 2;
      chunk.forEach((el, i) => {
        const e = extent(el.data.id);
        at += gapBetween(chunk[i - 1], el);
        positions.set(el.data.id, o === 'lr' ? { x: across, y: at + e / 2 } : { x: at + e / 2, y: across });
        at += e;
        grow(frame, labelledBox(positions.get(el.data.id)!, s, box(el.data.id), o));
      });
    });
    const across = levelAt + s / 2;
    const place = (el: NodeElement, centre: number) => {
      positions.set(el.data.id, o === 'lr' ? { x: across, y: centre } : { x: centre, y: across });
    };
    // The dimmed rest continues outwards in the level's last column, each node on the side of its parents.
    let before = -blockTotal / 2 - gap;
    let after = blockTotal / 2 + gap;
    if (chunks.length > 1) {
      const total = runLength(chunks[chunks.length - 1]);
      before = -total / 2 - gap;
      after = total / 2 + gap;
    }
    const nan = (el: NodeElement) => Number.isNaN(key.get(el.data.id)!);
    for (const el of off.filter((x) => !nan(x) && key.get(x.data.id)! < 0).reverse()) {
      place(el, before - s / 2);
      before -= s + gap;
    }
    for (const el of off.filter((x) => nan(x) || key.get(x.data.id)! >= 0)) {
      place(el, after + s / 2);
      after += s + gap;
    }
    const depth = chunks.length ? depthOf(chunks[chunks.length - 1]) : s;
    levelAt += depth + levelGap;
  }
  squeezeContext(context, positions, o, frame, (input.maxAlong ?? Infinity) - s);
  return { positions, frame };
}

/**
 * A dimmed level longer than the screen is squeezed along, about the frame's centre, into
 * the length the camera shows (less a node, so the end ones stay whole): its nodes are nameless context, and at a closing step's
 * zoom dozens of objectives in a row ran off the screen, edges and all. They may touch
 * one another; they stay in their own band across, between the lit levels' labels.
 */
function squeezeContext(levels: NodeElement[][], positions: Map<string, Point>, o: Orientation, frame: Box, max: number): void {
  if (!Number.isFinite(max) || max <= 0 || !(frame.x1 <= frame.x2)) return;
  const centre = o === 'lr' ? (frame.y1 + frame.y2) / 2 : (frame.x1 + frame.x2) / 2;
  for (const level of levels) {
    const at = level.map((el) => positions.get(el.data.id)!).map((p) => (o === 'lr' ? p.y : p.x));
    const lo = Math.min(...at);
    const hi = Math.max(...at);
    if (!(hi - lo > max)) continue;
    level.forEach((el, i) => {
      const p = positions.get(el.data.id)!;
      const moved = centre - max / 2 + ((at[i] - lo) / (hi - lo)) * max;
      positions.set(el.data.id, o === 'lr' ? { x: p.x, y: moved } : { x: moved, y: p.y });
    });
  }
}

/** Splits a level's lit block into runs no longer than `max` (at least one node each). */
function wrapBlock(
  els: NodeElement[],
  extent: (id: string) => number,
  gapBetween: (a: NodeElement | undefined, b: NodeElement) => number,
  max: number,
): NodeElement[][] {
  const out: NodeElement[][] = [];
  let run: NodeElement[] = [];
  let length = 0;
  for (const el of els) {
    const e = extent(el.data.id);
    const g = gapBetween(run.at(-1), el);
    if (run.length && length + g + e > max) {
      out.push(run);
      run = [];
      length = 0;
    }
    length += (run.length ? g : 0) + e;
    run.push(el);
  }
  if (run.length) out.push(run);
  return out;
}

/** The box a node and its label (model units) cover. */
export function labelledBox(p: Point, s: number, label: { w: number; h: number }, o: Orientation): Box {
  const half = s / 2;
  if (o === 'lr') {
    const right = label.w ? half + STAGE_LABEL_GAP + label.w : half;
    return { x1: p.x - half, x2: p.x + right, y1: p.y - Math.max(half, label.h / 2), y2: p.y + Math.max(half, label.h / 2) };
  }
  const below = label.h ? half + STAGE_LABEL_GAP + label.h : half;
  return { x1: p.x - Math.max(half, label.w / 2), x2: p.x + Math.max(half, label.w / 2), y1: p.y - half, y2: p.y + below };
}

export function grow(into: Box, b: Box): void {
  into.x1 = Math.min(into.x1, b.x1);
  into.y1 = Math.min(into.y1, b.y1);
  into.x2 = Math.max(into.x2, b.x2);
  into.y2 = Math.max(into.y2, b.y2);
}
