/**
 * The projector theme as Cytoscape style overrides (plain objects; no cytoscape import).
 * The canvas appends them after its own stylesheet while presenting. Cytoscape font sizes
 * are in model units and shrink with the zoom, so the label size is computed for the
 * current zoom: at least MIN_LABEL_PX on screen at 1920×1080 (the canvas re-applies on zoom).
 */
import { AREA_PALETTE, NEUTRAL, liftForBackground } from '../view/palette';

export type ProjectorTheme = 'light' | 'dark';
export const PROJECTOR_THEMES: readonly ProjectorTheme[] = ['light', 'dark'];

export interface StyleRule {
  selector: string;
  style: Record<string, string | number>;
}

/** On-screen label height for a projector at 1920×1080, CSS pixels. */
export const MIN_LABEL_PX = 24;
export const PROJECTOR_LABEL_PX = 26;
/** Share of the screen's height the caption band takes (PresenterOverlay's --trama-presenter-band: 24vh). */
export const PRESENTER_BAND = 0.24;
/** The caption band's height in px on a screen `viewportHeight` high, as the canvas above it rounds. */
export function naturalBandPx(viewportHeight: number): number {
  return viewportHeight - Math.round(viewportHeight * (1 - PRESENTER_BAND));
}
/**
 * Height (CSS px) of the strip at the top of the canvas that the presenter's button bar
 * covers (PresenterOverlay's .controls: 0.5rem from the top, 16 px buttons, bottom at
 * about 46 px). Its buttons keep a fixed size at any viewport, so the strip does too. A
 * step's camera frames the canvas below it, or the top row sat under the buttons.
 */
export const PRESENTER_TOOLBAR_PX = 50;

export const PROJECTOR_COLORS: Record<ProjectorTheme, { background: string; text: string; outline: string; edge: string; dim: number; lit: string }> = {
  light: { background: '#FFFFFF', text: '#000000', outline: '#FFFFFF', edge: '#3A3A3A', dim: 0.15, lit: '#000000' },
  dark: { background: '#000000', text: '#FFFFFF', outline: '#000000', edge: '#C8C8C8', dim: 0.2, lit: '#FFD400' },
};

/**
 * Model-unit font size that renders `px` CSS pixels at `zoom`, scaled for screens smaller
 * or larger than 1080 px high so the label keeps its share of the projected picture.
 */
export function projectorFontSize(zoom: number, viewportHeight = 1080, px = PROJECTOR_LABEL_PX): number {
  const z = Number.isFinite(zoom) && zoom > 0 ? zoom : 1;
  const screen = Math.max(MIN_LABEL_PX * Math.min(1, viewportHeight / 1080), px * (viewportHeight / 1080));
  return Math.round((screen / z) * 100) / 100;
}

export function projectorStyle(theme: ProjectorTheme, zoom = 1, viewportHeight = 1080): StyleRule[] {
  const c = PROJECTOR_COLORS[theme];
  const size = projectorFontSize(zoom, viewportHeight);
  const ring = Math.max(3, 4 / (zoom || 1));
  return [
    {
      selector: 'node',
      style: {
        'font-size': size,
        'font-weight': 'bold',
        color: c.text,
        'text-outline-color': c.outline,
        // The label's backing follows the theme, or white text would sit on white.
        'text-background-color': c.background,
        'text-background-opacity': 0.85,
        'text-outline-width': Math.round(size * 0.12 * 100) / 100,
        // Labels come wrapped (the step's layout spaced nodes by those lines): never re-wrap them.
        'text-max-width': `${Math.round(size * 40)}px`,
        'min-zoomed-font-size': 0,
      },
    },
    // Area colours are made for a white canvas: on black, the dark ones are lifted to 3:1.
    ...[...AREA_PALETTE, NEUTRAL]
      .filter((color) => liftForBackground(color, c.background) !== color.toUpperCase())
      .map((color) => ({ selector: `node[color = "${color}"]`, style: { 'background-color': liftForBackground(color, c.background) } })),
    { selector: 'edge', style: { 'line-color': c.edge, 'target-arrow-color': c.edge, width: Math.max(2, 3 / (zoom || 1)) } },
    // The canvas marks a step's lit nodes 'chain' and the rest 'faded' (src/state/cy-sync.ts).
    { selector: '.faded', style: { opacity: c.dim, 'text-opacity': 0 } },
    // The ring goes outside the node: centred on its edge, a ring this wide covered most of
    // a small node, and with it the colour and pattern that tell its ambito. Round joins:
    // Cytoscape clips a node to its box plus one border width, which cut mitred tips off
    // triangles, diamonds and stars.
    { selector: 'node.chain', style: { 'border-width': ring, 'border-color': c.lit, 'border-position': 'outside', 'border-join': 'round', opacity: 1 } },
    { selector: 'edge.chain', style: { opacity: 1, 'line-color': c.lit, 'target-arrow-color': c.lit } },
    // Selected: a wider ring. A double one drawn outside read as a gap cut into the node;
    // the explorer's blue outline, made for a white canvas, is left off the stage.
    {
      selector: 'node.selected',
      style: { 'border-width': ring * 1.6, 'border-color': c.lit, 'border-style': 'solid', 'border-position': 'outside', 'border-join': 'round', 'outline-width': 0 },
    },
  ];
}

/** CSS class the shell puts on the app root while presenting (colours for panels and overlay). */
export function projectorClass(theme: ProjectorTheme): string {
  return `trama-projector trama-projector-${theme}`;
}

export function projectorBackground(theme: ProjectorTheme): string {
  return PROJECTOR_COLORS[theme].background;
}
