/**
 * The preview: a picture of a big graph painted straight onto a 2D canvas while Cytoscape
 * builds its instance. Cytoscape needs seconds to create, style and first draw 20k nodes
 * (measured: the bare Cytoscape page takes ~11 s at 20k here, whatever the renderer
 * options); painting the same nodes and edges with a few batched canvas paths takes tens
 * of milliseconds. The preview uses the positions, sizes, colours, shapes and camera the
 * canvas is about to use, so when Cytoscape's first frame replaces it the picture does
 * not move. It is only a picture: the canvas says it is getting ready until then.
 *
 * Pure: it draws through the few CanvasRenderingContext2D calls in `Painter`, so tests
 * record them without a DOM.
 */
import type { EdgeElement, NodeElement } from './elements';
import type { Camera } from './camera';
import type { LabelSide, Point } from './layouts/geometry';
import { LABEL_GAP } from './layouts/geometry';
import { LABEL_SPECS } from './label';
import { KIND_SHAPES, STAR_POINTS, type KindShape } from './shapes';
import { EDGE_COLOR, EDGE_OPACITY, EDGE_WIDTH, LABEL_FONT, LARGE_MIN_FONT_PX, NODE_BORDER, NODE_BORDER_WIDTH, TEXT_COLOR } from './style';

/** From this many elements (nodes + edges) up, the canvas shows a preview first: below,
 *  Cytoscape draws within about a second and a preview would only flash. */
export const PREVIEW_ELEMENTS = 10_000;

export function wantsPreview(elementCount: number, hasPositions: boolean): boolean {
  return hasPositions && elementCount >= PREVIEW_ELEMENTS;
}

/** The subset of CanvasRenderingContext2D the preview draws with. */
export interface Painter {
  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void;
  clearRect(x: number, y: number, w: number, h: number): void;
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  quadraticCurveTo(cx: number, cy: number, x: number, y: number): void;
  arc(x: number, y: number, r: number, start: number, end: number): void;
  rect(x: number, y: number, w: number, h: number): void;
  closePath(): void;
  fill(): void;
  stroke(): void;
  fillRect(x: number, y: number, w: number, h: number): void;
  fillText(text: string, x: number, y: number): void;
  fillStyle: string | CanvasGradient | CanvasPattern;
  strokeStyle: string | CanvasGradient | CanvasPattern;
  lineWidth: number;
  globalAlpha: number;
  font: string;
  textAlign: CanvasTextAlign;
  textBaseline: CanvasTextBaseline;
}

export interface PreviewScene {
  nodes: readonly NodeElement[];
  edges: readonly EdgeElement[];
  positions: ReadonlyMap<string, Point>;
  sizes: ReadonlyMap<string, number>;
  labelSide: LabelSide;
  camera: Camera;
  /** CSS pixels of the canvas and the device pixel ratio it is backed at. */
  width: number;
  height: number;
  pixelRatio: number;
}

export interface PreviewFigures {
  nodes: number;
  /** Nodes too small on screen for their shape to show, drawn as squares (one call instead of several). */
  specks: number;
  edges: number;
  labels: number;
}

/** Below this many device pixels across, a node's shape cannot be told apart from a square. */
export const SPECK_PX = 4;

/** Adds the outline of `shape` (unit box −1…1 as in shapes.ts svgPath) centred on x, y, half-size r. */
export function traceShape(p: Painter, shape: KindShape, x: number, y: number, r: number): void {
  switch (shape) {
    case 'ellipse':
      p.moveTo(x + r, y);
      p.arc(x, y, r, 0, 2 * Math.PI);
      return;
    case 'rectangle':
      polygon(p, x, y, r, [-1, -1, 1, -1, 1, 1, -1, 1]);
      return;
    case 'hexagon':
      polygon(p, x, y, r, [-0.5, -1, 0.5, -1, 1, 0, 0.5, 1, -0.5, 1, -1, 0]);
      return;
    case 'diamond':
      polygon(p, x, y, r, [0, -1, 1, 0, 0, 1, -1, 0]);
      return;
    case 'triangle':
      polygon(p, x, y, r, [0, -1, 1, 1, -1, 1]);
      return;
    case 'star':
      polygon(p, x, y, r, STAR_POINTS);
      return;
  }
}

