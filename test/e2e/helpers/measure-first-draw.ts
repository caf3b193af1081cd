/**
 * Quick measurement, not a test: how long after navigation the seed is drawn and
 * usable (data-ready="true" on the canvas after the first layout) in headless Chromium.
 * Run against a preview server: npx vite preview --port 4183 &
 *   npx tsx test/e2e/helpers/measure-first-draw.ts http://127.0.0.1:4183/ 10
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config';

const url = process.argv[2] ?? 'http://127.0.0.1:4183/';
const runs = Number(process.argv[3] ?? 10);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const t0 = Date.now();
  await page.goto(url);
  await page.waitForSelector('[data-testid="graph-canvas"][data-ready="true"]', { timeout: 30_000 });
  // Usable: a click on the canvas is handled on the next frame.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  times.push(Date.now() - t0);
  await context.close();
}
await browser.close();
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(JSON.stringify({ url, runs, medianMs: median, minMs: times[0], maxMs: times[times.length - 1], times }));
