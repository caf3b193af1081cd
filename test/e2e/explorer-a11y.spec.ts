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
