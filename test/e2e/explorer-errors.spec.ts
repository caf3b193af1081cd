/**
 * A broken payload never leaves a blank page: each failure shows an alert that names the
 * problem, in Italian by default and in English with ?lang=en.
 */
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gotoApp } from './helpers/app';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const good = readFileSync(path.join(root, 'dist/data/graph.json'), 'utf8');

/** A network answer the test lets go when it has seen what comes before it. */
function heldAnswer(): { held: Promise<void>; release: () => void } {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  return { held, release };
}

const CASES = [
  { name: 'missing', status: 404, body: 'Not found', en: /was not found/, it: /non è stato trovato/ },
  { name: 'truncated', status: 200, body: good.slice(0, Math.floor(good.length / 2)), en: /not valid JSON/, it: /non è JSON valido/ },
  { name: 'not JSON', status: 200, body: '<!doctype html><script>window.__pwned = 1</script>', en: /not valid JSON/, it: /non è JSON valido/ },
  { name: 'wrong schemaVersion', status: 200, body: JSON.stringify({ ...JSON.parse(good), schemaVersion: 2 }), en: /schema version 2/, it: /versione di schema 2/ },
  { name: 'wrong shape', status: 200, body: '{"schemaVersion":1}', en: /expected shape/, it: /forma attesa/ },
];

for (const c of CASES) {
  test(`a ${c.name} payload shows a clear alert`, async ({ page }) => {
    await page.route('**/data/graph.json', (route) => route.fulfill({ status: c.status, body: c.body, contentType: 'application/json' }));
    await gotoApp(page, 'lang=en', { waitForGraph: false });
    await expect(page.getByRole('alert')).toContainText('The data could not be loaded');
    await expect(page.getByRole('alert')).toContainText(c.en);
    await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
    await gotoApp(page, '', { waitForGraph: false });
    await expect(page.getByRole('alert')).toContainText('Impossibile caricare i dati');
    await expect(page.getByRole('alert')).toContainText(c.it);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
}

test('a failed reload keeps the graph on screen', async ({ page }) => {
  let fail = false;
  await page.route('**/data/graph.json', (route) => (fail ? route.fulfill({ status: 200, body: '{"trunc' }) : route.fulfill({ status: 200, body: good })));
  await gotoApp(page, 'lang=en');
  fail = true;
  await page.getByRole('button', { name: 'Reload the data' }).click();
  await expect(page.getByRole('alert')).toContainText('not valid JSON');
  await expect(page.getByRole('alert')).toContainText('The previous view stays on screen.');
  await expect(page.locator('[data-testid="graph-canvas"]')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByRole('table', { name: 'Organism ranking' })).toBeVisible();
  fail = false;
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('data that are slow to come: the page says it is loading, then draws them', async ({ page }) => {
  // Past the wait for data on the way (main.ts), the app mounts with its loading line.
  // The answer is held until the loading line has been seen: a fixed delay raced the app's
  // own start, and on a loaded machine the data came first (CI failed on it once).
  const gate = heldAnswer();
  await page.route('**/data/graph.json', async (route) => {
    await gate.held;
    await route.fulfill({ status: 200, body: good, contentType: 'application/json' });
  });
  // Not gotoApp: the page's load event waits for the data's preload, by when the loading
  // line may be gone already. Checked from the first bytes on, as a user sees it.
  await page.goto('./', { waitUntil: 'commit' });
  await expect(page.getByRole('status').filter({ hasText: 'Caricamento dei dati…' })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('banner')).toBeVisible();
  gate.release();
  await expect(page.locator('[data-testid="graph-canvas"]')).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
  await expect(page.getByText('Caricamento dei dati…')).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Classifica degli organismi' })).toBeVisible();
});

test('data that fail slowly: the loading line gives way to the alert', async ({ page }) => {
  const gate = heldAnswer();
  await page.route('**/data/graph.json', async (route) => {
    await gate.held;
    await route.fulfill({ status: 503, body: 'busy' });
  });
  await page.goto('./?lang=en', { waitUntil: 'commit' });
  await expect(page.getByRole('status').filter({ hasText: 'Loading the data…' })).toBeVisible({ timeout: 15_000 });
  gate.release();
  await expect(page.getByRole('alert')).toContainText('The data could not be loaded');
  await expect(page.getByText('Loading the data…')).toHaveCount(0);
});
