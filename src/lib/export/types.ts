/**
 * Shared shapes of the export feature: what is exported (a scope), how a picture is
 * described without a screen (a scene), how a PNG is planned, and what the canvas
 * owner offers the dialog (ExportSource). Pure types: the writers, the CLI and the app
 * all speak these.
 */
import type { AreaPattern } from '../view/palette';
import type { KindShape } from '../view/shapes';
import type { RingGuide } from '../view/layouts/geometry';
import type { NodeKind, PayloadEdge, PayloadNode } from '../types';

export const SCOPE_KINDS = ['all', 'visible', 'selection', 'focus'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

/** A part of the graph: nodes in payload order and the payload edges among them. */
export interface Scope {
  kind: ScopeKind;
  /** Short ASCII token for file names: "all", "visible", "selection", "focus-<node>". */
  token: string;
  nodes: PayloadNode[];
  edges: PayloadEdge[];
}

export const DATA_FORMATS = ['gexf', 'graphml', 'cyjs', 'json', 'csv'] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];
export const IMAGE_FORMATS = ['png', 'svg', 'print'] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];
export type ExportFormat = DataFormat | ImageFormat;

export type CsvSeparator = 'comma' | 'semicolon';
export type CsvTable = 'nodes' | 'edges' | 'ranking';

export interface Point {
  x: number;
  y: number;
}

/** A node as drawn: centre, box size, shape and colours, in model coordinates. */
export interface SceneNode {
  id: string;
  kind: NodeKind;
  x: number;
  y: number;
  width: number;
  height: number;
  shape: KindShape;
  fill: string;
  stroke: string;
  strokeWidth: number;
  /** Text shown under the node (may be shortened); the full label goes in a tooltip. */
  label: string;
  fullLabel: string;
  fontSize: number;
  labelColor: string;
  /** The ambito's pattern drawn over the fill, as on the canvas and in the legend; absent
   *  when the colour is not an area's. */
  pattern?: AreaPattern;
  /** Where the label sits, as on screen: under the node (default) or to its right. */
  labelSide?: 'bottom' | 'right';
}

export interface SceneEdge {
  id: string;
  source: string;
  target: string;
  color: string;
  width: number;
  arrow: boolean;
}

export interface Scene {
  nodes: SceneNode[];
  edges: SceneEdge[];
  /** The Radiale view's rings around the model origin, drawn as faint guides under the graph. */
  rings?: readonly RingGuide[];
}

/** What the picture carries around the graph (on by default). */
export interface Decorations {
  title: string | null;
  /** "Fonte: …", built from payload.meta.citation. */
  source: string | null;
  legend: LegendEntry[];
  /** Alternative text, embedded in the SVG's <desc>. */
  alt: string;
}

export type LegendEntry =
  | { type: 'kind'; kind: NodeKind; shape: KindShape; label: string }
  | { type: 'area'; areaId: string; color: string; pattern: AreaPattern; index: number; label: string }
  /** The Radiale rings' key: what each numbered band holds, on one line. */
  | { type: 'rings'; label: string };

export type PngBackground = 'white' | 'transparent';
export type PrintPreset = 'a4' | 'a3';

/** The result of planPng: sizes the renderer must produce, never beyond canvas limits. */
export interface PngPlan {
  /** Final image size in pixels. */
  width: number;
  height: number;
  /** Pixels per model unit for the graph picture. */
  scale: number;
  /** Whole scope (true) or only what the viewport shows (false). */
  full: boolean;
  background: PngBackground;
  /** Where the graph picture sits in the image (bands above and below hold title, legend, source). */
  graph: { x: number; y: number; width: number; height: number };
  /** Band heights in pixels (0 when no decorations). */
  header: number;
  footer: number;
  /** Multiplier for text and legend sizes (1 at ~1000 px wide). */
  textScale: number;
  /** True when the request exceeded the canvas limits and was reduced; `requested` says to what. */
  capped: boolean;
  requested: { width: number; height: number };
}

/** What the canvas owner (GraphCanvas) offers the export dialog. */
export interface ExportSource {
  /** Renders a plan into a PNG; `decorations` are drawn in the bands when the plan has them. */
  png(plan: PngPlan, ids?: Set<string> | null, decorations?: Decorations | null): Promise<Blob>;
  /** Positions and computed styles of the given nodes (all when null), for the SVG writer. */
  scene(ids: Set<string> | null): Scene;
  /** Model-coordinate bounding box of the given nodes, or of the viewport when `full` is false. */
  extent(ids: Set<string> | null, full: boolean): { width: number; height: number };
  /** Current positions of the given nodes, for Cytoscape JSON. */
  positions(ids: Set<string> | null): Map<string, Point>;
  /** Cytoscape's own JSON (cy.json() shape: elements with data and positions) of the given nodes and the edges among them. */
  cyJson(ids: Set<string> | null): object;
  /** Ids of the nodes inside the current viewport. */
  viewportIds(): Set<string>;
  /** The rings the picture of these nodes draws (the Radiale view), if any. */
  rings?(ids: Set<string> | null): readonly RingGuide[] | undefined;
}
