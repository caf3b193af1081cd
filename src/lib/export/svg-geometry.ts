/**
 * Geometry for the SVG writer: shapes placed at their size (the unit paths of
 * view/shapes.ts rewritten into absolute coordinates, so no transform or
 * vector-effect is needed and Inkscape shows the same thing as a browser), edge ends on
 * the node outline, label wrapping, and the region a scene occupies.
 */
import { svgPath, type KindShape } from '../view/shapes';
import type { Scene, SceneNode } from './types';
import { num } from './xml';

export function placedPath(shape: KindShape, cx: number, cy: number, width: number, height: number): string {
  const sx = width / 2;
  const sy = height / 2;
  const out: string[] = [];
  for (const [, cmd, args] of svgPath(shape).matchAll(/([MLQAZ])([^MLQAZ]*)/g)) {
    const v = args.split(/[\s,]+/).filter(Boolean).map(Number);
    if (cmd === 'A') {
      const [rx, ry, rot, large, sweep, x, y] = v;
      out.push(`A${num(rx * sx)},${num(ry * sy)} ${rot} ${large},${sweep} ${num(cx + x * sx)},${num(cy + y * sy)}`);
    } else if (cmd === 'Z') {
      out.push('Z');
    } else {
      const pts: string[] = [];
      for (let i = 0; i + 1 < v.length; i += 2) pts.push(`${num(cx + v[i] * sx)},${num(cy + v[i + 1] * sy)}`);
      out.push(`${cmd}${pts.join(' ')}`);
    }
  }
  return out.join(' ');
}

/** Distance from a node's centre to its outline in direction (dx, dy), taken as the inscribed ellipse. */
function radius(n: SceneNode, dx: number, dy: number): number {
  const a = n.width / 2;
  const b = n.height / 2;
  const len = Math.hypot(dx, dy) || 1;
  const c = dx / len;
  const s = dy / len;
  return (a * b) / Math.sqrt((b * c) ** 2 + (a * s) ** 2 || 1);
}

export function edgeEnds(s: SceneNode, t: SceneNode): { x1: number; y1: number; x2: number; y2: number } | null {
  const dx = t.x - s.x;
  const dy = t.y - s.y;
  const len = Math.hypot(dx, dy);
  const rs = radius(s, dx, dy);
  const rt = radius(t, -dx, -dy);
  if (len <= rs + rt + 1) return null; // overlapping nodes: no visible edge to draw
  return { x1: s.x + (dx / len) * rs, y1: s.y + (dy / len) * rs, x2: t.x - (dx / len) * rt, y2: t.y - (dy / len) * rt };
}

export const LABEL_LINE_CHARS = 26;
export const LABEL_MAX_LINES = 3;

/** Word-wraps a label into at most `maxLines` lines, the last one ellipsised when text remains. */
export function wrapLabel(label: string, maxChars = LABEL_LINE_CHARS, maxLines = LABEL_MAX_LINES): string[] {
  const words = label.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    for (const piece of w.length > maxChars ? (w.match(new RegExp(`.{1,${maxChars}}`, 'gu')) ?? [w]) : [w]) {
      if (!cur) cur = piece;
      else if (cur.length + 1 + piece.length <= maxChars) cur += ` ${piece}`;
      else {
        lines.push(cur);
        cur = piece;
      }
    }
  }
  if (cur) lines.push(cur);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1].slice(0, maxChars - 1).trimEnd()}…`;
  return kept;
}

export interface Region {
  x1: number;
  y1: number;
  width: number;
  height: number;
}

/** The scene's extent in model units, labels included, with a margin. */
export function sceneRegion(scene: Scene, pad = 24): Region {
  if (!scene.nodes.length) return { x1: 0, y1: 0, width: 1, height: 1 };
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const n of scene.nodes) {
    const lines = wrapLabel(n.label).length;
    const labelWidth = Math.min(LABEL_LINE_CHARS, n.label.length) * n.fontSize * 0.56;
    const textHeight = lines * n.fontSize * 1.2;
    if (n.labelSide === 'right') {
      x1 = Math.min(x1, n.x - n.width / 2);
      x2 = Math.max(x2, n.x + n.width / 2 + 6 + labelWidth);
      y1 = Math.min(y1, n.y - Math.max(n.height, textHeight) / 2);
      y2 = Math.max(y2, n.y + Math.max(n.height, textHeight) / 2);
      continue;
    }
    const half = Math.max(n.width / 2, labelWidth / 2);
    x1 = Math.min(x1, n.x - half);
    x2 = Math.max(x2, n.x + half);
    y1 = Math.min(y1, n.y - n.height / 2);
    y2 = Math.max(y2, n.y + n.height / 2 + (lines ? 4 + textHeight : 0));
  }
  return { x1: x1 - pad, y1: y1 - pad, width: x2 - x1 + 2 * pad, height: y2 - y1 + 2 * pad };
}
