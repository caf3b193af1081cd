import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Payload } from '../../src/lib/types';
import { canvasCounts, gotoApp, nodeOnScreen, waitForGraph } from './helpers/app';

async function axe(page: Page, selector: string) {
  const results = await new AxeBuilder({ page }).include(selector).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

test('ranking: first row, selecting from it fills the details, no axe violations', async ({ page }) => {
  await page.goto('./?lang=en');
  const table = page.getByRole('table', { name: 'Organism ranking' });
  await expect(table).toBeVisible();
  const first = table.getByRole('row').nth(1).getByRole('rowheader');
  const name = (await first.textContent())!.trim();
  await first.getByRole('button').click();
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('table', { name: 'Load per level' })).toBeVisible();
  await expect(details).toContainText(name);
  await expect(details).toContainText('1st of');
  for (const panel of ['section.details', 'section.ranking', 'section.filters', 'section.legend']) {
    expect(await axe(page, panel), panel).toEqual([]);
  }
  await page.screenshot({ path: test.info().outputPath('details-organism.png'), fullPage: true });
});

test('details of an objective show the raw row literally', async ({ page }) => {
  await page.goto('./?lang=en');
  await page.getByRole('table', { name: 'Organism ranking' }).getByRole('row').nth(1).getByRole('button').click();
  const details = page.getByRole('region', { name: 'Details' });
  await details.getByRole('list').filter({ has: page.locator('button') }).last().getByRole('button').first().click();
  await expect(details.locator('pre').first()).toBeVisible();
  expect(await details.locator('pre').first().textContent()).toMatch(/⇥/);
  await expect(details.getByRole('navigation', { name: 'Path in the plan' })).toBeVisible();
  expect(await axe(page, 'section.details')).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('details-objective.png'), fullPage: true });
});

test('table view: keyboard walk and axe', async ({ page }) => {
  await page.goto('./?lang=en');
  await page.getByRole('button', { name: 'Table' }).or(page.getByRole('radio', { name: 'Table' })).or(page.getByRole('tab', { name: 'Table' })).first().click();
  const tree = page.getByRole('tree');
  await expect(tree).toBeVisible();
  await tree.getByRole('treeitem').first().focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator(':focus')).toHaveAttribute('aria-level', '2');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Details' })).toContainText('Strategic objective');
  await page.getByRole('button', { name: 'Expand all' }).click();
  expect(await axe(page, '[role=tree]')).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('table.png'), fullPage: true });
});

test('filters: hiding an area updates the hidden count', async ({ page }) => {
  await page.goto('./?lang=en');
  const filters = page.getByRole('region', { name: 'Filters' });
  await expect(filters.getByRole('status')).toHaveText('No node hidden by the filters');
  await filters.getByRole('group', { name: 'Strategic areas' }).getByRole('checkbox').first().uncheck();
  await expect(filters.getByRole('status')).toHaveText(/\d+ nodes hidden by the filters/);
  await filters.getByRole('button', { name: 'Reset filters' }).click();
  await expect(filters.getByRole('status')).toHaveText('No node hidden by the filters');
});

test('panels at a glance (screenshots for review), Italian', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto('./');
  const ranking = page.locator('section.ranking');
  await ranking.scrollIntoViewIfNeeded();
  await ranking.screenshot({ path: test.info().outputPath('ranking.png') });
  await page.locator('section.legend').screenshot({ path: test.info().outputPath('legend.png') });
  await expect(page.getByRole('table', { name: 'Classifica degli organismi' })).toBeVisible();
});

