/**
 * The decorations of an SVG picture: area patterns (so colour is never the only cue),
 * the legend of kinds and ambiti, and the source line, laid out in the plan's footer
 * band with the same flow the PNG plan reserved room for.
 */
import type { AreaPattern } from '../view/palette';
import { clipToWidth, LEGEND, legendGrid, legendText } from './legend-layout';
import { placedPath } from './svg-geometry';
import type { LegendEntry, PngPlan } from './types';
import { escapeXml, num } from './xml';

const INK = '#1F2328';

function patternMarks(pattern: AreaPattern | string): string {
  const w = 'stroke="#FFFFFF" stroke-width="1.6"';
  switch (pattern) {
    case 'diagonal': return `<path d="M-2,2 L2,-2 M0,8 L8,0 M6,10 L10,6" ${w}/>`;
    case 'dots': return '<circle cx="4" cy="4" r="1.6" fill="#FFFFFF"/>';
    case 'cross': return `<path d="M0,0 L8,8 M8,0 L0,8" ${w}/>`;
    case 'horizontal': return `<path d="M0,4 L8,4" ${w}/>`;
    case 'vertical': return `<path d="M4,0 L4,8" ${w}/>`;
    case 'grid': return `<path d="M0,4 L8,4 M4,0 L4,8" ${w}/>`;
    case 'zigzag': return `<path d="M0,6 L2,2 L4,6 L6,2 L8,6" fill="none" ${w}/>`;
    default: return '';
  }
}

export function areaPatternDefs(legend: LegendEntry[]): string {
  return legend
    .filter((e) => e.type === 'area')
    .map(
      (e) =>
        `<pattern id="trama-area-${e.index}" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="${escapeXml(e.color)}"/>${patternMarks(e.pattern)}</pattern>`,
    )
    .join('');
}

export function legendSvg(legend: LegendEntry[], source: string | null, plan: PngPlan): string {
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
    } else {
      parts.push(`<rect x="${num(x)}" y="${num(y)}" width="${num(box)}" height="${num(box)}" fill="url(#trama-area-${e.index})" stroke="${INK}" stroke-width="${num(ts * 0.8)}"/>`);
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
