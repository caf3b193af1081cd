/**
 * The Cytoscape stylesheet as a pure function of what is drawn. Shape says the kind,
 * colour the area (data.color), size the measure (data.size); state classes (selected,
 * chain, faded, hover, hover-neighbour, focus-root, search-hit) are set by the canvas.
 * Big graphs get cheaper edges: each bezier edge with an arrow and a label costs
 * several times a straight one on every redraw.
 */
import { KIND_SHAPES } from './shapes';
import { LABEL_BACKGROUND_PADDING, LABEL_SPECS } from './label';
import { NODE_KINDS } from '../types';
import { patternTileUri } from './area-pattern';
import { AREA_PATTERNS } from './palette';

export interface StyleRule {
  selector: string;
  style: Record<string, string | number | number[]>;
}

export interface RenderOptions {
  /** Above this many elements, edges go haystack, lose their arrows, labels hide when tiny. */
  large: boolean;
  /** Cytoscape renderer options that matter at scale. */
  textureOnViewport: boolean;
  hideEdgesOnViewport: boolean;
  motionBlur: boolean;
  pixelRatio: number | 'auto';
}

export const LARGE_GRAPH = 1000;
export const TEXTURE_GRAPH = 2000;

export function renderOptions(elementCount: number): RenderOptions {
  return {
    large: elementCount > LARGE_GRAPH,
    // Redrawing a cached bitmap while panning is what keeps 5k–20k nodes fluid here;
    // hiding edges instead made things worse in measurements at 5k.
    textureOnViewport: elementCount > TEXTURE_GRAPH,
    hideEdgesOnViewport: false,
    motionBlur: false,
    pixelRatio: elementCount > TEXTURE_GRAPH ? 1 : 'auto',
  };
}

/**
 * Everything the Cytoscape instance is created with besides container and style, for the
 * app's canvas and the benchmark's bare page alike (one source, so they draw the same).
 * minZoom matters at scale: it stops a fit from shrinking a big graph to specks.
 * Plain drag pans; Shift/Ctrl/Cmd+drag on the background draws a selection box.
 */
export interface CoreOptions {
  minZoom: number;
  maxZoom: number;
  boxSelectionEnabled: boolean;
  selectionType: 'single' | 'additive';
  textureOnViewport: boolean;
  hideEdgesOnViewport: boolean;
  motionBlur: boolean;
  pixelRatio: number | 'auto';
}

export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 4;

export function coreOptions(elementCount: number): CoreOptions {
  const { textureOnViewport, hideEdgesOnViewport, motionBlur, pixelRatio } = renderOptions(elementCount);
  return {
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    boxSelectionEnabled: true,
    selectionType: 'single',
    textureOnViewport,
    hideEdgesOnViewport,
    motionBlur,
    pixelRatio,
  };
}

const TEXT = '#1F2328';
const EDGE = '#8A949E';
// Shared with the preview (preview.ts), which paints the same picture before Cytoscape can.
export const TEXT_COLOR = TEXT;
export const EDGE_COLOR = EDGE;
export const EDGE_WIDTH = 1.4;
export const EDGE_OPACITY = 0.9;
export const NODE_BORDER = '#FFFFFF';
export const NODE_BORDER_WIDTH = 1.5;
export const LABEL_FONT = 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
/** On big graphs Cytoscape hides labels drawn smaller than this on screen. */
export const LARGE_MIN_FONT_PX = 9;
const HIGHLIGHT = '#111111';
const SELECT = '#B00020';
const FOCUS_RING = '#1A56DB';

/**
 * The ambito's pattern over its colour, so colour is not the only cue on the canvas either.
 * Kept out of `stylesheet`: the canvas adds these once its first frame is up, because
 * seven images decoded and drawn into the first frame made the seed's first draw about
 * 150 ms later. None on big graphs: every patterned node is one more image fill on each
 * redraw, and there the tooltip, the legend and the area filter carry the meaning.
 */
export function patternRules(elementCount: number): StyleRule[] {
  if (renderOptions(elementCount).large) return [];
  const rules: StyleRule[] = [];
  for (const pattern of AREA_PATTERNS) {
    const uri = patternTileUri(pattern);
    if (uri) rules.push({ selector: `node[pattern = "${pattern}"]`, style: { 'background-image': uri, 'background-repeat': 'repeat' } });
  }
  return rules;
}