test.describe('filters: "only this"', () => {
  // Names and counts from the payload the build shipped, never typed in.
  const payload: Payload = JSON.parse(readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/data/graph.json'), 'utf8'));
  const organisms = payload.nodes.filter((n) => n.kind === 'organism');
  const areas = payload.nodes.filter((n) => n.kind === 'area');
  // One that carries little, so keeping it alone hides much of the plan.
  const org = [...organisms].sort((a, b) => b.load!.rank - a.load!.rank)[0];
  const area = areas[1] ?? areas[0];
  const opacity = (l: import('@playwright/test').Locator) => l.evaluate((el) => getComputedStyle(el).opacity);

  test('one click keeps one organism; the link carries it; "All organisms" brings the rest back', async ({ page }) => {
    await gotoApp(page, 'lang=en');
    const before = await canvasCounts(page);
    const group = page.getByRole('region', { name: 'Filters' }).getByRole('group', { name: 'Organisms' });
    const only = group.getByRole('button', { name: `Show only ${org.label}` });
    await expect(only).toHaveText('only');
    // With a mouse, shown on the row under the pointer.
    const row = group.getByRole('listitem').filter({ has: page.getByRole('checkbox', { name: org.label, exact: true }) });
    await page.mouse.move(0, 0);
    expect(await opacity(only)).toBe('0');
    await row.hover();
    expect(await opacity(only)).toBe('1');
    await only.click();
    await expect(page).toHaveURL(new RegExp(`[?&]organism=${encodeURIComponent(org.id)}(&|$)`));
    expect(new URL(page.url()).searchParams.getAll('organism')).toEqual([org.id]);
    const checked = async () =>
      (await group.getByRole('checkbox').evaluateAll((els) => els.filter((e) => (e as HTMLInputElement).checked).map((e) => e.closest('label')!.textContent!.trim())));
    expect(await checked()).toEqual([org.label]);
    await expect.poll(async () => (await canvasCounts(page)).nodes).toBeLessThan(before.nodes);
    const narrowed = await canvasCounts(page);
    await expect(page.getByRole('region', { name: 'Filters' }).getByRole('status')).toHaveText(/\d+ nodes hidden by the filters/);
    // A copied link reproduces it.
    await page.reload();
    await waitForGraph(page);
    expect(await checked()).toEqual([org.label]);
    expect((await canvasCounts(page)).nodes).toBe(narrowed.nodes);
    await group.getByRole('checkbox', { name: 'All organisms' }).check();
    await expect(page).not.toHaveURL(/organism=/);
    expect(await checked()).toHaveLength(organisms.length + 1); // "All organisms" and each one
    await expect.poll(async () => (await canvasCounts(page)).nodes).toBe(before.nodes);
  });

  test('Tab reaches the button after its checkbox, visible when focused; Enter keeps that area alone', async ({ page }) => {
    await gotoApp(page, 'lang=en');
    await page.mouse.move(0, 0);
    const group = page.getByRole('region', { name: 'Filters' }).getByRole('group', { name: 'Strategic areas' });
    await group.getByRole('checkbox', { name: area.label }).focus();
    await page.keyboard.press('Tab');
    const only = group.getByRole('button', { name: `Show only ${area.label}` });
    await expect(only).toBeFocused();
    expect(await opacity(only)).toBe('1');
    // The focus ring shows.
    expect(await only.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    await page.keyboard.press('Enter');
    await expect(only).toBeFocused();
    const boxes = group.getByRole('checkbox');
    await expect(boxes).toHaveCount(areas.length);
    const states = await boxes.evaluateAll((els) => els.map((e) => [e.closest('label')!.querySelector('.name')!.textContent, (e as HTMLInputElement).checked]));
    expect(states.filter(([, on]) => on).map(([name]) => name)).toEqual([area.label]);
    expect(new URL(page.url()).searchParams.getAll('hide-area')).toHaveLength(areas.length - 1);
    expect(await axe(page, 'section.filters')).toEqual([]);
  });

  test('on a touch screen the buttons are always shown', async ({ browser }, info) => {
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 1024, height: 768 }, baseURL: info.project.use.baseURL });
    const page = await context.newPage();
    await gotoApp(page, 'lang=en');
    const group = page.getByRole('region', { name: 'Filters' }).getByRole('group', { name: 'Organisms' });
    const only = group.getByRole('button', { name: `Show only ${org.label}` });
    expect(await opacity(only)).toBe('1');
    // Big enough for a finger (WCAG 2.5.8: 24 × 24 px at least).
    const target = (await only.boundingBox())!;
    expect(target.height).toBeGreaterThanOrEqual(24);
    expect(target.width).toBeGreaterThanOrEqual(24);
    await only.tap();
    expect(new URL(page.url()).searchParams.getAll('organism')).toEqual([org.id]);
    await context.close();
  });
});

