/**
 * The Organismi view as a presenter shows it: the organisms on an ellipse shaped like the
 * screen (a circle wastes a 16:9 projector), in the explorer's order (main area, then
 * load rank), scaled out just far enough that no two node-and-label boxes touch. Boxes are
 * screen sizes divided by the zoom the step will be shown at.
 */
import type { PlanIndex } from '../../model/plan-index';
import type { ElementSet } from '../elements';
import { overlaps, type Box, type Point } from './geometry';
import { organismOrder } from './organisms';
import { grow, STAGE_GAP_PX, STAGE_LABEL_GAP, type StagePlacement } from './stage-hierarchy';

export interface StageRingInput {
  index: PlanIndex;
  elements: ElementSet;
  lit: ReadonlySet<string>;
  labels: ReadonlyMap<string, { w: number; h: number }>;
  zoom: number;
  nodeSize: number;
  /** Height over width of the ellipse: the screen's. */
  aspect: number;
}

function boxAt(p: Point, s: number, label: { w: number; h: number } | undefined, margin: number): Box {
  const half = s / 2;
  const w = Math.max(half, (label?.w ?? 0) / 2) + margin;
  const below = label?.h ? half + STAGE_LABEL_GAP + label.h : half;
  return { x1: p.x - w, x2: p.x + w, y1: p.y - half - margin, y2: p.y + below + margin };
}

function anyOverlap(boxes: Box[]): boolean {
  const order = boxes.map((_, i) => i).sort((a, b) => boxes[a].x1 - boxes[b].x1);
  for (let i = 0; i < order.length; i++) {
    const a = boxes[order[i]];
    for (let j = i + 1; j < order.length && boxes[order[j]].x1 < a.x2; j++) if (overlaps(a, boxes[order[j]])) return true;
  }
  return false;
}

export function stageRing(input: StageRingInput): StagePlacement {
  const { index, elements, lit, zoom: z, nodeSize: s, aspect } = input;
  const nodes = organismOrder(index, elements);
  const labels = new Map([...input.labels].map(([id, b]) => [id, { w: b.w / z, h: b.h / z }]));
  const margin = STAGE_GAP_PX / (2 * z);
  const at = (i: number, r: number): Point => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / nodes.length;
    return { x: r * Math.cos(angle), y: r * aspect * Math.sin(angle) };
  };
  const boxes = (r: number) => nodes.map((el, i) => boxAt(at(i, r), s, labels.get(el.data.id), margin));
  let radius = 0;
  if (nodes.length > 1) {
    // Scaling every position out by one factor only pulls fixed-size boxes apart: bisect it.
    let hi = s;
    while (anyOverlap(boxes(hi))) hi *= 2;
    let lo = 0;
    for (let i = 0; i < 30 && hi - lo > 0.5 / z; i++) {
      const mid = (lo + hi) / 2;
      if (anyOverlap(boxes(mid))) lo = mid;
      else hi = mid;
    }
    radius = hi;
  }
  const positions = new Map<string, Point>();
  const frame: Box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  nodes.forEach((el, i) => {
    const p = at(i, radius);
    positions.set(el.data.id, p);
    if (lit.has(el.data.id)) grow(frame, boxAt(p, s, labels.get(el.data.id), 0));
  });
  return { positions, frame };
}