export function stylesheet(elementCount: number): StyleRule[] {
  const { large } = renderOptions(elementCount);
  const rules: StyleRule[] = [
    {
      selector: 'node',
      style: {
        shape: 'ellipse',
        width: 'data(size)',
        height: 'data(size)',
        'background-color': 'data(color)',
        'border-width': NODE_BORDER_WIDTH,
        'border-color': NODE_BORDER,
        label: 'data(label)',
        color: TEXT,
        'font-family': LABEL_FONT,
        'text-wrap': 'wrap',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-background-color': '#FFFFFF',
        'text-background-opacity': 0.85,
        'text-background-padding': `${LABEL_BACKGROUND_PADDING}px`,
        'min-zoomed-font-size': large ? LARGE_MIN_FONT_PX : 0,
        'transition-property': 'opacity',
        'transition-duration': 0,
      },
    },
  ];
  for (const kind of NODE_KINDS) {
    rules.push({
      selector: `node.k-${kind}`,
      style: { shape: KIND_SHAPES[kind], 'font-size': LABEL_SPECS[kind].fontSize, 'font-weight': LABEL_SPECS[kind].bold ? 'bold' : 'normal' },
    });
  }
  rules.push(
    // Labels to the right of the node in the left-to-right hierarchy (set by the layout).
    { selector: 'node.label-right', style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-x': 6, 'text-margin-y': 0 } },
    {
      selector: 'edge',
      style: {
        width: EDGE_WIDTH,
        'line-color': EDGE,
        'curve-style': large ? 'haystack' : 'straight',
        'target-arrow-shape': large ? 'none' : 'triangle',
        'target-arrow-color': EDGE,
        'arrow-scale': 0.8,
        opacity: EDGE_OPACITY,
        // Nothing listens on edges: on big graphs, spare every mouse move a hit test of each one.
        events: large ? 'no' : 'yes',
      },
    },
    { selector: 'edge.bridge', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 3] } },
    {
      selector: 'edge.co',
      style: { width: 'mapData(weight, 1, 10, 1.5, 10)', 'target-arrow-shape': 'none', 'curve-style': large ? 'haystack' : 'straight', opacity: 0.7 },
    },
    { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0.35 } },
    { selector: 'edge.chain', style: { 'line-color': HIGHLIGHT, 'target-arrow-color': HIGHLIGHT, width: 2.4, opacity: 1 } },
    { selector: 'node.chain', style: { 'border-color': HIGHLIGHT, 'border-width': 2.5 } },
    { selector: 'node.hover-neighbour', style: { 'border-color': HIGHLIGHT, 'border-width': 2.5, opacity: 1, 'text-opacity': 1 } },
    { selector: 'edge.hover-neighbour', style: { 'line-color': HIGHLIGHT, 'target-arrow-color': HIGHLIGHT, width: 2.4, opacity: 1 } },
    { selector: 'node.hover', style: { 'border-color': HIGHLIGHT, 'border-width': 3.5, opacity: 1, 'text-opacity': 1, 'z-index': 20 } },
    { selector: 'node.search-hit', style: { 'border-color': FOCUS_RING, 'border-width': 3, 'border-style': 'double' } },
    // The selection: a thick dark-red ring plus an outline, so it does not rest on colour alone.
    // Not a bold label: Cytoscape kept drawing a label into the box of its old weight once
    // a class made it bold ("UNA CASA PER TUT" after keyboard navigation), and the layout
    // would have to leave room for the wider bold text on every node.
    {
      selector: 'node.selected',
      style: {
        'border-color': SELECT,
        'border-width': 5,
        'outline-color': FOCUS_RING,
        'outline-width': 3,
        'outline-offset': 2,
        'z-index': 30,
      },
    },
    { selector: 'node.focus-root', style: { 'border-style': 'double', 'border-width': 6, 'border-color': HIGHLIGHT } },
    // Cytoscape's own selection/active overlays would duplicate ours.
    { selector: 'node:selected', style: { 'overlay-opacity': 0 } },
    { selector: 'node:active', style: { 'overlay-opacity': 0.12, 'overlay-color': HIGHLIGHT } },
  );
  return rules;
}
