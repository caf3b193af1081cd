import { test, expect } from '@playwright/test';
import { gotoApp, watchProblems } from './helpers/app';

test('the app loads, draws the graph and names its main parts', async ({ page }) => {
  const problems = watchProblems(page);
  await gotoApp(page, 'lang=en');
  await expect(page.locator('h1')).toContainText('Trama');
  await expect(page.getByRole('combobox', { name: 'Search' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Details' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Organism ranking' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export' })).toBeEnabled();
  await expect(page.getByRole('button', { name: 'Present' })).toBeEnabled();
  expect(Number(await page.locator('[data-testid="graph-canvas"]').getAttribute('data-node-count'))).toBeGreaterThan(0);
  expect(problems).toEqual([]);
});
