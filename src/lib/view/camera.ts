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

/** Share of the view's width and height kept between a node brought into view and the edge. */
const COMFORT = 0.15;

/**
 * Where the camera goes to bring a selected node into view, moving as little as shows
 * it readably (at READABLE_ZOOM or closer) with its chain:
 * - the chain fits on screen at a readable zoom: the camera fits it, unless it is already
 *   all in view at a readable zoom, where the camera stays;
 * - it does not, and the node is on screen at a readable zoom: the camera pans only as
 *   far as brings the node and its label (`node`, their box) 15 % in from the edges, so
 *   walking along siblings moves the view only when the next one would leave that area;
 * - the node is off screen or the view too far out to read: the camera zooms in to
 *   READABLE_ZOOM and aims at the chain's middle, then pulls back until the node is
 *   15 % in from the edges: the node, and as much of its chain as fits beside it.
 * It never zooms in past max(current zoom, READABLE_ZOOM). `view.right` and `view.top`
 * are strips that overlays cover (the zoom buttons, the presenter's bar).
 */
export function selectionCamera(
  node: Box,
  chain: Box | null,
  view: Viewport & { right?: number },
  current: Camera,
  limits: { minZoom: number; maxZoom: number },
  padding = 30,
): Camera {
  const zoom = Math.min(limits.maxZoom, Math.max(current.zoom, READABLE_ZOOM));
  const top = Math.max(0, view.top ?? 0);
  const right = Math.max(0, view.right ?? 0);
  const room = { x1: padding, y1: top + padding, x2: view.width - right - padding, y2: view.height - padding };
  const seen = (b: Box, c: Camera) =>
    c.pan.x + b.x1 * c.zoom >= room.x1 && c.pan.x + b.x2 * c.zoom <= room.x2 && c.pan.y + b.y1 * c.zoom >= room.y1 && c.pan.y + b.y2 * c.zoom <= room.y2;
  const readable = current.zoom >= READABLE_ZOOM - 1e-9;
  if (chain) {
    if (readable && seen(chain, current)) return current;
    const fit = fitCamera(chain, { width: view.width - right, height: view.height, top }, padding, { minZoom: limits.minZoom, maxZoom: zoom });
    if (fit && fit.zoom >= Math.min(zoom, READABLE_ZOOM)) return fit;
  }
  const cx = (room.x1 + room.x2) / 2;
  const cy = (room.y1 + room.y2) / 2;
  const aim = chain ?? node;
  const pan =
    readable && seen(node, current)
      ? { ...current.pan }
      : { x: cx - ((aim.x1 + aim.x2) / 2) * zoom, y: cy - ((aim.y1 + aim.y2) / 2) * zoom };
  const insetX = Math.max(0, COMFORT * (room.x2 - room.x1));
  const insetY = Math.max(0, COMFORT * (room.y2 - room.y1));
  // A box wider than the comfortable area is centred in it.
  const keep = (a: number, b: number, lo: number, hi: number) => (b - a > hi - lo ? (lo + hi) / 2 - (a + b) / 2 : a < lo ? lo - a : b > hi ? hi - b : 0);
  pan.x += keep(pan.x + node.x1 * zoom, pan.x + node.x2 * zoom, room.x1 + insetX, room.x2 - insetX);
  pan.y += keep(pan.y + node.y1 * zoom, pan.y + node.y2 * zoom, room.y1 + insetY, room.y2 - insetY);
  return { zoom, pan };
}
