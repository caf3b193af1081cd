import { test, expect } from '@playwright/test';
import { gotoApp, watchProblems } from './helpers/app';

test('the app loads, draws the graph and names its main parts', async ({ page }) => {
  const problems = watchProblems(page);
  // Every request for the data, as the server sees it.
  const dataRequests: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.endsWith('/data/graph.json')) dataRequests.push(r.url());
  });
  await gotoApp(page, 'lang=en');
  await expect(page.locator('h1')).toContainText('Trama');
  await expect(page.getByRole('combobox', { name: 'Search' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Details' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Organism ranking' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export' })).toBeEnabled();
  await expect(page.getByRole('button', { name: 'Present' })).toBeEnabled();
  expect(Number(await page.locator('[data-testid="graph-canvas"]').getAttribute('data-node-count'))).toBeGreaterThan(0);
  // The page's preload starts the download and the app's first fetch takes it over: one
  // download, started by the link before any script ran.
  expect(dataRequests).toHaveLength(1);
  const timing = (await page.evaluate(() =>
    performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/data/graph.json')).map((e) => (e as PerformanceResourceTiming).initiatorType),
  )) as string[];
  expect(timing).toEqual(['link']);
  // An application page: on a desktop screen the panels scroll inside themselves and the
  // page itself never does (the header and the canvas stay put).
  const page_ = await page.evaluate(() => ({ scroll: document.scrollingElement!.scrollHeight, inner: innerHeight }));
  expect(page_.scroll).toBeLessThanOrEqual(page_.inner);
  expect(problems).toEqual([]);
});
