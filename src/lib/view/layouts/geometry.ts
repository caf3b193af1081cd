/** Boxes and positions shared by the preset layouts (all in px at zoom 1). */
import { LABEL_SPECS, labelBox } from '../label';
import type { NodeElement } from '../elements';

export interface Point {
  x: number;
  y: number;
}
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
export type LabelSide = 'bottom' | 'right';

export interface PresetLayout {
  positions: Map<string, Point>;
  /** Where labels sit relative to their node, so the canvas draws them where the layout left room. */
  labelSide: LabelSide;
  /** The Radiale view's rings, for the guides the canvas draws under them. */
  rings?: readonly RingGuide[];
}

/**
 * One ring of nodes around the centre (model units), and the band of values it holds: a
 * band's nodes may take several rings (tracks), which then share its number and range.
 */
export interface RingGuide {
  radius: number;
  /** The band's number, 1 at the centre. */
  band: number;
  /** Lowest and highest value of the measure among the band's nodes. */
  min: number;
  max: number;
  /** Where on the ring a mark fits between two nodes (radians, as the layout measures angles). */
  gapAngle: number;
}

export const LABEL_GAP = 6;

export function labelSize(el: NodeElement): { w: number; h: number } {
  // In the weight the canvas draws it: selection never changes a label's weight (see
  // style.ts), so the box the layout leaves is the box the label fills.
  const spec = LABEL_SPECS[el.data.kind];
  return labelBox(el.data.label, spec.fontSize, spec.bold);
}

/** The box a node and its label cover, centred on `p`, for a node drawn `size` wide. */
export function nodeBox(el: NodeElement, p: Point, size: number, side: LabelSide): Box {
  const half = size / 2;
  const { w, h } = labelSize(el);
  if (side === 'right') {
    return { x1: p.x - half, x2: p.x + half + LABEL_GAP + w, y1: p.y - Math.max(half, h / 2), y2: p.y + Math.max(half, h / 2) };
  }
  return { x1: p.x - Math.max(half, w / 2), x2: p.x + Math.max(half, w / 2), y1: p.y - half, y2: p.y + half + LABEL_GAP + h };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/**
 * Radius of the circle around a node's position that holds its node and label box:
 * two nodes whose positions are further apart than the sum of their reaches cannot
 * overlap, whatever the angle between them (used by the circular layouts).
 */
export function reach(el: NodeElement, size: number, side: LabelSide): number {
  const b = nodeBox(el, { x: 0, y: 0 }, size, side);
  return Math.hypot(Math.max(-b.x1, b.x2), Math.max(-b.y1, b.y2));
}

/** Smallest radius at which `n` points, evenly spread, are at least `chord` apart. */
export function ringRadius(n: number, chord: number): number {
  return n < 2 ? 0 : chord / (2 * Math.sin(Math.PI / n));
}
