/**
 * Everything the Export button needs, in one module the app imports on demand (the first
 * click on Export): the dialog, its writers and the canvas adapters stay out of the code
 * the first draw waits for.
 */
import type { Core } from 'cytoscape';
import type { ElementSet } from '../../lib/view/elements';
import type { PresetLayout, RingGuide } from '../../lib/view/layouts/geometry';
import type { ExportSource } from '../../lib/export/types';
import { sceneFromElements } from '../../lib/export/scene';
import { createExportSource } from './cy-export-source';
import { withOffscreen } from './offscreen-source';
export { default as ExportDialog } from './ExportDialog.svelte';
export { countOffCanvas } from './offscreen-source';
export { litScope } from '../../lib/export/scope';

export interface SourceNeeds {
  /** Ids the canvas draws now. */
  drawn: () => ReadonlySet<string>;
  /** The current view's layout of these ids with nothing hidden (ExplorerState.layoutOf). */
  layoutOf: (ids: ReadonlySet<string>) => { elements: ElementSet; layout: PresetLayout } | null;
  sizes: () => ReadonlyMap<string, number>;
  /** The rings of the canvas's layout (the Radiale view), if any. */
  rings?: () => readonly RingGuide[] | undefined;
}

/** The canvas as an export source, able to picture scopes the canvas does not wholly draw. */
export function exportSource(cy: Core, needs: SourceNeeds): ExportSource {
  return withOffscreen(createExportSource(cy, needs.rings), {
    drawn: needs.drawn,
    offscreen: (ids) => {
      const laid = needs.layoutOf(ids);
      return laid ? sceneFromElements(laid.elements, laid.layout, needs.sizes()) : { nodes: [], edges: [] };
    },
  });
}
