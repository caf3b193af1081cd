/**
 * The baseline page: fetch the same graph.json the app fetches, build the same scene with
 * the same pure modules, and draw it the way GraphCanvas.svelte does (instance with the
 * stylesheet and core options, from style.ts's coreOptions; elements added in one batch),
 * nothing else: no framework, no panels, no validation. It fits the plain Cytoscape way
 * (`fit: true`, which measures every label); the app sets its camera from the layout's
 * own boxes (src/lib/view/camera.ts), one of the things the comparison is meant to show.
 * Sets data-ready="true" when the layout stops, as the app's canvas does, and leaves
 * milestones in window.__bare for the report.
 */
import cytoscape from 'cytoscape';
import { bareScene } from './scene';

interface BareTimings {
  fetched: number;
  parsed: number;
  scene: number;
  created: number;
  drawn: number;
  nodes: number;
  edges: number;
  error: string;
}
declare global {
  interface Window {
    __bare?: Partial<BareTimings>;
  }
}

async function main(): Promise<void> {
  const t: Partial<BareTimings> = (window.__bare = {});
  const container = document.getElementById('cy')!;
  container.dataset.ready = 'false';
  const response = await fetch('./data/graph.json', { cache: 'no-cache' });
  const text = await response.text();
  t.fetched = performance.now();
  const payload = JSON.parse(text);
  t.parsed = performance.now();
  const scene = bareScene(payload);
  t.scene = performance.now();
  t.nodes = scene.nodeCount;
  t.edges = scene.edgeCount;
  const cy = cytoscape({
    container,
    style: scene.style as unknown as cytoscape.StylesheetJson,
    ...scene.core,
  });
  cy.batch(() => cy.add(scene.elements as unknown as cytoscape.ElementDefinition[]));
  t.created = performance.now();
  cy.one('render', () => requestAnimationFrame(() => (t.drawn = performance.now())));
  cy.layout({
    name: 'preset',
    fit: true,
    padding: 30,
    animate: false,
    stop: () => {
      container.dataset.ready = 'true';
    },
  }).run();
}

main().catch((e: unknown) => {
  window.__bare = { ...window.__bare, error: String(e) };
  document.body.dataset.error = String(e);
});
