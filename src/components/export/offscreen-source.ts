/**
 * Pictures of what the canvas does not draw. The canvas's ExportSource can only picture
 * the nodes on screen, so "the whole graph" exported while filters or a focus hide nodes
 * (or from the Organismi view, which draws organisms only) used to lack them. This wraps
 * that source: a scope wholly on the canvas is drawn from the canvas, as before; any
 * other is drawn from `offscreen`, a scene built with the app's own layouts and styles.
 * The viewport-only PNG stays with the canvas: the viewport shows only what is drawn.
 */
import { writeSvg } from '../../lib/export/svg';
import { sceneRegion } from '../../lib/export/svg-geometry';
import type { Decorations, ExportSource, Point, PngPlan, Scene } from '../../lib/export/types';
import { rasterise } from './cy-export-source';

export interface OffscreenOptions {
  /** Ids of the nodes the canvas draws now. */
  drawn: () => ReadonlySet<string>;
  /** The scene of these ids, laid out as the current view would lay them out unfiltered. */
  offscreen: (ids: Set<string>) => Scene;
}

/** How many of `ids` the canvas does not draw (0 when `ids` is null: everything drawn). */
export function countOffCanvas(ids: Iterable<string> | null, drawn: ReadonlySet<string>): number {
  let n = 0;
  for (const id of ids ?? []) if (!drawn.has(id)) n++;
  return n;
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

export function withOffscreen(source: ExportSource, { drawn, offscreen }: OffscreenOptions): ExportSource {
  const off = (ids: Set<string> | null | undefined): ids is Set<string> => !!ids && countOffCanvas(ids, drawn()) > 0;
  // The dialog asks for the same scope's scene several times per choice (plan, file),
  // each time with a fresh Set: comparing members is far cheaper than laying out again.
  let cached: { ids: Set<string>; scene: Scene } | null = null;
  const sceneOf = (ids: Set<string>) => {
    if (!cached || !sameSet(cached.ids, ids)) cached = { ids: new Set(ids), scene: offscreen(ids) };
    return cached.scene;
  };
  return {
    scene: (ids) => (off(ids) ? sceneOf(ids) : source.scene(ids)),
    viewportIds: () => source.viewportIds(),
    extent(ids, full) {
      if (!full || !off(ids)) return source.extent(ids, full);
      const r = sceneRegion(sceneOf(ids));
      return { width: r.width, height: r.height };
    },
    positions(ids) {
      if (!off(ids)) return source.positions(ids);
      return new Map<string, Point>(sceneOf(ids).nodes.map((n) => [n.id, { x: n.x, y: n.y }]));
    },
    cyJson: (ids) => source.cyJson(ids),
    // A picture laid out off the canvas has its own layout's rings.
    rings: (ids) => (off(ids) ? sceneOf(ids).rings : source.rings?.(ids)),
    async png(plan: PngPlan, ids: Set<string> | null = null, decorations: Decorations | null = null): Promise<Blob> {
      if (!plan.full || !off(ids)) return source.png(plan, ids, decorations);
      const scene = sceneOf(ids);
      return rasterise(writeSvg({ scene, plan, region: sceneRegion(scene), decorations }), plan);
    },
  };
}
