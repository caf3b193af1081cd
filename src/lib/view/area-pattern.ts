/**
 * The ambiti's patterns as drawing: one 8 × 8 tile of white marks per pattern, laid over
 * the area's colour. The same tile textures the nodes on the canvas (a data-URI image),
 * the nodes and the legend of an exported SVG (an SVG <pattern>), so a picture and its
 * legend agree mark for mark, and colour is never the only cue to a node's ambito.
 */
import type { AreaPattern } from './palette';

/** Side of one tile, in model units on the canvas and in scene units in exports. */
export const PATTERN_TILE = 8;
/**
 * The marks' width and opacity keep every patterned node at 3:1 against the white canvas
 * (WCAG 1.4.11) where the tile is too small to see as lines and blends into one colour:
 * solid white 1.6-unit marks made the cross on the purple ambito read 2.2:1 at the fitted
 * zoom. With these the palette's lowest blend is about 3.3:1 (tested in the browser).
 */
export const MARK_WIDTH = 1.2;
export const MARK_OPACITY = 0.6;
const STROKE = `stroke="#FFFFFF" stroke-opacity="${MARK_OPACITY}" stroke-width="${MARK_WIDTH}"`;

/** The marks of one tile as SVG elements ('' for 'solid': the plain colour is its pattern). */
export function patternMarks(pattern: AreaPattern | string): string {
  switch (pattern) {
    // Three strokes, so the diagonal runs on unbroken across tile edges.
    case 'diagonal': return `<path d="M-2,2 L2,-2 M0,8 L8,0 M6,10 L10,6" ${STROKE}/>`;
    case 'dots': return `<circle cx="4" cy="4" r="1.6" fill="#FFFFFF" fill-opacity="${MARK_OPACITY}"/>`;
    case 'cross': return `<path d="M0,0 L8,8 M8,0 L0,8" ${STROKE}/>`;
    case 'horizontal': return `<path d="M0,4 L8,4" ${STROKE}/>`;
    case 'vertical': return `<path d="M4,0 L4,8" ${STROKE}/>`;
    case 'grid': return `<path d="M0,4 L8,4 M4,0 L4,8" ${STROKE}/>`;
    case 'zigzag': return `<path d="M0,6 L2,2 L4,6 L6,2 L8,6" fill="none" ${STROKE}/>`;
    default: return '';
  }
}

/** Whether a pattern draws anything over the colour. */
export function isMarked(pattern: AreaPattern | string | undefined): pattern is AreaPattern {
  return pattern !== undefined && patternMarks(pattern) !== '';
}

/**
 * One transparent tile with the pattern's marks, as a data URI a canvas can repeat
 * (Cytoscape's background-image). Null for a pattern without marks.
 */
export function patternTileUri(pattern: AreaPattern | string): string | null {
  const marks = patternMarks(pattern);
  if (!marks) return null;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${PATTERN_TILE}" height="${PATTERN_TILE}" viewBox="0 0 ${PATTERN_TILE} ${PATTERN_TILE}">${marks}</svg>`;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
