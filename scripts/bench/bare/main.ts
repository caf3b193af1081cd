/**
 * The baseline page: fetch the same graph.json the app fetches, build the same scene with
 * the same pure modules, and draw it the way GraphCanvas.svelte does (instance with the
 * stylesheet and options, elements added in one batch, preset layout with fit), nothing
 * else: no framework, no panels, no validation. Sets data-ready="true" when the layout
 * stops, as the app's canvas does, and leaves milestones in window.__bare for the report.
 */
import cytoscape from 'cytoscape';
import { APP_CORE_OPTIONS, bareScene } from './scene';

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
    ...APP_CORE_OPTIONS,
    textureOnViewport: scene.render.textureOnViewport,
    hideEdgesOnViewport: scene.render.hideEdgesOnViewport,
    motionBlur: scene.render.motionBlur,
    pixelRatio: scene.render.pixelRatio,
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
