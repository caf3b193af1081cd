/**
 * PNG planning: from what the user asked (1×/2×/4×, a width in pixels, or an A4/A3
 * landscape page at 300 dpi) and the size of what is drawn, the exact image size, the
 * graph's place in it and the bands for title, legend and source line.
 * Browsers silently give a blank canvas past their limits, so a plan never exceeds
 * CANVAS_LIMITS: it shrinks the request and says so (`capped`, `requested`).
 */
import { ExportError } from './errors';
import { LEGEND, legendGrid } from './legend-layout';
import type { PngBackground, PngPlan, PrintPreset } from './types';

/**
 * 16384 px a side is within every desktop browser's canvas limit; 2^26 px (64 Mpx,
 * 256 MB of RGBA) keeps the encoder's memory sane well below Chrome's 2^28 hard limit.
 */
export const CANVAS_LIMITS = { maxSide: 16_384, maxArea: 2 ** 26 };

/** Landscape pages at 300 dpi (ISO 216: A4 297×210 mm, A3 420×297 mm). */
export const PRINT_PRESETS: Record<PrintPreset, { width: number; height: number; mm: [number, number] }> = {
  a4: { width: 3508, height: 2480, mm: [297, 210] },
  a3: { width: 4961, height: 3508, mm: [420, 297] },
};

export const SCALES = [1, 2, 4] as const;

/** The narrowest chosen width: below it the labels and bands cannot be laid out. */
export const MIN_WIDTH = 16;

export type PngSize = { mode: 'scale'; scale: number } | { mode: 'width'; width: number } | { mode: 'preset'; preset: PrintPreset };

export interface PngRequest {
  size: PngSize;
  full: boolean;
  background: PngBackground;
  /**
   * What the bands must hold; null = the bare picture. `legend` is each entry's text as
   * drawn (legendText): long names take more rows, so the band needs the texts, not a count.
   */
  decorations: { title: boolean; source: boolean; legend: readonly string[] } | null;
}

/** `width`/`height` in model units; `unit` = pixels per model unit at 1× (the zoom, for the viewport). */
export interface Extent {
  width: number;
  height: number;
  unit?: number;
}

export function planPng(req: PngRequest, extent: Extent, limits = CANVAS_LIMITS): PngPlan {
  if (!(extent.width > 0) || !(extent.height > 0)) throw new ExportError('empty-scope', 'nothing to draw: the scope is empty.');
  const size = req.size;
  if (size.mode === 'scale' && !(size.scale > 0)) throw new ExportError('bad-scale', `invalid scale ${size.scale}.`, { scale: String(size.scale) });
  if (size.mode === 'width' && !(Number.isFinite(size.width) && size.width >= MIN_WIDTH)) {
    throw new ExportError('bad-width', `invalid width ${size.width}. Expecting at least ${MIN_WIDTH} pixels.`, { width: String(size.width), min: MIN_WIDTH });
  }
  const first = layout(req, extent, size.mode === 'scale' ? Math.round(extent.width * size.scale * (extent.unit ?? 1)) : undefined);
  const requested = { width: first.width, height: first.height };
  let plan = first;
  for (let i = 0; i < 8 && !fits(plan, limits); i++) {
    const f = Math.min(limits.maxSide / plan.width, limits.maxSide / plan.height, Math.sqrt(limits.maxArea / (plan.width * plan.height)));
    plan = layout({ ...req, size: { mode: 'width', width: Math.max(MIN_WIDTH, Math.floor(plan.width * f * 0.995)) } }, extent);
  }
  return { ...plan, capped: plan !== first, requested };
}

function fits(p: PngPlan, l: typeof CANVAS_LIMITS): boolean {
  return p.width <= l.maxSide && p.height <= l.maxSide && p.width * p.height <= l.maxArea;
}

export function textScaleFor(width: number): number {
  return Math.min(8, Math.max(0.6, width / 1200));
}

function bands(req: PngRequest, width: number): { header: number; footer: number; ts: number } {
  const ts = textScaleFor(width);
  const d = req.decorations;
  if (!d) return { header: 0, footer: 0, ts };
  const legendRows = legendGrid(d.legend, width, ts).rows;
  const header = d.title ? Math.round(64 * ts) : 0;
  const body = legendRows * LEGEND.rowHeight * ts + (d.source ? 34 * ts : 0);
  return { header, footer: body ? Math.round(body + 24 * ts) : 0, ts };
}

function layout(req: PngRequest, extent: Extent, naturalWidth?: number): PngPlan {
  const base = { full: req.full, background: req.background, capped: false, requested: { width: 0, height: 0 } };
  if (req.size.mode === 'preset') {
    const page = PRINT_PRESETS[req.size.preset];
    const { header, footer, ts } = bands(req, page.width);
    const margin = Math.round(0.04 * page.height);
    const availW = page.width - 2 * margin;
    const availH = Math.max(1, page.height - 2 * margin - header - footer);
    const scale = Math.min(availW / extent.width, availH / extent.height);
    const gw = Math.round(extent.width * scale);
    const gh = Math.round(extent.height * scale);
    const graph = { x: Math.round((page.width - gw) / 2), y: margin + header + Math.round((availH - gh) / 2), width: gw, height: gh };
    return { ...base, width: page.width, height: page.height, scale, graph, header, footer, textScale: ts };
  }
  const width = Math.max(1, naturalWidth ?? (req.size.mode === 'width' ? Math.round(req.size.width) : 1));
  const scale = width / extent.width;
  const gh = Math.max(1, Math.round(extent.height * scale));
  const { header, footer, ts } = bands(req, width);
  return { ...base, width, height: header + gh + footer, scale, graph: { x: 0, y: header, width, height: gh }, header, footer, textScale: ts };
}
