/**
 * SVG from a scene: what the screen shows (shapes, colours, arrows, labels as <text>),
 * in output-pixel coordinates laid out by a PngPlan, so the SVG, the PNG (rasterised
 * from it) and the print page are one picture. Valid standalone XML: every piece of
 * document text is escaped; <title>/<desc> carry the alternative text.
 */
import { hash53Hex } from '../dup/hash';
import { isMarked } from '../view/area-pattern';
import { areaPatternDefs, legendSvg, nodePatternDefs, RING } from './svg-legend';
import { edgeEnds, placedPath, sceneRegion, wrapLabel, type Region } from './svg-geometry';
import type { Decorations, PngPlan, Scene } from './types';
import { escapeAttr, escapeXml, num } from './xml';

const FONT = 'DejaVu Sans, Helvetica, Arial, sans-serif';
/**
 * Stands for the picture's id prefix while it is written. Ids are unique per picture, so
 * two exports pasted inline into one HTML report do not take each other's patterns and
 * arrows: the prefix is a hash of the picture itself. U+0001 cannot occur in anything
 * else the SVG holds (xmlSafe drops it from document text).
 */
const NS = 'trama\u0001';
const INK = '#1F2328';

export interface SvgInput {
  scene: Scene;
  plan: PngPlan;
  /** The model-coordinate rectangle drawn in plan.graph; defaults to the whole scene. */
  region?: Region;
  decorations: Decorations | null;
}

