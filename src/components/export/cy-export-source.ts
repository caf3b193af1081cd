/**
 * The export dialog's window on the canvas. GraphCanvas owns the Cytoscape instance and
 * hands it here (through its `oncy` callback); this reads positions and computed styles
 * into plain scenes, and turns a PngPlan into a PNG by rasterising the SVG writer's
 * output: one drawing for SVG, PNG and print, limited to the scope (cy.png would draw
 * every element), at exactly the planned size, never beyond the canvas limits.
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { ExportError } from '../../lib/export/errors';
import { writeSvg } from '../../lib/export/svg';
import { sceneRegion, type Region } from '../../lib/export/svg-geometry';
import type { Decorations, ExportSource, Point, PngPlan, Scene, SceneNode } from '../../lib/export/types';
import type { RingGuide } from '../../lib/view/layouts/geometry';
import { KIND_SHAPES, type KindShape } from '../../lib/view/shapes';
import { isMarked } from '../../lib/view/area-pattern';
import type { AreaPattern } from '../../lib/view/palette';
import type { NodeKind } from '../../lib/types';
import { INTERACTION_CLASSES } from '../../state/cy-sync';

const SHAPES = new Set<string>(Object.values(KIND_SHAPES));
const INTERACTION = new Set(INTERACTION_CLASSES.split(' '));
const INTERACTION_SELECTOR = [...INTERACTION].map((c) => `.${c}`).join(', ');

/** `rings`: the rings the canvas's layout put its nodes on (the Radiale view), if any. */
export function createExportSource(cy: Core, rings: () => readonly RingGuide[] | undefined = () => undefined): ExportSource {
  const nodesOf = (ids: Set<string> | null) => (ids ? cy.nodes().filter((n) => ids.has(n.id())) : cy.nodes());

  function scene(ids: Set<string> | null): Scene {
    // Styles are read without the selection's rings, the chain's and the hover's colours:
    // an exported picture shows the plan, not what the pointer was doing. The classes go
    // and come back in this one synchronous step (Cytoscape restyles each change at once,
    // outside a batch, and draws on the next frame, so the canvas never shows the gap).
    const decorated = cy.elements(INTERACTION_SELECTOR);
    const classes = decorated.map((el) => el.classes().filter((c) => INTERACTION.has(c)).join(' '));
    decorated.removeClass(INTERACTION_CLASSES);
    try {
      return plainScene(ids);
    } finally {
      decorated.forEach((el, i) => {
        el.addClass(classes[i]!);
      });
    }
  }

  function plainScene(ids: Set<string> | null): Scene {
    const nodes = nodesOf(ids);
    const inside = new Set(nodes.map((n) => n.id()));
    const guides = rings();
    return {
      ...(guides?.length ? { rings: guides } : {}),
      nodes: nodes.map(sceneNode),
      edges: cy
        .edges()
        .filter((e) => inside.has(e.source().id()) && inside.has(e.target().id()))
        .map((e: EdgeSingular) => ({
          id: e.id(),
          source: e.source().id(),
          target: e.target().id(),
          color: colour(e.style('line-color'), '#8A949E'),
          width: parseFloat(e.style('width')) || 1,
          arrow: e.style('target-arrow-shape') !== 'none',
        })),
    };
  }

  function viewportRegion(): Region {
    const ext = cy.extent();
    return { x1: ext.x1, y1: ext.y1, width: ext.w, height: ext.h };
  }

  function viewportIds(): Set<string> {
    const ext = cy.extent();
    const out = new Set<string>();
    cy.nodes().forEach((n) => {
      const b = n.boundingBox({});
      if (b.x2 >= ext.x1 && b.x1 <= ext.x2 && b.y2 >= ext.y1 && b.y1 <= ext.y2) out.add(n.id());
    });
    return out;
  }

  return {
    scene,
    viewportIds,
    extent(ids, full) {
      if (!full) {
        const r = viewportRegion();
        return { width: r.width, height: r.height, unit: cy.zoom() };
      }
      const r = sceneRegion(scene(ids));
      return { width: r.width, height: r.height, unit: 1 };
    },
    positions(ids) {
      const out = new Map<string, Point>();
      nodesOf(ids).forEach((n) => {
        out.set(n.id(), { ...n.position() });
      });
      return out;
    },
    rings: () => rings(),
    cyJson(ids) {
      const nodes = nodesOf(ids);
      const inside = new Set(nodes.map((n) => n.id()));
      const edges = cy.edges().filter((e) => inside.has(e.source().id()) && inside.has(e.target().id()));
      return { elements: { nodes: nodes.map((n) => n.json()), edges: edges.map((e) => e.json()) } };
    },
    async png(plan: PngPlan, ids: Set<string> | null = null, decorations: Decorations | null = null): Promise<Blob> {
      const chosen = plan.full ? ids : intersect(ids, viewportIds());
      const s = scene(chosen);
      const svg = writeSvg({ scene: s, plan, region: plan.full ? sceneRegion(s) : viewportRegion(), decorations });
      return rasterise(svg, plan);
    },
  };
}

function intersect(a: Set<string> | null, b: Set<string>): Set<string> {
  return a ? new Set([...b].filter((id) => a.has(id))) : b;
}

function sceneNode(n: NodeSingular): SceneNode {
  const shape = String(n.style('shape'));
  const label = String(n.style('label') ?? '');
  return {
    id: n.id(),
    kind: n.data('kind') as NodeKind,
    x: n.position('x'),
    y: n.position('y'),
    width: n.width(),
    height: n.height(),
    shape: (SHAPES.has(shape) ? shape : 'ellipse') as KindShape,
    fill: colour(n.style('background-color'), '#5F6B76'),
    stroke: colour(n.style('border-color'), '#FFFFFF'),
    strokeWidth: parseFloat(n.style('border-width')) || 0,
    label: label.replace(/\s+/g, ' ').trim(),
    fullLabel: String(n.data('full') ?? label),
    fontSize: parseFloat(n.style('font-size')) || 11,
    labelColor: colour(n.style('color'), '#1F2328'),
    labelSide: n.style('text-halign') === 'right' ? 'right' : 'bottom',
    // From the data, not the style: big graphs leave patterns off the screen for speed,
    // but a picture is drawn once, and its legend shows them.
    ...(isMarked(n.data('pattern')) ? { pattern: n.data('pattern') as AreaPattern } : {}),
  };
}

/** Cytoscape reports colours as "rgb(r,g,b)"; the SVG gets #RRGGBB. */
function colour(value: unknown, fallback: string): string {
  const s = String(value ?? '');
  const m = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/i.exec(s);
  if (m) return `#${[m[1], m[2], m[3]].map((v) => Number(v).toString(16).padStart(2, '0')).join('')}`.toUpperCase();
  return /^#[0-9a-f]{3,8}$/i.test(s) ? s : fallback;
}

export async function rasterise(svg: string, plan: PngPlan): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image(plan.width, plan.height);
    img.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new ExportError('render-failed', 'the picture could not be rendered'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = plan.width;
    canvas.height = plan.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new ExportError('no-canvas', 'no 2D canvas available');
    ctx.drawImage(img, 0, 0, plan.width, plan.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    // A null blob is how browsers report a canvas past their limits: never hand back a blank file.
    if (!blob) throw new ExportError('encode-failed', `the browser could not encode a ${plan.width} × ${plan.height} image`, { width: plan.width, height: plan.height });
    return blob;
  } finally {
    URL.revokeObjectURL(url);
  }
}