test.describe('on a phone', () => {
  const payload: Payload = JSON.parse(readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/data/graph.json'), 'utf8'));
  test('the graph is on the first screen; filters and legend fold behind a button that says what they hide', async ({ browser }, info) => {
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 }, baseURL: info.project.use.baseURL });
    const page = await context.newPage();
    await gotoApp(page, 'lang=en');
    const toggle = page.getByRole('button', { name: /^Filters · Legend/ });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const filters = page.getByRole('region', { name: 'Filters' });
    await expect(filters).toBeHidden();
    // The stacked columns put the canvas a page and a half down before (about 1,560 px).
    const canvas = (await page.locator('[data-testid="graph-canvas"]').boundingBox())!;
    expect(canvas.y).toBeLessThan(844 / 2 + 200);
    expect(canvas.y + canvas.height / 2).toBeLessThan(844 + 200);

    await toggle.tap();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(filters).toBeVisible();
    await filters.getByRole('group', { name: 'Strategic areas' }).getByRole('checkbox').first().uncheck();
    const hidden = (await filters.getByRole('status').innerText()).trim();
    expect(hidden).toMatch(/^\d+ nodes hidden by the filters$/);

    // Folded again, the button still tells that the filters hide nodes, in the same words.
    await toggle.tap();
    await expect(filters).toBeHidden();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle).toContainText(`(${hidden})`);
    expect(await axe(page, 'aside')).toEqual([]);
    await context.close();
  });

  test('a tapped node offers the way to its details, a page further down, and goes there', async ({ browser }, info) => {
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 }, baseURL: info.project.use.baseURL });
    const page = await context.newPage();
    await gotoApp(page, 'lang=en');
    const go = page.getByRole('button', { name: 'Go to the details' });
    await expect(go).toHaveCount(0);
    const org = payload.nodes.filter((n) => n.kind === 'organism').sort((a, b) => a.load!.rank - b.load!.rank)[0]!;
    const at = await nodeOnScreen(page, org.id);
    await page.touchscreen.tap(at.x, at.y);
    // Fitted on a phone the nodes are a few pixels wide: the tap may land on a neighbour.
    await expect(page.locator('[data-testid="graph-canvas"]')).not.toHaveAttribute('data-selected', '');
    const id = (await page.locator('[data-testid="graph-canvas"]').getAttribute('data-selected'))!;
    const details = page.getByRole('region', { name: 'Details' });
    await expect(details).toContainText(payload.nodes.find((n) => n.id === id)!.label);
    // The details are below the fold at first: the button is the way there.
    expect((await details.boundingBox())!.y).toBeGreaterThan(844);
    await go.tap();
    await expect.poll(async () => (await details.boundingBox())!.y).toBeLessThan(844 / 2);
    await expect(page.locator('aside.right')).toBeFocused();
    await context.close();
  });

  test('crossing 900 px keeps the keyboard in the filters: narrowing unfolds them, widening away the button focuses them', async ({ page }) => {
    await page.setViewportSize({ width: 1000, height: 900 });
    await gotoApp(page, 'lang=en');
    const filters = page.getByRole('region', { name: 'Filters' });
    const box = filters.getByRole('group', { name: 'Strategic areas' }).getByRole('checkbox').first();
    await box.focus();
    await page.setViewportSize({ width: 800, height: 900 });
    const toggle = page.getByRole('button', { name: /^Filters · Legend/ });
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(box).toBeFocused();
    await expect(box).toBeVisible();
    await toggle.focus();
    await page.setViewportSize({ width: 1000, height: 900 });
    await expect(toggle).toHaveCount(0);
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('aside.left'))).toBe(true);
  });

  test('on a wide screen there is no fold: the filters show and the button does not', async ({ page }) => {
    await gotoApp(page, 'lang=en');
    await expect(page.getByRole('region', { name: 'Filters' })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Filters · Legend/ })).toHaveCount(0);
  });
});
