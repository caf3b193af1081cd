/**
 * How the canvas meets a change of size, in Chromium on the built app:
 * - Cytoscape redraws every element on a resize, and its ResizeObserver reports the
 *   container once when it starts watching; Cytoscape used to answer with a resize that
 *   changed nothing, a long task right after the first draw (2 s at 20k nodes). The canvas
 *   skips those (src/state/cy-resize.ts).
 * - A real change of size reaches Cytoscape. A graph still at its fitted camera is fitted
 *   again (it used to run off the edge of a narrower window); one the user has moved keeps
 *   the point at its centre. Clicks land where the nodes are drawn.
 */
import { test, expect, type Page } from '@playwright/test';
import { CANVAS, gotoApp, nodeOnScreen, settle } from './helpers/app';

// Records Cytoscape's resize events from the moment the instance exists.
const WATCH_RESIZES = `(() => {
  const seen = [];
  Object.defineProperty(window, '__resizes', { value: seen });
  new MutationObserver((_, obs) => {
    const host = document.querySelector('[data-cy-host]');
    if (!host || !host._cyreg) return;
    obs.disconnect();
    host._cyreg.cy.on('resize', () => seen.push(performance.now()));
  }).observe(document, { subtree: true, childList: true });
})();`;

type View = { width: number; height: number; canvas: number; zoom: number; pan: { x: number; y: number }; out: number };
/** The host's size, its canvas's backing width (CSS px), the camera, and how many nodes are drawn outside the host. */
const view = (page: Page): Promise<View> =>
  page.locator(`${CANVAS} [data-cy-host]`).evaluate((el) => {
    type Node = { renderedBoundingBox(o: object): { x1: number; x2: number; y1: number; y2: number } };
    const cy = (el as unknown as { _cyreg: { cy: { zoom(): number; pan(): { x: number; y: number }; nodes(): { forEach(f: (n: Node) => void): void } } } })._cyreg.cy;
    const r = el.getBoundingClientRect();
    let out = 0;
    cy.nodes().forEach((n) => {
      const b = n.renderedBoundingBox({ includeLabels: false });
      if (b.x1 < -1 || b.y1 < -1 || b.x2 > r.width + 1 || b.y2 > r.height + 1) out++;
    });
    return { width: r.width, height: r.height, canvas: el.querySelector('canvas')!.width / devicePixelRatio, zoom: cy.zoom(), pan: cy.pan(), out };
  });
const resizes = (page: Page) => page.evaluate('window.__resizes.length') as Promise<number>;
const centre = (v: View) => ({ x: (v.width / 2 - v.pan.x) / v.zoom, y: (v.height / 2 - v.pan.y) / v.zoom });

test('no redraw for a size that did not change; a real resize refits the graph, or keeps the centre the user chose', async ({ page }) => {
  await page.addInitScript({ content: WATCH_RESIZES });
  await gotoApp(page, 'lang=en');
  await settle(page);
  // Well past Cytoscape's 100 ms debounce of its observer's first report.
  await page.waitForTimeout(600);
  expect(await resizes(page)).toBe(0);
  expect((await view(page)).out).toBe(0);

  // A narrower window: the fitted graph is fitted again, nothing runs off the edge.
  await page.setViewportSize({ width: 1200, height: 800 });
  await expect.poll(() => resizes(page)).toBe(1);
  await settle(page);
  const narrow = await view(page);
  expect(Math.abs(narrow.canvas - narrow.width)).toBeLessThan(1);
  expect(narrow.out).toBe(0);
  const id = 'organism:consiag-servizi-comuni-srl';
  const p = await nodeOnScreen(page, id);
  await page.mouse.click(p.x, p.y);
  await expect(page.locator(CANVAS)).toHaveAttribute('data-selected', id);

  // Once the user has zoomed, a resize keeps the point at the centre where it was.
  await page.locator(CANVAS).focus();
  await page.keyboard.press('+');
  const zoomed = await view(page);
  expect(zoomed.zoom).toBeGreaterThan(narrow.zoom);
  await page.setViewportSize({ width: 1400, height: 900 });
  await expect.poll(() => resizes(page)).toBe(2);
  const wide = await view(page);
  expect(wide.zoom).toBeCloseTo(zoomed.zoom, 9);
  // Within a pixel on screen (the host's height is fractional, Cytoscape's is whole).
  expect(Math.abs(centre(wide).x - centre(zoomed).x) * wide.zoom).toBeLessThan(1);
  expect(Math.abs(centre(wide).y - centre(zoomed).y) * wide.zoom).toBeLessThan(1);
});
