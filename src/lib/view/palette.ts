/**
 * Colours of the ambiti. Derived from Okabe–Ito (colour-blind safe), darkened where needed
 * so that every colour reaches 3:1 against the white canvas (WCAG 1.4.11, graphical
 * objects). Colour is never the only cue: kinds have shapes, areas have labels and patterns.
 */
import type { Payload } from '../types';

export const AREA_PALETTE = [
  '#0072B2', // blue
  '#C15000', // vermillion, darkened
  '#007A5A', // bluish green, darkened
  '#A8447F', // reddish purple, darkened
  '#7A5C00', // ochre (Okabe–Ito yellow is unreadable on white)
  '#5B4A9B', // violet
  '#006E7F', // teal
  '#8C2F1B', // brick
] as const;

/** Organisms not coloured by an area, and anything outside every area. */
export const NEUTRAL = '#5F6B76';
export const CANVAS_BACKGROUND = '#FFFFFF';

/** Patterns that go with the colours in legends and filters, so colour is never the only cue. */
export const AREA_PATTERNS = ['solid', 'diagonal', 'dots', 'cross', 'horizontal', 'vertical', 'grid', 'zigzag'] as const;
export type AreaPattern = (typeof AREA_PATTERNS)[number];

export interface AreaStyle {
  color: string;
  pattern: AreaPattern;
  /** 1-based position among the areas, printed as a number badge where shapes are small. */
  index: number;
}

/** One style per area, by document order; wraps around past eight areas (patterns then differ). */
export function areaStyles(payload: Pick<Payload, 'nodes'>): Map<string, AreaStyle> {
  const out = new Map<string, AreaStyle>();
  let i = 0;
  for (const n of payload.nodes) {
    if (n.kind !== 'area') continue;
    out.set(n.id, {
      color: AREA_PALETTE[i % AREA_PALETTE.length],
      pattern: AREA_PATTERNS[(i + Math.floor(i / AREA_PALETTE.length)) % AREA_PATTERNS.length],
      index: i + 1,
    });
    i++;
  }
  return out;
}

/** WCAG relative-luminance contrast ratio between two #RRGGBB colours. */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

function luminance(hex: string): number {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`palette: invalid colour ${hex}. Expecting #RRGGBB.`);
  const v = parseInt(m[1], 16);
  const ch = [(v >> 16) & 255, (v >> 8) & 255, v & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2];
}

/**
 * `hex` mixed towards white, in 5% steps, until it reaches `min`:1 against `background`:
 * the same hue, light enough to stand out on a dark canvas (WCAG 1.4.11, graphical objects).
 * Colours that already reach it come back unchanged.
 */
export function liftForBackground(hex: string, background: string, min = 3): string {
  if (contrastRatio(hex, background) >= min) return hex.toUpperCase();
  const v = parseInt(hex.replace('#', ''), 16);
  const rgb = [(v >> 16) & 255, (v >> 8) & 255, v & 255];
  for (let step = 1; step <= 20; step++) {
    const mix = rgb.map((c) => Math.round(c + ((255 - c) * step) / 20));
    const out = '#' + mix.map((c) => c.toString(16).padStart(2, '0')).join('').toUpperCase();
    if (contrastRatio(out, background) >= min) return out;
  }
  return '#FFFFFF';
}
