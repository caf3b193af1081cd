/**
 * Where the legend's entries go in the picture's footer band. Shared by the PNG plan
 * (which reserves the rows) and the SVG writer (which draws them, and from which the PNG
 * is rasterised), so both agree on the number of rows.
 *
 * Entries sit in a grid, row by row; each column is as wide as its widest entry. The
 * most columns whose widths (plus a gap) fit the band win, so long ambito names get fewer
 * columns and more rows instead of being cut; a name is shortened only when it does not
 * fit even alone on its row. Widths are estimated glyph by glyph (textWidth): capitals
 * count more than lower case.
 */
import { textWidth } from '../view/text-width';
import type { LegendEntry } from './types';

/** Sizes at text scale 1 (the plan's textScale multiplies them all). */
export const LEGEND = {
  font: 14,
  /** Swatch (shape or pattern square) side. */
  box: 18,
  /** Between swatch and text. */
  textGap: 8,
  /** The least space between one entry's text and the next entry's swatch. */
  gap: 24,
  /** Left and right margin of the band. */
  margin: 16,
  rowHeight: 30,
} as const;

/** The text an entry shows: the kind's name, or the ambito's number and name. */
export function legendText(e: LegendEntry): string {
  return e.type === 'area' ? `${e.index}. ${e.label}` : e.label;
}

export interface LegendCell {
  /** Left edge of the swatch, and of the text. */
  x: number;
  textX: number;
  /** Row index from 0. */
  row: number;
  /** What to write, shortened with "…" only when even one column is too narrow. */
  text: string;
  /** Estimated right edge of the written text. */
  right: number;
}

export interface LegendGrid {
  columns: number;
  rows: number;
  cells: LegendCell[];
}

/** Cuts `text` with an ellipsis so that its estimated width stays within `max` px. */
export function clipToWidth(text: string, max: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= max) return text;
  const chars = [...text];
  let n = chars.length - 1;
  while (n > 1 && textWidth(chars.slice(0, n).join('').trimEnd() + '…', fontSize) > max) n--;
  return chars.slice(0, n).join('').trimEnd() + '…';
}

export function legendGrid(texts: readonly string[], width: number, ts: number): LegendGrid {
  if (!texts.length) return { columns: 0, rows: 0, cells: [] };
  const font = LEGEND.font * ts;
  const lead = (LEGEND.box + LEGEND.textGap) * ts;
  const gap = LEGEND.gap * ts;
  const avail = Math.max(1, width - 2 * LEGEND.margin * ts);
  const natural = texts.map((t) => lead + textWidth(t, font));
  const widthsFor = (cols: number) => {
    const w = new Array<number>(cols).fill(0);
    natural.forEach((n, i) => (w[i % cols] = Math.max(w[i % cols], n)));
    return w;
  };
  let columns = 1;
  for (let cols = texts.length; cols > 1; cols--) {
    const w = widthsFor(cols);
    if (w.reduce((s, x) => s + x, 0) + gap * (cols - 1) <= avail) {
      columns = cols;
      break;
    }
  }
  const colW = widthsFor(columns);
  // Spread what is left over the columns, so the legend uses the band's whole width
  // (at most doubling a column, so a short legend does not scatter across it).
  const spare = avail - colW.reduce((s, x) => s + x, 0) - gap * (columns - 1);
  const extra = columns > 1 ? Math.max(0, Math.min(spare / columns, Math.min(...colW))) : 0;
  const starts: number[] = [];
  let at = LEGEND.margin * ts;
  for (const w of colW) {
    starts.push(at);
    at += w + extra + gap;
  }
  const cells = texts.map((t, i) => {
    const x = starts[i % columns];
    // Only a single column can be too narrow (wider grids were chosen because they fit).
    const text = columns === 1 ? clipToWidth(t, avail - lead, font) : t;
    return { x, textX: x + lead, row: Math.floor(i / columns), text, right: x + lead + textWidth(text, font) };
  });
  return { columns, rows: Math.ceil(texts.length / columns), cells };
}
