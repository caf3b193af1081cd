/**
 * A keyboard-only journey, as a user without a pointer makes it (English UI): "/" to
 * search, type, pick a suggestion; Tab to the canvas and walk to a related node with
 * the arrows; Tab to the view switch and change view; Tab into the ranking and pick its
 * first organism; open Export, choose PNG, download (the file is decoded); Esc gives
 * focus back; start the tour, step through it, leave it with Esc. Only page.keyboard:
 * no click, no mouse. Every control reached shows a visible focus indicator.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import { PlanIndex } from '../../src/lib/model/plan-index';
import { validatePayload } from '../../src/lib/payload/validate';
import { DEFAULT_VIEW_STATE } from '../../src/lib/view/url-state';
import { moveForKey } from '../../src/lib/view/keyboard-nav';
import { CANVAS, gotoApp, screenshotArtifact, waitForGraph, watchProblems } from './helpers/app';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const index = new PlanIndex(validatePayload(JSON.parse(readFileSync(path.join(root, 'dist/data/graph.json'), 'utf8'))));
const CONSIAG = index.byKind('organism').find((n) => /consiag/i.test(n.label))!;
const TOP = [...index.byKind('organism')].sort((a, b) => a.load!.rank - b.load!.rank)[0];
const PARENT_KEY = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'].find((k) => moveForKey(k, DEFAULT_VIEW_STATE.orientation) === 'parent')!;
const MAX_TABS = 120;

const isFocused = (l: Locator) => l.evaluate((el) => el === document.activeElement).catch(() => false);

/** Presses Tab (or Shift+Tab) until `target` has the focus; fails after MAX_TABS presses. */
async function tabTo(page: Page, target: Locator, back = false): Promise<void> {
  for (let i = 0; i < MAX_TABS; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`could not reach ${target} with ${back ? 'Shift+' : ''}Tab`);
}

/** The focused element draws an outline or a ring (WCAG 2.4.7). */
async function expectVisibleFocus(page: Page): Promise<void> {
  const ring = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const s = getComputedStyle(el);
    return { tag: el.tagName, outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1, shadow: s.boxShadow !== 'none' };
  });
  expect(ring.outline || ring.shadow, `focus ring on ${ring.tag}`).toBe(true);
}

test('search, select, walk, change view, ranking, PNG export and the tour — keyboard only', async ({ page }) => {
  test.setTimeout(120_000);
  const problems = watchProblems(page);
  await gotoApp(page, 'lang=en');
  const canvas = page.locator(CANVAS);
  const details = page.getByRole('region', { name: 'Details', exact: true });

  // Search: "/" focuses the box, arrows move among the suggestions, Enter selects.
  await page.keyboard.press('/');
  const search = page.getByRole('combobox', { name: 'Search' });
  await expect(search).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.type('consiag');
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(search).toHaveAttribute('aria-activedescendant', /-0$/);
  await page.keyboard.press('Enter');
  await expect(canvas).toHaveAttribute('data-selected', CONSIAG.id);
  await expect(details).toContainText(CONSIAG.label);

  // Walk: Tab to the canvas; the parent arrow moves to an action Consiag carries.
  await tabTo(page, canvas);
  await expectVisibleFocus(page);
  await page.keyboard.press(PARENT_KEY);
  await expect(canvas).not.toHaveAttribute('data-selected', CONSIAG.id);
  const walkedTo = (await canvas.getAttribute('data-selected'))!;
  expect(index.parents(CONSIAG.id)).toContain(walkedTo);
  await expect(details).toContainText(index.node(walkedTo)!.label.slice(0, 40));
  await expect(page.getByRole('tooltip')).toContainText(index.node(walkedTo)!.label);
  // The colour's meaning in words: the tooltip names the area, numbered as in the legend.
  const area = index.node(index.node(walkedTo)!.areas[0]!)!;
  const number = index.byKind('area').indexOf(area) + 1;
  await expect(page.getByRole('tooltip')).toContainText(`Area ${number} · ${area.label}`);
  await page.keyboard.press('+');
  await page.keyboard.press('0');

  // Change view: back to the view switch, Enter on "Network".
  const network = page.getByRole('button', { name: 'Network', exact: true });
  await tabTo(page, network, true);
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await waitForGraph(page, 'network');
  await expect(page).toHaveURL(/view=network/);
  await expect(canvas).toHaveAttribute('data-selected', walkedTo);

  // The ranking: Tab into its table, Enter on the first organism.
  const ranking = page.getByRole('table', { name: 'Organism ranking' });
  const first = ranking.locator('tbody tr').first().getByRole('button');
  await expect(first).toHaveText(TOP.label);
  await tabTo(page, first);
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(canvas).toHaveAttribute('data-selected', TOP.id);
  await expect(details).toContainText(TOP.label);

  // Export a PNG: the dialog takes the focus, arrows choose the format, Enter downloads.
  const exportButton = page.getByRole('button', { name: 'Export', exact: true });
  await tabTo(page, exportButton, true);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  const png = dialog.getByRole('radio', { name: 'PNG', exact: true });
  await tabTo(page, dialog.getByRole('radio', { checked: true }).first());
  if (!(await png.isChecked())) {
    for (let i = 0; i < 10 && !(await png.isChecked()); i++) await page.keyboard.press('ArrowUp');
  }
  await expect(png).toBeChecked();
  await tabTo(page, dialog.getByRole('button', { name: 'Download', exact: true }));
  await expectVisibleFocus(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toMatch(/\.png$/);
  const image = PNG.sync.read(readFileSync((await download.path())!));
  expect(image.width).toBeGreaterThan(100);
  await expect(dialog.getByRole('status')).toContainText('Saved');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(exportButton).toBeFocused();

  // The tour: Tab to Present, Enter; PageDown steps; Esc leaves and the panels come back.
  const present = page.getByRole('button', { name: 'Present', exact: true });
  await tabTo(page, present);
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  const step = page.getByRole('region', { name: 'Step', exact: true });
  await expect(step).toBeVisible();
  await expect(step.getByTestId('step-progress')).toContainText(/^\s*1 \/ \d+/);
  await page.keyboard.press('PageDown');
  await expect(step.getByTestId('step-progress')).toContainText(/^\s*2 \/ \d+/);
  await screenshotArtifact(page, 'keyboard-journey-tour');
  await page.keyboard.press('Escape');
  await expect(step).toHaveCount(0);
  await expect(details).toBeVisible();
  expect(page.url()).not.toContain('present=');
  expect(problems).toEqual([]);
});
