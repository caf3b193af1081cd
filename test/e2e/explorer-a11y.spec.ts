/** axe-core on the explorer's shell in both languages: no serious or critical violation. */
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { gotoApp, waitForGraph } from './helpers/app';

for (const lang of ['it', 'en'] as const) {
  for (const view of ['hierarchy', 'table'] as const) {
    test(`axe: ${view} view, ${lang}`, async ({ page }) => {
      await gotoApp(page, `lang=${lang}&view=${view}`, { waitForGraph: view !== 'table' });
      if (view === 'table') await expect(page.getByRole('tree')).toBeVisible();
      else await waitForGraph(page, view);
      const results = await new AxeBuilder({ page }).analyze();
      const bad = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
      expect(bad).toEqual([]);
    });
  }
}

// WCAG 1.4.10 Reflow: at 320 CSS px the page scrolls one way only. Boxes that scroll
// within themselves (the ranking table, the focus line) may be wider; the page may not.
for (const lang of ['it', 'en'] as const) {
  test(`reflow: at 320 px the page has no horizontal scrolling, with a node in focus (${lang})`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    const id = 'organism:consiag-servizi-comuni-srl';
    await gotoApp(page, `lang=${lang}&sel=${encodeURIComponent(id)}&focus=${encodeURIComponent(id)}`);
    const widths = await page.evaluate(() => ({ page: document.scrollingElement!.scrollWidth, viewport: innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    // Every control of the header is on screen, not cut off at the right edge.
    for (const button of await page.locator('header button').all()) {
      const box = (await button.boundingBox())!;
      expect(box.x + box.width, await button.innerText()).toBeLessThanOrEqual(320);
    }
    await context.close();
  });
}

// The canvas's description names the view as the view switch does, in the UI's language.
for (const [lang, view, words] of [
  ['it', 'hierarchy', 'in vista Gerarchia'],
  ['it', 'radial', 'in vista Radiale'],
  ['en', 'network', 'in the Network view'],
] as const) {
  test(`the canvas description names the ${view} view in ${lang}`, async ({ page }) => {
    await gotoApp(page, `lang=${lang}&view=${view}`);
    await waitForGraph(page, view);
    // What a screen reader says on reaching the graph: the descriptions of the described elements.
    const description = await page.evaluate(() =>
      [...document.querySelectorAll('[aria-describedby]')].map((el) => document.getElementById(el.getAttribute('aria-describedby')!)?.textContent ?? '').join(' | '));
    expect(description).toContain(words);
  });
}
