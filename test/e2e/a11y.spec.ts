/**
 * axe-core on what explorer-a11y.spec.ts does not cover (it audits Gerarchia and Tabella):
 * the Rete, Organismi and Radiale views, the details panel with a selection (an objective
 * and an organism), the export dialog, the tour editor, presenter mode in both projector
 * themes and the presenter's second window — in Italian and in English. No violation of
 * serious or critical impact; lesser ones are attached to the test as annotations.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PlanIndex } from '../../src/lib/model/plan-index';
import { validatePayload } from '../../src/lib/payload/validate';
import { translate, type Lang } from '../../src/lib/i18n';
import { gotoApp, screenshotArtifact, waitForGraph } from './helpers/app';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const index = new PlanIndex(validatePayload(JSON.parse(readFileSync(path.join(root, 'dist/data/graph.json'), 'utf8'))));
const TOP_ORGANISM = [...index.byKind('organism')].sort((a, b) => a.load!.rank - b.load!.rank)[0];
/** A management objective with the most organisms below it: a long details panel. */
const BUSY_OBJECTIVE = [...index.byKind('management_objective')].sort((a, b) => index.organismsBelow(b.id).size - index.organismsBelow(a.id).size)[0];

async function audit(page: Page, what: string, include?: string) {
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
  for (const v of results.violations.filter((x) => x.impact !== 'serious' && x.impact !== 'critical')) {
    test.info().annotations.push({ type: `axe ${v.impact}`, description: `${what}: ${v.id} ×${v.nodes.length}` });
  }
  expect(results.passes.length, 'axe ran its rules').toBeGreaterThan(10);
  expect(bad, what).toEqual([]);
}

for (const lang of ['it', 'en'] as const) {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang as Lang, key);

  for (const view of ['network', 'organisms', 'radial'] as const) {
    test(`axe: ${view} view, ${lang}`, async ({ page }) => {
      await gotoApp(page, `lang=${lang}&view=${view}`);
      await waitForGraph(page, view);
      await audit(page, `${view} ${lang}`);
    });
  }

  test(`axe: details panel with an objective, then an organism, selected (${lang})`, async ({ page }) => {
    await gotoApp(page, `lang=${lang}&node=${encodeURIComponent(BUSY_OBJECTIVE.id)}`);
    const details = page.getByRole('region', { name: t('panels.details.title'), exact: true });
    await expect(details.getByRole('group', { name: t('panels.details.text') })).toBeVisible();
    await audit(page, `details objective ${lang}`);
    await gotoApp(page, `lang=${lang}&node=${encodeURIComponent(TOP_ORGANISM.id)}&view=table`, { waitForGraph: false });
    await expect(details).toContainText(TOP_ORGANISM.label);
    await expect(page.getByRole('tree')).toBeVisible();
    await audit(page, `details organism ${lang}`);
  });

  test(`axe: export dialog open, each format's options shown (${lang})`, async ({ page }) => {
    await gotoApp(page, `lang=${lang}&node=${encodeURIComponent(TOP_ORGANISM.id)}`);
    await page.getByRole('button', { name: t('explorer.export'), exact: true }).click();
    const dialog = page.getByRole('dialog', { name: translate(lang, 'export.title') });
    await expect(dialog).toBeVisible();
    for (const f of ['png', 'svg', 'print', 'csv'] as const) {
      await dialog.getByRole('radio', { name: translate(lang, `export.format.${f}`), exact: true }).check();
      await audit(page, `export ${f} ${lang}`);
    }
    if (lang === 'en') await screenshotArtifact(page, 'a11y-export-dialog');
  });

  test(`axe: the tour editor (${lang})`, async ({ page }) => {
    await gotoApp(page, `lang=${lang}`);
    await page.getByRole('button', { name: translate(lang, 'presenter.tour.custom'), exact: true }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await audit(page, `tour editor ${lang}`);
  });

  test(`axe: presenter mode, light and dark themes (${lang})`, async ({ page }) => {
    await gotoApp(page, `lang=${lang}`);
    await page.getByRole('button', { name: t('explorer.present'), exact: true }).click();
    const region = page.getByRole('region', { name: translate(lang, 'presenter.region'), exact: true });
    await expect(region).toBeVisible();
    await audit(page, `presenter light step 1 ${lang}`);
    await page.keyboard.press('PageDown');
    await expect(region.getByTestId('step-progress')).toContainText('2 /');
    await audit(page, `presenter light step 2 ${lang}`);
    const themeButton = page.getByTestId('presenter-overlay').locator('button[aria-pressed]');
    await themeButton.click();
    await expect(themeButton).toHaveAttribute('aria-pressed', 'true');
    await audit(page, `presenter dark ${lang}`);
    if (lang === 'en') await screenshotArtifact(page, 'a11y-presenter-dark');
  });

  test(`axe: the presenter's second window (${lang})`, async ({ page }) => {
    await page.goto(`./?presenter-view=1&lang=${lang}`);
    await expect(page.getByRole('status').first()).toBeVisible();
    await audit(page, `presenter view ${lang}`);
  });
}
