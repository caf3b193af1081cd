/**
 * Shared end-to-end helpers: open the app and wait until the graph is really drawn
 * (the canvas container says data-ready="true" after its first layout), save named
 * screenshots as test artifacts, and collect console errors and CSP violations.
 */
import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const SCREENSHOT_DIR = path.join(root, 'test-results', 'screenshots');

export const CANVAS = '[data-testid="graph-canvas"]';

/** Opens the app with a query (e.g. 'lang=en&view=radial') and waits for the first drawn layout. */
export async function gotoApp(page: Page, query = '', options: { waitForGraph?: boolean } = {}): Promise<void> {
  const q = query ? (query.startsWith('?') ? query : `?${query}`) : '';
  await page.goto(`./${q}`);
  if (options.waitForGraph ?? true) await waitForGraph(page);
}

/** Waits until the canvas has finished laying out `view` (or any view). */
export async function waitForGraph(page: Page, view?: string): Promise<void> {
  const canvas = page.locator(CANVAS);
  await expect(canvas).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  if (view) await expect(canvas).toHaveAttribute('data-view', view, { timeout: 20_000 });
  // The side panels mount just after the first draw.
  await expect(page.locator('[data-panels="false"]')).toHaveCount(0, { timeout: 20_000 });
}

/**
 * Where a node is drawn, in page coordinates (for clicks and drags). Read from the
 * Cytoscape instance Cytoscape itself registers on its container, so the app needs no
 * test-only hook.
 */
export async function nodeOnScreen(page: Page, id: string): Promise<{ x: number; y: number; w: number; h: number }> {
  const at = await page.locator(CANVAS).evaluate((el, nodeId) => {
    type Node = { empty(): boolean; renderedPosition(): { x: number; y: number }; renderedWidth(): number; renderedHeight(): number };
    const cy = ((el.querySelector('[data-cy-host]') ?? el) as unknown as { _cyreg: { cy: { getElementById(id: string): Node } } })._cyreg.cy;
    const n = cy.getElementById(nodeId);
    if (n.empty()) return null;
    const box = el.getBoundingClientRect();
    const p = n.renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y, w: n.renderedWidth(), h: n.renderedHeight() };
  }, id);
  if (!at) throw new Error(`node ${id} is not on the canvas`);
  return at;
}

/** Waits until the canvas has stopped moving (layout animation, centring). */
export async function settle(page: Page): Promise<void> {
  await page.locator(CANVAS).evaluate(async (el) => {
    const cy = ((el.querySelector('[data-cy-host]') ?? el) as unknown as { _cyreg: { cy: { animated(): boolean } } })._cyreg.cy;
    for (let i = 0; i < 200 && cy.animated(); i++) await new Promise((r) => setTimeout(r, 25));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
}

/** The canvas's drawn element counts, as the app exposes them. */
export async function canvasCounts(page: Page): Promise<{ nodes: number; edges: number }> {
  const canvas = page.locator(CANVAS);
  return {
    nodes: Number(await canvas.getAttribute('data-node-count')),
    edges: Number(await canvas.getAttribute('data-edge-count')),
  };
}

/** Saves test-results/screenshots/<name>.png and returns its path. */
export async function screenshotArtifact(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

/** Starts recording console errors, page errors and CSP violations; read the array at the end. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return problems;
}
