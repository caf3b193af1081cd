/**
 * Presenter mode end to end: enter it (button and P), walk the automatic tour with the
 * clicker's keys checking each caption against the data, open a step's URL, black screen,
 * the presenter view window, a custom tour saved to a file and opened again, hostile
 * captions, and the single-file build over file:// with the network blocked.
 */
import { test, expect, type Browser, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import { PlanIndex } from '../../src/lib/model/plan-index';
import { validatePayload } from '../../src/lib/payload/validate';
import { buildAutoTour } from '../../src/lib/tour/auto-tour';
import type { TourStep } from '../../src/lib/tour/types';
import { CANVAS, gotoApp, screenshotArtifact, settle, watchProblems } from './helpers/app';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The tour the app should show, built here from the very file the built app serves. */
function expectedTour(file = path.join(root, 'dist/data/graph.json'), lang: 'en' | 'it' = 'en'): TourStep[] {
  const payload = validatePayload(JSON.parse(readFileSync(file, 'utf8')));
  return buildAutoTour(new PlanIndex(payload), lang);
}

const stepRegion = (page: Page, lang: 'en' | 'it' = 'en') => page.getByRole('region', { name: lang === 'en' ? 'Step' : 'Passo', exact: true });

async function expectStep(page: Page, steps: TourStep[], i: number, lang: 'en' | 'it' = 'en') {
  const region = stepRegion(page, lang);
  await expect(region.getByRole('heading', { level: 2 })).toHaveText(steps[i].title);
  await expect(region.getByTestId('step-caption')).toHaveText(steps[i].caption);
  await expect(region.getByTestId('step-progress')).toContainText(`${i + 1} / ${steps.length}`);
}

/** Opens a fresh 'auto' tour in its own page at `viewport` and runs `check` on every step, settled. */
async function walkTour(browser: Browser, viewport: { width: number; height: number }, check: (page: Page, steps: TourStep[], i: number) => Promise<void>) {
  const page = await browser.newPage({ viewport, reducedMotion: 'reduce' });
  const steps = expectedTour();
  await page.goto('./?lang=en&present=auto&step=1');
  for (let i = 0; i < steps.length; i++) {
    await expectStep(page, steps, i);
    await settle(page);
    await check(page, steps, i);
    await page.keyboard.press('PageDown');
  }
  await page.close();
}

test.describe('presenter mode', () => {
  test('the Present button starts the automatic tour; PageDown to the end, PageUp back', async ({ page }) => {
    // Camera moves are instant under reduced motion (as the app promises): the walk waits on
    // each caption, not on 600 ms animations, both ways.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const problems = watchProblems(page);
    const steps = expectedTour();
    await gotoApp(page, 'lang=en');
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await expect(stepRegion(page)).toBeVisible();
    // the panels step aside while presenting, and so do the canvas's zoom buttons
    await expect(page.getByRole('region', { name: 'Details', exact: true })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Zoom in' })).toBeHidden();
    for (let i = 0; i < steps.length; i++) {
      await expectStep(page, steps, i);
      await expect(page).toHaveURL(new RegExp(`[?&]present=auto&step=${i + 1}(&|$)|[?&]step=${i + 1}&.*present=auto`));
      if (i === 1) await screenshotArtifact(page, 'presenter-area-step');
      await page.keyboard.press('PageDown');
    }
    await expectStep(page, steps, steps.length - 1); // stays on the last step
    for (let i = steps.length - 1; i >= 0; i--) {
      await expectStep(page, steps, i);
      await page.keyboard.press('PageUp');
    }
    await expectStep(page, steps, 0);
    await page.keyboard.press('End');
    await expectStep(page, steps, steps.length - 1);
    await page.keyboard.press('Home');
    await expectStep(page, steps, 0);
    await page.keyboard.press('Escape');
    await expect(stepRegion(page)).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Details', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
    expect(page.url()).not.toContain('present=');
    expect(problems).toEqual([]);
  });

  test('Back and Forward walk the steps while presenting; leaving gives the explorer its history back', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const steps = expectedTour();
    await gotoApp(page, 'lang=en');
    await page.getByRole('button', { name: 'Radial', exact: true }).click();
    await expect(page.locator(CANVAS)).toHaveAttribute('data-view', 'radial');
    const explorerUrl = page.url();
    const depth = await page.evaluate(() => history.length);
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await expectStep(page, steps, 0);
    for (let i = 1; i <= 3; i++) {
      await page.keyboard.press('PageDown');
      await expectStep(page, steps, i);
    }
    expect(await page.evaluate(() => history.length)).toBe(depth + 4); // one entry per step, nothing else
    await page.goBack();
    await expectStep(page, steps, 2);
    await expect(page).toHaveURL(/[?&]step=3(&|$)/);
    await page.goBack();
    await expectStep(page, steps, 1);
    await page.goForward();
    await expectStep(page, steps, 2);
    // Esc: back to the entry presenting started from, with the explorer as it was
    await page.keyboard.press('Escape');
    await expect(stepRegion(page)).toHaveCount(0);
    await expect(page).toHaveURL(explorerUrl);
    await expect(page.locator(CANVAS)).toHaveAttribute('data-view', 'radial');
    await page.goBack();
    await expect(page.locator(CANVAS)).toHaveAttribute('data-view', 'hierarchy');
    expect(page.url()).not.toContain('present=');
    // Back past the first step leaves presenting too
    await page.goForward();
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await expectStep(page, steps, 0);
    await page.keyboard.press('PageDown');
    await expectStep(page, steps, 1);
    await page.goBack();
    await expectStep(page, steps, 0);
    await page.goBack();
    await expect(stepRegion(page)).toHaveCount(0);
    await expect(page).toHaveURL(explorerUrl);
  });

  test('at 1920×1080 the lit labels of every step are drawn ≥ 24 px, on screen and never overlapping', async ({ browser }) => {
    await walkTour(browser, { width: 1920, height: 1080 }, async (page, steps, i) => {
      const report = await page.locator(CANVAS).evaluate((el) => {
        type Box = { x1: number; x2: number; y1: number; y2: number };
        type N = { id(): string; hasClass(c: string): boolean; data(k: string): string; style(k: string): string; renderedBoundingBox(o: object): Box };
        const cy = ((el.querySelector('[data-cy-host]') ?? el) as unknown as { _cyreg: { cy: { zoom(): number; width(): number; height(): number; nodes(): { toArray(): N[] } } } })._cyreg.cy;
        const nodes = cy.nodes().toArray();
        const anyLit = nodes.some((n) => n.hasClass('chain'));
        const shown = nodes.filter((n) => (anyLit ? n.hasClass('chain') : true) && n.data('label'));
        const boxes = shown.map((n) => ({ id: n.id(), b: n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false }), px: parseFloat(n.style('font-size')) * cy.zoom() }));
        const clash: string[] = [];
        for (let a = 0; a < boxes.length; a++)
          for (let b = a + 1; b < boxes.length; b++) {
            const p = boxes[a].b;
            const q = boxes[b].b;
            if (p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2) clash.push(`${boxes[a].id} × ${boxes[b].id}`);
          }
        const off = boxes.filter(({ b }) => b.x1 < -1 || b.y1 < -1 || b.x2 > cy.width() + 1 || b.y2 > cy.height() + 1).map((x) => x.id);
        return { labelled: boxes.length, clash, off, minPx: Math.min(...boxes.map((x) => x.px)) };
      });
      expect(report.labelled, steps[i].id).toBeGreaterThan(0);
      expect(report.clash, steps[i].id).toEqual([]);
      expect(report.off, steps[i].id).toEqual([]);
      expect(report.minPx, steps[i].id).toBeGreaterThanOrEqual(24);
      if (i === 1 || i === steps.length - 2 || steps[i].kind === 'ranking') await screenshotArtifact(page, `projector-1920-step-${i + 1}-${steps[i].kind}`);
    });
  });

  test('a lit node keeps its colour: the ring goes round it, not over it, however small the node is drawn', async ({ browser }) => {
    let checked = 0;
    await walkTour(browser, { width: 1920, height: 1080 }, async (page, steps, i) => {
      const lit = await page.locator(CANVAS).evaluate((el) => {
        type N = { id(): string; renderedPosition(): { x: number; y: number }; renderedWidth(): number; renderedHeight(): number };
        const cy = ((el.querySelector('[data-cy-host]') ?? el) as unknown as { _cyreg: { cy: { nodes(s: string): { toArray(): N[] } } } })._cyreg.cy;
        const box = el.getBoundingClientRect();
        return cy.nodes('node.chain').toArray().map((n) => ({ id: n.id(), x: box.x + n.renderedPosition().x, y: box.y + n.renderedPosition().y, size: Math.min(n.renderedWidth(), n.renderedHeight()) }));
      });
      if (lit.length === 0) return;
      const shot = PNG.sync.read(await page.screenshot());
      for (const n of lit) {
        // The middle of the node (a disc of 0.22 × its size, inside every node shape): the light theme's ring is black,
        // no ambito colour is (each has a channel above 110), and labels sit beside the node.
        const r = 0.22 * n.size;
        let ring = 0;
        let all = 0;
        for (let y = Math.ceil(n.y - r); y <= n.y + r; y++)
          for (let x = Math.ceil(n.x - r); x <= n.x + r; x++) {
            if ((x - n.x) ** 2 + (y - n.y) ** 2 > r * r) continue;
            const k = (Math.round(y) * shot.width + Math.round(x)) * 4;
            all++;
            if (Math.max(shot.data[k]!, shot.data[k + 1]!, shot.data[k + 2]!) < 60) ring++;
          }
        expect(all, `${steps[i].id} ${n.id}`).toBeGreaterThan(0);
        expect(ring / all, `${steps[i].id} ${n.id}: ${n.size.toFixed(1)} px`).toBeLessThan(0.1);
        checked++;
      }
    });
    expect(checked).toBeGreaterThan(20);
  });

  for (const viewport of [{ width: 1920, height: 1080 }, { width: 1366, height: 768 }, { width: 1280, height: 720 }, { width: 1024, height: 768 }]) {
    test(`at ${viewport.width}×${viewport.height} every step is framed clear of the button bar and the caption; the dimmed rest crosses no lit label`, async ({ browser }) => {
      await walkTour(browser, viewport, async (page, steps, i) => {
        const r = await page.locator(CANVAS).evaluate((el) => {
          type Box = { x1: number; x2: number; y1: number; y2: number };
          type P = { x: number; y: number };
          type N = { id(): string; hasClass(c: string): boolean; data(k: string): string; visible(): boolean; renderedBoundingBox(o: object): Box };
          type E = N & { source(): { id(): string; renderedPosition(): P }; target(): { id(): string; renderedPosition(): P } };
          const cy = ((el.querySelector('[data-cy-host]') ?? el) as unknown as { _cyreg: { cy: { nodes(): { toArray(): N[] }; edges(): { toArray(): E[] } } } })._cyreg.cy;
          const at = el.getBoundingClientRect();
          const page = (b: Box): Box => ({ x1: b.x1 + at.left, x2: b.x2 + at.left, y1: b.y1 + at.top, y2: b.y2 + at.top });
          const only = (o: object) => ({ includeNodes: false, includeEdges: false, includeLabels: false, includeOverlays: false, ...o });
          const nodes = cy.nodes().toArray().filter((n) => n.visible());
          const lit = nodes.filter((n) => n.hasClass('chain'));
          const framed = lit.length ? lit : nodes;
          const hit = (p: Box, q: Box) => p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2;
          const labels = lit.filter((n) => n.data('label')).map((n) => ({ id: n.id(), b: n.renderedBoundingBox(only({ includeLabels: true })) }));
          const clash: string[] = [];
          for (const n of nodes.filter((x) => x.hasClass('faded'))) {
            const b = n.renderedBoundingBox(only({ includeNodes: true }));
            for (const l of labels) if (hit(b, l.b)) clash.push(`${n.id()} × label ${l.id}`);
          }
          for (const e of cy.edges().toArray().filter((x) => x.visible() && x.hasClass('faded'))) {
            const a = e.source().renderedPosition();
            const z = e.target().renderedPosition();
            for (const l of labels) {
              if (l.id === e.source().id() || l.id === e.target().id()) continue; // an edge leaves its own node's label side
              for (let t = 0.02; t < 1; t += 0.02) {
                const x = a.x + (z.x - a.x) * t;
                const y = a.y + (z.y - a.y) * t;
                if (x > l.b.x1 && x < l.b.x2 && y > l.b.y1 && y < l.b.y2) {
                  clash.push(`${e.id()} × label ${l.id}`);
                  break;
                }
              }
            }
          }
          // Texts that differ keep labels that differ.
          const same: string[] = [];
          const seen = new Map<string, string>();
          for (const n of lit.filter((x) => x.data('label'))) {
            const other = seen.get(n.data('label'));
            if (other !== undefined && other !== n.data('full')) same.push(n.data('label'));
            seen.set(n.data('label'), n.data('full'));
          }
          return {
            boxes: framed.map((n) => ({ id: n.id(), b: page(n.renderedBoundingBox(only({ includeNodes: true, includeLabels: true }))) })),
            bar: document.querySelector('[data-testid="presenter-overlay"] nav')!.getBoundingClientRect().bottom,
            caption: document.querySelector('[data-testid="presenter-overlay"] section')!.getBoundingClientRect().top,
            clash,
            same,
          };
        });
        const id = `${steps[i].id} (step ${i + 1})`;
        expect(r.boxes.length, id).toBeGreaterThan(0);
        expect(r.boxes.filter(({ b }) => b.y1 < r.bar).map((x) => x.id), `${id}: under the button bar`).toEqual([]);
        expect(r.boxes.filter(({ b }) => b.y2 > r.caption).map((x) => x.id), `${id}: under the caption`).toEqual([]);
        expect(r.boxes.filter(({ b }) => b.x1 < 0 || b.x2 > viewport.width).map((x) => x.id), `${id}: off the sides`).toEqual([]);
        expect(r.same, id).toEqual([]);
        // Overview steps: no dimmed node on a lit label. Their dimmed edges are not checked: when the
        // organisms wrap into a second column, the edges into it still cross the first column's labels.
        if (steps[i].kind === 'area' || steps[i].kind === 'organism') expect(r.clash, id).toEqual([]);
        else expect(r.clash.filter((c) => !c.includes('<->') && !c.includes('->')), id).toEqual([]);
      });
    });
  }

  // A projector has no scroll wheel: a caption cut at the band's edge (1280×720 lost two
  // lines of an ambito's organisms) is lost to the room. Each step's caption must show whole.
  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 1366, height: 768 },
    { width: 1280, height: 720 },
    { width: 1024, height: 768 },
  ]) {
    test(`at ${viewport.width}×${viewport.height} every step's caption shows whole, in both languages and both themes`, async ({ browser }) => {
      for (const lang of ['it', 'en'] as const) {
        const steps = expectedTour(undefined, lang);
        for (const theme of ['light', 'dark'] as const) {
          const page = await browser.newPage({ viewport, reducedMotion: 'reduce' });
          await page.goto(`./?lang=${lang}&present=auto&step=1`);
          await expectStep(page, steps, 0, lang);
          if (theme === 'dark') {
            await page.getByRole('button', { name: lang === 'en' ? /Projector theme/ : /Tema del proiettore/ }).click();
            await expect(page.getByTestId('presenter-overlay')).toHaveClass(/theme-dark/);
          }
          for (let i = 0; i < steps.length; i++) {
            await expectStep(page, steps, i, lang);
            const id = `${lang}, ${theme}, ${steps[i].id} (step ${i + 1})`;
            const r = await stepRegion(page, lang).evaluate((section) => {
              const rect = (e: Element) => {
                const b = e.getBoundingClientRect();
                return { top: b.top, bottom: b.bottom, left: b.left, right: b.right };
              };
              // Every box from the region down that clips its content: none may hold more than it shows
              // (the 1-px visually hidden texts are for screen readers, which read them whole).
              const clipped = [section, ...section.querySelectorAll('*')]
                .filter((e) => !e.closest('.visually-hidden'))
                .filter((e) => getComputedStyle(e).overflowY !== 'visible' || getComputedStyle(e).overflowX !== 'visible')
                .filter((e) => e.scrollHeight > e.clientHeight || e.scrollWidth > e.clientWidth)
                .map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${e.scrollHeight}/${e.clientHeight}`);
              const caption = section.querySelector('[data-testid="step-caption"]');
              const title = section.querySelector('[data-testid="step-title"]')!;
              return {
                section: rect(section),
                title: rect(title),
                caption: caption ? rect(caption) : null,
                px: parseFloat(getComputedStyle(caption ?? title).fontSize),
                clipped,
                view: { width: innerWidth, height: innerHeight },
              };
            });
            const inside = (b: { top: number; bottom: number; left: number; right: number }, o: typeof b) =>
              b.top >= o.top - 0.5 && b.bottom <= o.bottom + 0.5 && b.left >= o.left - 0.5 && b.right <= o.right + 0.5;
            const screen = { top: 0, left: 0, bottom: r.view.height, right: r.view.width };
            expect(inside(r.section, screen), `${id}: the region on screen ${JSON.stringify(r.section)}`).toBe(true);
            expect(inside(r.title, r.section), `${id}: the title inside the region`).toBe(true);
            if (steps[i].caption) {
              expect(r.caption, id).not.toBeNull();
              expect(inside(r.caption!, screen), `${id}: the caption on screen ${JSON.stringify(r.caption)}`).toBe(true);
              expect(inside(r.caption!, r.section), `${id}: the caption inside the region`).toBe(true);
            }
            expect(r.clipped, `${id}: clipped text`).toEqual([]);
            // Shrunk to fit, never below the floor (src/lib/tour/caption-fit.ts).
            expect(r.px, `${id}: caption font size`).toBeGreaterThanOrEqual(16);
            await page.keyboard.press('PageDown');
          }
          await page.close();
        }
      }
    });
  }

  test('P enters; digits then Enter jump; B blacks the screen; Esc leaves', async ({ page }) => {
    const steps = expectedTour();
    await gotoApp(page, 'lang=en');
    await page.locator('body').press('p');
    await expectStep(page, steps, 0);
    await page.keyboard.press('3');
    await expect(page.getByRole('status').filter({ hasText: 'Go to step 3' })).toBeVisible();
    await page.keyboard.press('Enter');
    await expectStep(page, steps, 2);
    await page.keyboard.press('ArrowRight');
    await expectStep(page, steps, 3);
    await page.keyboard.press('Space');
    await expectStep(page, steps, 4);
    await page.keyboard.press('Shift+Space');
    await page.keyboard.press('ArrowLeft');
    await expectStep(page, steps, 2);
    await page.keyboard.press('b');
    await expect(page.getByTestId('black-screen')).toBeVisible();
    await page.keyboard.press('b');
    await expect(page.getByTestId('black-screen')).toHaveCount(0);
    await expectStep(page, steps, 2);
    await page.keyboard.press('Escape');
    await expect(stepRegion(page)).toHaveCount(0);
  });

  test('a step URL opens the tour at that step, in Italian by default', async ({ page }) => {
    const steps = expectedTour();
    await page.goto('./?lang=en&present=auto&step=3');
    await expectStep(page, steps, 2);
    await page.goto('./?present=auto&step=2');
    const it = buildAutoTour(new PlanIndex(validatePayload(JSON.parse(readFileSync(path.join(root, 'dist/data/graph.json'), 'utf8')))), 'it');
    const region = page.getByRole('region', { name: 'Passo', exact: true });
    await expect(region.getByRole('heading', { level: 2 })).toHaveText(it[1].title);
    await expect(region.getByTestId('step-caption')).toHaveText(it[1].caption);
    await page.goto('./?lang=en&present=auto&step=999');
    await expectStep(page, steps, steps.length - 1);
  });

  test('the presenter view follows the main window and drives it', async ({ page, context }) => {
    const steps = expectedTour();
    await gotoApp(page, 'lang=en');
    const view = await context.newPage();
    await view.goto('./?presenter-view=1&lang=en');
    await expect(view.getByRole('status')).toContainText('Waiting');
    await page.bringToFront();
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await expect(view.getByTestId('view-current')).toHaveText(steps[0].title);
    await expect(view.getByTestId('view-next')).toHaveText(steps[1].title);
    await expect(view.getByTestId('view-notes')).toHaveText(steps[0].notes.replace(/\n/g, ' ').replace(/\s+/g, ' ').trim(), { useInnerText: false });
    await page.keyboard.press('PageDown');
    await expect(view.getByTestId('view-current')).toHaveText(steps[1].title);
    await view.getByRole('button', { name: /Next/ }).click();
    await expectStep(page, steps, 2);
    await expect(view.getByTestId('view-progress')).toHaveText(`3 / ${steps.length}`);
    await view.getByRole('button', { name: /Previous/ }).click();
    await expectStep(page, steps, 1);
    await expect(view.getByTestId('view-timer')).toHaveText(/^\d+:\d\d$/);
  });

  test('a step added from a searched selection keeps its chain lit and the rest dim, framed on the chain', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const payload = validatePayload(JSON.parse(readFileSync(path.join(root, 'dist/data/graph.json'), 'utf8')));
    const ix = new PlanIndex(payload);
    const consiag = payload.nodes.find((n) => n.kind === 'organism' && /consiag/i.test(n.label))!;
    const chain = [...ix.chain(consiag.id).nodes].sort();
    expect(chain.length).toBeLessThan(payload.nodes.length);
    await gotoApp(page);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    const box = page.getByRole('combobox', { name: 'Cerca' });
    await box.fill('consiag');
    await expect(page.getByRole('listbox').getByRole('option').first()).toContainText(consiag.label);
    await box.press('Enter');
    await expect(page.locator(CANVAS)).toHaveAttribute('data-selected', consiag.id);
    await page.getByRole('button', { name: 'Tour personale', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Il mio tour' });
    await dialog.getByLabel('Titolo del passo 1').fill('Consiag');
    await dialog.getByRole('button', { name: 'Aggiungi questa vista come passo' }).click();
    await dialog.getByRole('button', { name: 'Presenta questo tour' }).click();
    const region = stepRegion(page, 'it');
    await expect(region.getByRole('heading', { level: 2 })).toHaveText('Consiag');
    await settle(page);
    // What the room sees: the canvas's lit ('chain') and dimmed ('faded') nodes, and where they are.
    const r = await page.locator(CANVAS).evaluate((el) => {
      type Box = { x1: number; x2: number; y1: number; y2: number };
      type N = { id(): string; hasClass(c: string): boolean; visible(): boolean; renderedBoundingBox(o: object): Box };
      const cy = ((el.querySelector('[data-cy-host]') ?? el) as unknown as { _cyreg: { cy: { nodes(): { toArray(): N[] } } } })._cyreg.cy;
      const at = el.getBoundingClientRect();
      const nodes = cy.nodes().toArray().filter((n) => n.visible());
      const lit = nodes.filter((n) => n.hasClass('chain'));
      return {
        lit: lit.map((n) => n.id()).sort(),
        neither: nodes.filter((n) => !n.hasClass('chain') && !n.hasClass('faded')).map((n) => n.id()),
        boxes: lit.map((n) => {
          const b = n.renderedBoundingBox({ includeNodes: true, includeLabels: true, includeEdges: false, includeOverlays: false });
          return { id: n.id(), y1: b.y1 + at.top, y2: b.y2 + at.top, x1: b.x1 + at.left, x2: b.x2 + at.left };
        }),
        bar: document.querySelector('[data-testid="presenter-overlay"] nav')!.getBoundingClientRect().bottom,
        caption: document.querySelector('[data-testid="presenter-overlay"] section')!.getBoundingClientRect().top,
        width: innerWidth,
      };
    });
    expect(r.lit).toEqual(chain);
    expect(r.neither, 'every node off the chain is dimmed').toEqual([]);
    expect(r.boxes.filter((b) => b.y1 < r.bar || b.y2 > r.caption || b.x1 < 0 || b.x2 > r.width).map((b) => b.id), 'the chain framed on screen').toEqual([]);
    // The saved step says the same.
    const kept = await page.evaluate(() => Object.keys(localStorage).map((k) => localStorage.getItem(k) ?? '').find((v) => v.includes('"trama-tour"'))!);
    expect(JSON.parse(kept).steps[0].light.sort()).toEqual(chain);
  });

  test('a custom tour: add views as steps, save to a file, open it again elsewhere; captions stay text', async ({ page }) => {
    await gotoApp(page, 'lang=en');
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.getByRole('button', { name: 'My tour', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'My tour' });
    await dialog.getByLabel('Tour name').fill('Council, 1 December');
    await dialog.getByLabel('Tour name').press('Tab');
    await dialog.getByLabel('Title of step 1').fill('The whole plan');
    await dialog.getByLabel('Caption of step 1').fill('Every objective and who carries it.');
    await dialog.getByRole('button', { name: 'Add this view as a step' }).click();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Network', exact: true }).click();
    await page.getByRole('button', { name: 'My tour', exact: true }).click();
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    await dialog.getByLabel('Title of step 2').fill(hostile);
    await dialog.getByLabel('Caption of step 2').fill('javascript:alert(1) &lt;b&gt;');
    await dialog.getByRole('button', { name: 'Add this view as a step' }).click();
    await dialog.getByLabel('Title of step 3').fill('Third');
    await dialog.getByRole('button', { name: 'Add this view as a step' }).click();
    await dialog.getByRole('button', { name: 'Move step 3 up' }).click();
    await dialog.getByRole('button', { name: 'Delete step 2' }).click(); // "Third", now second, goes
    await expect(dialog.getByLabel('Title of step 2')).toHaveValue(hostile);

    const downloading = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Save to a file' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/-tour-council-1-december\.json$/);
    const file = await download.path();
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect(saved.format).toBe('trama-tour');
    expect(saved.steps.map((s: { title: string }) => s.title)).toEqual(['The whole plan', hostile]);
    expect(saved.steps[1].state.view).toBe('network');

    // another browser: nothing kept; open the file
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.getByRole('button', { name: 'My tour', exact: true }).click();
    await expect(dialog.getByText('My tour has no steps yet.')).toBeVisible();
    await dialog.locator('input[type="file"]').setInputFiles(file);
    await expect(dialog.getByRole('status')).toContainText('"Council, 1 December" opened: 2 steps');
    await dialog.getByRole('button', { name: 'Present this tour' }).click();
    const region = stepRegion(page);
    await expect(region.getByRole('heading', { level: 2 })).toHaveText('The whole plan');
    await expect(region.getByTestId('step-progress')).toContainText('1 / 2');
    await page.keyboard.press('PageDown');
    await expect(region.getByRole('heading', { level: 2 })).toHaveText(hostile);
    await expect(region.getByTestId('step-caption')).toHaveText('javascript:alert(1) &lt;b&gt;');
    await expect(page.locator('[data-testid="graph-canvas"]')).toHaveAttribute('data-view', 'network', { timeout: 20_000 });
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await region.locator('img, script').count()).toBe(0);
    await expect(page).toHaveURL(/present=custom/);
    // a step URL of the custom tour, reopened: the tour was kept in this browser
    await page.goto('./?lang=en&present=custom&step=2');
    await expect(stepRegion(page).getByRole('heading', { level: 2 })).toHaveText(hostile);

    // a broken file is refused with a clear message; the tour stays
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'My tour', exact: true }).click();
    await dialog.locator('input[type="file"]').setInputFiles({ name: 'old.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"trama-tour","version":7}') });
    await expect(dialog.getByRole('alert')).toHaveText('The tour old.json could not be opened: version 7 is not supported (this version of Trama reads 1)');
    await expect(dialog.getByLabel('Title of step 2')).toHaveValue(hostile);
  });
});

test.describe('single-file build', () => {
  test.describe.configure({ timeout: 180_000 });
  let html = '';
  test.beforeAll(() => {
    execFileSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--mode', 'single', '--logLevel', 'error'], {
      cwd: root,
      env: { ...process.env, TRAMA_PAYLOAD: path.join(root, 'dist/data/graph.json') },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const files = readdirSync(path.join(root, 'dist-single'));
    expect(files).toHaveLength(1);
    html = path.join(root, 'dist-single', files[0]);
  });

  test('opens over file:// with the network blocked and runs its tour', async ({ browser }) => {
    const context = await browser.newContext({ baseURL: undefined });
    const leaked: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      leaked.push(url);
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    const problems = watchProblems(page);
    page.on('request', (r) => {
      if (!/^(file|data|blob):/.test(r.url())) leaked.push(r.url());
    });
    const steps = expectedTour();
    await page.goto(`file://${html}?lang=en`);
    await expect(page.locator('[data-testid="graph-canvas"]')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    for (let i = 0; i < steps.length; i++) {
      await expectStep(page, steps, i);
      await page.keyboard.press('PageDown');
    }
    await page.keyboard.press('Escape');
    expect(leaked).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

test.describe('presenter mode accessibility', () => {
  for (const lang of ['it', 'en'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      test(`no serious or critical axe violation (${lang}, ${theme} theme)`, async ({ page }) => {
        const { default: AxeBuilder } = await import('@axe-core/playwright');
        await page.goto(`./?lang=${lang}&present=auto&step=2`);
        const region = page.getByRole('region', { name: lang === 'en' ? 'Step' : 'Passo', exact: true });
        await expect(region).toBeVisible();
        if (theme === 'dark') {
          await page.getByRole('button', { name: lang === 'en' ? /Projector theme/ : /Tema del proiettore/ }).click();
          await expect(page.getByTestId('presenter-overlay')).toHaveClass(/theme-dark/);
        }
        const results = await new AxeBuilder({ page }).include('[data-testid="presenter-overlay"]').analyze();
        const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  }

  test('labels are at least 24 px on a 1920×1080 projector, caption too', async ({ browser }) => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto('./?lang=en&present=auto&step=2');
    const region = page.getByRole('region', { name: 'Step', exact: true });
    await expect(region).toBeVisible();
    for (const id of ['step-title', 'step-caption', 'step-progress']) {
      const px = await region.getByTestId(id).evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
      expect(px).toBeGreaterThanOrEqual(24);
    }
    await page.close();
  });
});
