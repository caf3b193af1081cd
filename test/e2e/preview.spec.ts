/**
 * A big graph shows a preview while Cytoscape builds (src/lib/view/preview.ts): the page
 * paints the whole graph on a plain canvas first, says it is getting ready, and Cytoscape's
 * first frame replaces the picture in the same place. The preview lasts a few frames plus
 * Cytoscape's build, during which the main thread is busy, so an init script copies the
 * preview's pixels the moment it is shown (a MutationObserver callback), and the test
 * compares that picture with the screenshot of the interactive graph afterwards.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { syntheticPayload } from '../../scripts/bench/payloads';
import { CANVAS, SCREENSHOT_DIR, waitForGraph } from './helpers/app';

// 4,000 nodes and their edges: just over the preview's 10,000 elements.
const payload = syntheticPayload(4000);
const body = JSON.stringify(payload);

const CATCH_PREVIEW = `(() => {
  const seen = { shot: null, status: null, at: null };
  Object.defineProperty(window, '__preview', { value: seen });
  new MutationObserver(() => {
    const c = document.querySelector('canvas[data-preview="true"]');
    if (!c || seen.shot) return;
    seen.at = performance.now();
    seen.shot = c.toDataURL('image/png');
    seen.status = document.querySelector('.preview-note')?.textContent ?? null;
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-preview'] });
})();`;

interface Ink {
  /** Share of pixels that are not background. */
  share: number;
  box: { x1: number; y1: number; x2: number; y2: number };
  colours: number;
}

/**
 * Where a picture is drawn on: the box of non-white pixels, their share, distinct hues.
 * `margin` px along each edge are left out: a screenshot of the canvas at a fractional
 * offset takes in a row of the border above it, which is not the graph.
 */
function ink(png: PNG, scale = 1, margin = 0): Ink {
  let n = 0;
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  const colours = new Set<number>();
  for (let y = margin; y < png.height - margin; y++) {
    for (let x = margin; x < png.width - margin; x++) {
      const i = (y * png.width + x) * 4;
      const [r, g, b, a] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!, png.data[i + 3]!];
      if (a < 128 || (r > 235 && g > 235 && b > 235)) continue;
      n++;
      if (x < x1) x1 = x;
      if (y < y1) y1 = y;
      if (x > x2) x2 = x;
      if (y > y2) y2 = y;
      colours.add(((r >> 5) << 6) | ((g >> 5) << 3) | (b >> 5));
    }
  }
  return { share: n / (png.width * png.height), box: { x1: x1 / scale, y1: y1 / scale, x2: x2 / scale, y2: y2 / scale }, colours: colours.size };
}

async function openBig(page: Page, query = ''): Promise<void> {
  await page.route('**/data/graph.json', (route) => route.fulfill({ status: 200, body, contentType: 'application/json' }));
  await page.addInitScript({ content: CATCH_PREVIEW });
  await page.goto(`./${query}`);
}

test('a big graph is previewed at once, then drawn interactive in the same place', async ({ page }) => {
  test.setTimeout(120_000);
  await openBig(page);
  await waitForGraph(page);
  const canvas = page.locator(CANVAS);
  await expect(canvas).toHaveAttribute('data-node-count', String(payload.nodes.length));

  const caught = (await page.evaluate('window.__preview')) as { shot: string | null; status: string | null; at: number | null };
  expect(caught.shot, 'the preview was shown').not.toBeNull();
  // Italian writes four-digit numbers without a separator.
  expect(caught.status).toContain('Anteprima di 4000 nodi');

  // Gone once Cytoscape has drawn: no picture over the live graph, no status left.
  await expect(page.getByTestId('graph-preview')).toBeHidden();
  await expect(page.locator('.preview-note')).toHaveCount(0);

  const previewBytes = Buffer.from(caught.shot!.split(',')[1]!, 'base64');
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  writeFileSync(`${SCREENSHOT_DIR}/preview-picture.png`, previewBytes);
  const preview = PNG.sync.read(previewBytes);
  const box = await canvas.boundingBox();
  const scale = preview.width / box!.width;
  const before = ink(preview, scale);
  await page.mouse.move(box!.x + 2, box!.y + 2); // no hover highlight on the shot
  await page.addStyleTag({ content: '.zoom { visibility: hidden; }' }); // the zoom buttons are not the graph
  const shot = await canvas.screenshot({ path: `${SCREENSHOT_DIR}/preview-then-drawn.png` });
  const after = ink(PNG.sync.read(shot), 1, 2);

  // A real picture of the graph: ink on the canvas, in the areas' colours…
  expect(before.share).toBeGreaterThan(0.01);
  expect(before.colours).toBeGreaterThan(4);
  // …where Cytoscape then draws it (same camera): the drawn extents agree to a few pixels.
  const tolerance = 0.03 * box!.width;
  for (const k of ['x1', 'y1', 'x2', 'y2'] as const) expect(Math.abs(before.box[k] - after.box[k]), `${k}: ${JSON.stringify([before, after])}`).toBeLessThan(tolerance);
});

test('a selection in the link is applied once the previewed graph is built', async ({ page }) => {
  test.setTimeout(120_000);
  const organism = payload.nodes.find((n) => n.kind === 'organism')!;
  await openBig(page, `?lang=en&node=${encodeURIComponent(organism.id)}`);
  await waitForGraph(page);
  expect(((await page.evaluate('window.__preview')) as { status: string | null }).status).toContain('Preview of 4,000 nodes');
  const classes = await page.locator(CANVAS).evaluate((el, id) => {
    const cy = ((el.querySelector('[data-cy-host]') ?? el) as unknown as { _cyreg: { cy: { getElementById(id: string): { classes(): string[] } } } })._cyreg.cy;
    return cy.getElementById(id).classes();
  }, organism.id);
  expect(classes).toContain('selected');
  await expect(page.getByRole('region', { name: 'Details' })).toContainText(organism.label);
});
