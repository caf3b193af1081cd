/**
 * Cytoscape watches its container with a ResizeObserver, which reports once as soon as
 * observing starts; Cytoscape answers 100 ms later, or after the first frame when that
 * frame blocks the page, with a resize that redraws every element although nothing
 * changed: one more long task after the first draw, 50 ms for the seed and 2 s at 20k
 * nodes, measured here. This wraps the instance's `resize` so that a call which finds the
 * container the same size only refreshes the container's cached position (a resize's
 * other job: clicks are mapped through it) and draws nothing. A real change of size goes
 * through as before. Used only by GraphCanvas.svelte, the instance's owner.
 */
import type { Core } from 'cytoscape';

/** The part of Cytoscape's renderer this needs; not in its typings, so looked up defensively. */
interface PositionCache {
  invalidateContainerClientCoordsCache?: () => void;
}

export interface SizedElement {
  getBoundingClientRect(): { width: number; height: number };
}

export function skipResizesThatChangeNothing(cy: Core, host: SizedElement): void {
  const resize = cy.resize.bind(cy);
  const sizeOf = () => {
    const r = host.getBoundingClientRect();
    return `${r.width}x${r.height}`;
  };
  // What the renderer measured when it was created, just before this call.
  let drawnAt = sizeOf();
  cy.resize = () => {
    const now = sizeOf();
    const renderer = (cy as unknown as { renderer?: () => PositionCache | undefined }).renderer?.();
    if (now === drawnAt && typeof renderer?.invalidateContainerClientCoordsCache === 'function') {
      renderer.invalidateContainerClientCoordsCache();
      return cy;
    }
    drawnAt = now;
    return resize();
  };
}

export interface ViewCamera {
  zoom: number;
  pan: { x: number; y: number };
}

/** The camera the last fit set, and how to fit again in a view of another size. */
export interface Fitted extends ViewCamera {
  refit(view: { width: number; height: number }): ViewCamera | null;
}

const same = (a: ViewCamera, b: ViewCamera) =>
  Math.abs(a.zoom - b.zoom) < 1e-9 && Math.abs(a.pan.x - b.pan.x) < 1e-6 && Math.abs(a.pan.y - b.pan.y) < 1e-6;

/**
 * When the container changes size (a window resized, a phone turned), Cytoscape keeps its
 * pan, anchored at the top left: a graph fitted to a wide window ran off the right edge
 * of a narrower one. If the camera is still where the last fit put it, the graph is
 * fitted again to the new size; if the user has moved it, the point at the centre stays
 * at the centre. `fitted` gives the last fit (null: none yet); the returned function
 * records a new one. Returns the function that stops following.
 */
export function followResizes(cy: Core, fitted: () => Fitted | null, onrefit: (f: Fitted) => void): () => void {
  let width = cy.width();
  let height = cy.height();
  const onresize = () => {
    const w = cy.width();
    const h = cy.height();
    if (w === width && h === height) return;
    const fit = fitted();
    const now = { zoom: cy.zoom(), pan: cy.pan() };
    const again = fit && same(now, fit) ? fit.refit({ width: w, height: h }) : null;
    if (fit && again) {
      cy.viewport(again);
      onrefit({ ...fit, ...again });
    } else {
      cy.panBy({ x: (w - width) / 2, y: (h - height) / 2 });
    }
    width = w;
    height = h;
  };
  cy.on('resize', onresize);
  return () => cy.removeListener('resize', onresize);
}
