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