export function writeSvg({ scene, plan, region = sceneRegion(scene), decorations }: SvgInput): string {
  const { width: W, height: H, textScale: ts } = plan;
  const d = decorations;
  const s = Math.min(plan.graph.width / region.width, plan.graph.height / region.height);
  const ox = plan.graph.x + (plan.graph.width - region.width * s) / 2 - region.x1 * s;
  const oy = plan.graph.y + (plan.graph.height - region.height * s) / 2 - region.y1 * s;
  const X = (x: number) => num(ox + x * s);
  const Y = (y: number) => num(oy + y * s);

  const colours = [...new Set(scene.edges.filter((e) => e.arrow).map((e) => e.color))];
  const markers = colours
    .map((c, i) => `<marker id="${NS}arrow-${i}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse" markerUnits="strokeWidth"><path d="M0,0 L10,5 L0,10 Z" fill="${escapeAttr(c)}"/></marker>`)
    .join('');
  const byId = new Map(scene.nodes.map((n) => [n.id, n]));

  const edges: string[] = [];
  for (const e of scene.edges) {
    const a = byId.get(e.source);
    const b = byId.get(e.target);
    if (!a || !b) continue;
    const ends = edgeEnds(a, b);
    if (!ends) continue;
    const marker = e.arrow ? ` marker-end="url(#${NS}arrow-${colours.indexOf(e.color)})"` : '';
    edges.push(`<line x1="${X(ends.x1)}" y1="${Y(ends.y1)}" x2="${X(ends.x2)}" y2="${Y(ends.y2)}" stroke="${escapeAttr(e.color)}" stroke-width="${num(Math.max(0.5, e.width * s))}"${marker}/>`);
  }

  // The Radiale rings under everything, around the model origin, each band's number on its
  // outer ring between two of its nodes, as the canvas draws them (RingGuides.svelte).
  const rings: string[] = [];
  const ringList = (scene.rings ?? []).filter((g) => g.radius > 0);
  const outer = new Map<number, (typeof ringList)[number]>();
  for (const g of ringList) {
    rings.push(`<circle cx="${X(0)}" cy="${Y(0)}" r="${num(g.radius * s)}" fill="none" stroke="${RING}" stroke-width="${num(ts)}" stroke-dasharray="${num(4 * ts)} ${num(4 * ts)}"/>`);
    outer.set(g.band, g);
  }
  for (const g of outer.values()) {
    const x = X(g.radius * Math.cos(g.gapAngle));
    const y = Y(g.radius * Math.sin(g.gapAngle));
    rings.push(
      `<g class="ring-mark"><circle cx="${x}" cy="${y}" r="${num(9 * ts)}" fill="#FFFFFF" stroke="#57606A" stroke-width="${num(ts)}"/><text x="${x}" y="${num(Number(y) + 4 * ts)}" font-size="${num(11 * ts)}" font-weight="bold" text-anchor="middle" fill="${INK}">${g.band}</text></g>`,
    );
  }

  const nodes = scene.nodes.map((n) => {
    const lines = wrapLabel(n.label);
    const fs = n.fontSize * s;
    const right = n.labelSide === 'right';
    const top = right ? oy + n.y * s - ((lines.length - 1) * fs * 1.2) / 2 + fs * 0.35 : oy + (n.y + n.height / 2) * s + 4 * s + fs;
    const tx = right ? num(ox + (n.x + n.width / 2 + 6) * s) : X(n.x);
    const tspans = lines.map((l, i) => `<tspan x="${tx}" y="${num(top + i * fs * 1.2)}">${escapeXml(l)}</tspan>`).join('');
    const shape = placedPath(n.shape, ox + n.x * s, oy + n.y * s, n.width * s, n.height * s);
    return (
      `<g class="node" data-id="${escapeAttr(n.id)}" data-kind="${n.kind}"><title>${escapeXml(n.fullLabel)}</title>` +
      (isMarked(n.pattern)
        ? // Colour, then the marks, then the ring over both, as the canvas draws a node.
          `<path d="${shape}" fill="${escapeAttr(n.fill)}"/><path class="pattern" d="${shape}" fill="url(#${NS}marks-${n.pattern})"/><path d="${shape}" fill="none" stroke="${escapeAttr(n.stroke)}" stroke-width="${num(n.strokeWidth * s)}"/>`
        : `<path d="${shape}" fill="${escapeAttr(n.fill)}" stroke="${escapeAttr(n.stroke)}" stroke-width="${num(n.strokeWidth * s)}"/>`) +
      (lines.length ? `<text font-size="${num(fs)}" fill="${escapeAttr(n.labelColor)}" text-anchor="${right ? 'start' : 'middle'}" stroke="#FFFFFF" stroke-width="${num(fs * 0.25)}" paint-order="stroke" stroke-linejoin="round">${tspans}</text>` : '') +
      '</g>'
    );
  });

  const title = d?.title ?? null;
  const head = title
    ? `<text class="title" x="${num(16 * ts)}" y="${num(plan.header * 0.62)}" font-size="${num(24 * ts)}" font-weight="bold" fill="${INK}">${escapeXml(title)}</text>`
    : '';
  const alt = d?.alt ?? '';
  const written = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${NS}title ${NS}desc" font-family="${FONT}">`,
    `<title id="${NS}title">${escapeXml(title ?? firstSentence(alt))}</title>`,
    `<desc id="${NS}desc">${escapeXml(alt)}</desc>`,
    `<defs>${markers}${areaPatternDefs(d?.legend ?? [], NS)}${nodePatternDefs(scene.nodes.map((n) => n.pattern).filter(isMarked), s, NS)}<clipPath id="${NS}graph-clip"><rect x="${plan.graph.x}" y="${plan.graph.y}" width="${plan.graph.width}" height="${plan.graph.height}"/></clipPath></defs>`,
    plan.background === 'white' ? `<rect width="${W}" height="${H}" fill="#FFFFFF"/>` : '',
    head,
    `<g class="graph" clip-path="url(#${NS}graph-clip)">${rings.length ? `<g class="rings">${rings.join('')}</g>` : ''}<g class="edges">${edges.join('')}</g><g class="nodes">${nodes.join('')}</g></g>`,
    d ? legendSvg(d.legend, d.source, plan, NS) : '',
    '</svg>',
    '',
  ]
    .filter((l) => l !== '')
    .join('\n');
  return written.replaceAll(NS, `trama-${hash53Hex(written).slice(0, 8)}-`);
}

function firstSentence(text: string): string {
  const m = /^(.+?[.:])(\s|$)/.exec(text);
  return m ? m[1] : text;
}
