/**
 * The camera that shows a whole preset layout, computed from what the layout already
 * knows (positions, node sizes, estimated label boxes) instead of asking Cytoscape to
 * `fit`: its fit measures every label's text, a third of the first draw at 5k nodes.
 * Same arithmetic as Cytoscape's fit: the box, padded, scaled into the viewport and
 * centred, the zoom kept within the instance's limits.
 */
import type { NodeElement } from './elements';
import { nodeBox, type Box, type LabelSide, type Point } from './layouts/geometry';

export interface Camera {
  zoom: number;
  pan: Point;
}

export interface Viewport {
  width: number;
  height: number;
  /** Px at the top that an overlay covers (the presenter's button bar): the box is fitted below them. */
  top?: number;
}

/**
 * The box covering every node and its label; null when some node has no position (the
 * layout does not know the whole picture: let Cytoscape fit what it draws) or none exist.
 */
export function layoutBounds(
  nodes: readonly NodeElement[],
  positions: ReadonlyMap<string, Point>,
  sizes: ReadonlyMap<string, number>,
  side: LabelSide,
): Box | null {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const n of nodes) {
    const p = positions.get(n.data.id);
    if (!p) return null;
    const b = nodeBox(n, p, sizes.get(n.data.id) ?? n.data.size, side);
    if (b.x1 < x1) x1 = b.x1;
    if (b.y1 < y1) y1 = b.y1;
    if (b.x2 > x2) x2 = b.x2;
    if (b.y2 > y2) y2 = b.y2;
  }
  return x1 <= x2 && y1 <= y2 ? { x1, y1, x2, y2 } : null;
}

/** The camera that fits `box` into `view` (below its `top` strip) with `padding` px on each side; null if there is no room. */
export function fitCamera(box: Box, view: Viewport, padding: number, limits: { minZoom: number; maxZoom: number }): Camera | null {
  const w = box.x2 - box.x1;
  const h = box.y2 - box.y1;
  const roomW = view.width - 2 * padding;
  const top = Math.max(0, view.top ?? 0);
  const roomH = view.height - top - 2 * padding;
  if (!(roomW > 0 && roomH > 0) || !Number.isFinite(w) || !Number.isFinite(h)) return null;
  const raw = Math.min(w > 0 ? roomW / w : Infinity, h > 0 ? roomH / h : Infinity);
  const zoom = Math.min(limits.maxZoom, Math.max(limits.minZoom, Number.isFinite(raw) ? raw : limits.maxZoom));
  return {
    zoom,
    pan: { x: (view.width - zoom * (box.x1 + box.x2)) / 2, y: top + (view.height - top - zoom * (box.y1 + box.y2)) / 2 },
  };
}

/** The least zoom at which the canvas's smallest labels stay readable (about 8 px). */
export const READABLE_ZOOM = 0.8;

/**
 * Where the camera goes to bring a selected node into view: onto its whole chain when
 * the chain fits at a readable zoom; else as near the chain's middle as keeps the node
 * and its label (`node`, their box) on screen, `padding` px in from the edge, so the screen shows the node and as much of
 * what it depends on and who carries it as fits. It never zooms in past the current
 * zoom (or READABLE_ZOOM, when further out than that): selecting a node with a short
 * chain should not swing the view to the closest zoom.
 */
export function selectionCamera(
  node: Box,
  chain: Box | null,
  view: Viewport,
  current: number,
  limits: { minZoom: number; maxZoom: number },
  padding = 30,
): Camera {
  const zoom = Math.min(limits.maxZoom, Math.max(current, READABLE_ZOOM));
  if (chain) {
    const fit = fitCamera(chain, view, padding, { minZoom: limits.minZoom, maxZoom: zoom });
    if (fit && fit.zoom >= Math.min(zoom, READABLE_ZOOM)) return fit;
  }
  const top = Math.max(0, view.top ?? 0);
  const aim = chain ?? node;
  const pan = { x: view.width / 2 - ((aim.x1 + aim.x2) / 2) * zoom, y: top + (view.height - top) / 2 - ((aim.y1 + aim.y2) / 2) * zoom };
  // Pull back towards the node until its box is inside the padded screen; a box bigger
  // than the screen is centred.
  const keep = (a: number, b: number, lo: number, hi: number) => (b - a > hi - lo ? (lo + hi) / 2 - (a + b) / 2 : a < lo ? lo - a : b > hi ? hi - b : 0);
  pan.x += keep(pan.x + node.x1 * zoom, pan.x + node.x2 * zoom, padding, view.width - padding);
  pan.y += keep(pan.y + node.y1 * zoom, pan.y + node.y2 * zoom, top + padding, view.height - padding);
  return { zoom, pan };
}