function polygon(p: Painter, x: number, y: number, r: number, unit: readonly number[]): void {
  p.moveTo(x + unit[0]! * r, y + unit[1]! * r);
  for (let i = 2; i < unit.length; i += 2) p.lineTo(x + unit[i]! * r, y + unit[i + 1]! * r);
  p.closePath();
}

/**
 * Paints the scene: edges first (one path), then nodes batched by colour (one fill and one
 * border stroke per colour), then the labels Cytoscape would show at this zoom (it hides
 * those under LARGE_MIN_FONT_PX on screen; at the sizes a preview is used for, the whole
 * graph's camera usually leaves none). Returns what it drew.
 */
export function paintPreview(p: Painter, scene: PreviewScene): PreviewFigures {
  const { camera, pixelRatio: pr, positions, sizes } = scene;
  p.setTransform(pr, 0, 0, pr, 0, 0);
  p.clearRect(0, 0, scene.width, scene.height);
  const z = camera.zoom;
  p.setTransform(pr * z, 0, 0, pr * z, pr * camera.pan.x, pr * camera.pan.y);

  let edges = 0;
  p.beginPath();
  for (const e of scene.edges) {
    const s = positions.get(e.data.source);
    const t = positions.get(e.data.target);
    if (!s || !t) continue;
    p.moveTo(s.x, s.y);
    p.lineTo(t.x, t.y);
    edges++;
  }
  p.globalAlpha = EDGE_OPACITY;
  p.strokeStyle = EDGE_COLOR;
  p.lineWidth = EDGE_WIDTH;
  p.stroke();
  p.globalAlpha = 1;

  const byColor = new Map<string, NodeElement[]>();
  for (const n of scene.nodes) {
    if (!positions.has(n.data.id)) continue;
    let list = byColor.get(n.data.color);
    if (!list) byColor.set(n.data.color, (list = []));
    list.push(n);
  }
  let nodes = 0;
  let specks = 0;
  const speck = SPECK_PX / (z * pr);
  p.strokeStyle = NODE_BORDER;
  p.lineWidth = NODE_BORDER_WIDTH;
  for (const [color, list] of byColor) {
    p.beginPath();
    for (const n of list) {
      const at = positions.get(n.data.id)!;
      const size = sizes.get(n.data.id) ?? n.data.size;
      if (size < speck) {
        p.rect(at.x - size / 2, at.y - size / 2, size, size);
        specks++;
      } else {
        traceShape(p, KIND_SHAPES[n.data.kind], at.x, at.y, size / 2);
      }
    }
    p.fillStyle = color;
    p.fill();
    p.stroke();
    nodes += list.length;
  }
  return { nodes, specks, edges, labels: paintLabels(p, scene) };
}

/** Labels whose on-screen font size reaches Cytoscape's threshold, where Cytoscape puts them. */
function paintLabels(p: Painter, scene: PreviewScene): number {
  const { camera, positions, sizes, labelSide } = scene;
  let count = 0;
  for (const n of scene.nodes) {
    const font = LABEL_SPECS[n.data.kind].fontSize;
    if (font * camera.zoom < LARGE_MIN_FONT_PX) continue;
    const at = positions.get(n.data.id);
    if (!at || n.data.label === '') continue;
    const half = (sizes.get(n.data.id) ?? n.data.size) / 2;
    const lines = n.data.label.split('\n');
    const lineHeight = font * 1.25;
    p.font = `${LABEL_SPECS[n.data.kind].bold ? 'bold ' : ''}${font}px ${LABEL_FONT}`;
    p.textBaseline = 'top';
    p.textAlign = labelSide === 'right' ? 'left' : 'center';
    const x = labelSide === 'right' ? at.x + half + LABEL_GAP : at.x;
    const top = labelSide === 'right' ? at.y - (lines.length * lineHeight) / 2 : at.y + half + 4;
    p.fillStyle = TEXT_COLOR;
    lines.forEach((line, i) => p.fillText(line, x, top + i * lineHeight));
    count++;
  }
  return count;
}
