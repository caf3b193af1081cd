/**
 * The decorations of an SVG picture: area patterns (so colour is never the only cue),
 * the legend of kinds and ambiti, and the source line, laid out in the plan's footer
 * band with the same flow the PNG plan reserved room for.
 */
import { patternMarks } from '../view/area-pattern';
import type { AreaPattern } from '../view/palette';
import { clipToWidth, LEGEND, legendGrid, legendText } from './legend-layout';
import { placedPath } from './svg-geometry';
import type { LegendEntry, PngPlan } from './types';
import { escapeXml, num } from './xml';

const INK = '#1F2328';
/** The Radiale guides' grey (svg.ts draws them). */
export const RING = '#8C959F';

/** `ns`: the picture's id prefix (svg.ts). */
export function areaPatternDefs(legend: LegendEntry[], ns: string): string {
  return legend
    .filter((e) => e.type === 'area')
    .map(
      (e) =>
        `<pattern id="${ns}area-${e.index}" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="${escapeXml(e.color)}"/>${patternMarks(e.pattern)}</pattern>`,
    )
    .join('');
}

/**
 * The marks alone, transparent between them, for nodes: a node is drawn in its colour and
 * then once more filled with its pattern. Scaled like the scene, so a tile covers as much
 * of a node as on the canvas.
 */
export function nodePatternDefs(patterns: Iterable<AreaPattern>, scale: number, ns: string): string {
  return [...new Set(patterns)]
    .map((p) => `<pattern id="${ns}marks-${p}" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="scale(${num(scale)})">${patternMarks(p)}</pattern>`)
    .join('');
}

export function legendSvg(legend: LegendEntry[], source: string | null, plan: PngPlan, ns: string): string {
  const ts = plan.textScale;
  const font = LEGEND.font * ts;
  const box = LEGEND.box * ts;
  // The same grid the PNG plan reserved rows for.
  const grid = legendGrid(legend.map(legendText), plan.width, ts);
  const top = plan.graph.y + plan.graph.height + 12 * ts;
  const parts: string[] = [];
  legend.forEach((e, i) => {
    const cell = grid.cells[i];
    const x = cell.x;
    const y = top + cell.row * LEGEND.rowHeight * ts;
    const cx = x + box / 2;
    const cy = y + box / 2;
    if (e.type === 'kind') {
      parts.push(`<path d="${placedPath(e.shape, cx, cy, box, box)}" fill="#D0D7DE" stroke="${INK}" stroke-width="${num(ts)}"/>`);
    } else if (e.type === 'rings') {
      parts.push(`<circle cx="${num(cx)}" cy="${num(cy)}" r="${num(box / 2 - ts)}" fill="none" stroke="${RING}" stroke-width="${num(ts)}" stroke-dasharray="${num(3 * ts)} ${num(2 * ts)}"/>`);
    } else {
      parts.push(`<rect x="${num(x)}" y="${num(y)}" width="${num(box)}" height="${num(box)}" fill="url(#${ns}area-${e.index})" stroke="${INK}" stroke-width="${num(ts * 0.8)}"/>`);
    }
    parts.push(`<text x="${num(cell.textX)}" y="${num(cy + font * 0.35)}" font-size="${num(font)}" fill="${INK}">${escapeXml(cell.text)}</text>`);
  });
  if (source) {
    const y = plan.height - 14 * ts;
    const text = clipToWidth(source, plan.width - 2 * LEGEND.margin * ts, font);
    parts.push(`<text x="${num(LEGEND.margin * ts)}" y="${num(y)}" font-size="${num(font)}" fill="#4A525A">${escapeXml(text)}</text>`);
  }
  return parts.length ? `<g class="legend">${parts.join('')}</g>` : '';
}
