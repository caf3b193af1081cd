/**
 * Quick measurement, not a test: how long after navigation the seed is drawn and
 * usable (data-ready="true" on the canvas after the first layout) in headless Chromium.
 * Several builds can be compared in one run: their page loads are interleaved, so a
 * machine whose load changes during the run slows them all alike, and the ratio holds.
 * Run against preview servers (one per build):
 *   npx vite preview --port 4183 &
 *   npx tsx test/e2e/helpers/measure-first-draw.ts --runs 15 http://127.0.0.1:4183/ [http://127.0.0.1:4184/ …]
 * With --profile, each page also reports where its time went (performance entries:
 * navigation, scripts, the data fetch, first paint, and the app's own `trama:` marks).
 */
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const [, value] = args.splice(i, 2);
  return value;
};
const runs = Number(flag('--runs') ?? 10);
const profile = args.includes('--profile') ? (args.splice(args.indexOf('--profile'), 1), true) : false;
const urls = args.length ? args : ['http://127.0.0.1:4183/'];

interface Sample {
  ms: number;
  entries?: Record<string, number>;
}

async function entries(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    if (nav) {
      out['nav.responseEnd'] = nav.responseEnd;
      out['nav.domInteractive'] = nav.domInteractive;
      out['nav.domContentLoaded'] = nav.domContentLoadedEventEnd;
    }
    for (const e of performance.getEntriesByType('paint')) out[e.name] = e.startTime;
    for (const e of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
      const name = e.name.replace(/^.*\//, '').replace(/-[\w-]{8}\.(js|css)$/, '.$1');
      out[`res.${name}`] = e.responseEnd;
    }
    for (const e of performance.getEntriesByType('mark')) if (e.name.startsWith('trama:')) out[e.name] = e.startTime;
    out['ready'] = performance.now();
    return out;
  });
}

async function once(browser: Awaited<ReturnType<typeof chromium.launch>>, url: string): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const t0 = Date.now();
  await page.goto(url);
  await page.waitForSelector('[data-testid="graph-canvas"][data-ready="true"]', { timeout: 30_000 });
  // Usable: a click on the canvas is handled on the next frame.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  const sample: Sample = { ms: Date.now() - t0 };
  if (profile) sample.entries = await entries(page);
  await context.close();
  return sample;
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
const samples = new Map<string, Sample[]>(urls.map((u) => [u, []]));
// One warm-up load each (disk cache of the server, JIT of the preview server).
for (const url of urls) await once(browser, url);
for (let i = 0; i < runs; i++) for (const url of urls) samples.get(url)!.push(await once(browser, url));
await browser.close();

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const results = urls.map((url) => {
  const ms = samples.get(url)!.map((s) => s.ms);
  const out: Record<string, unknown> = { url, runs, medianMs: median(ms), minMs: Math.min(...ms), maxMs: Math.max(...ms), times: ms };
  if (profile) {
    const keys = new Set(samples.get(url)!.flatMap((s) => Object.keys(s.entries ?? {})));
    out.medianEntries = Object.fromEntries([...keys].map((k) => [k, Math.round(median(samples.get(url)!.map((s) => s.entries?.[k] ?? NaN).filter(Number.isFinite)))]));
  }
  return out;
});
const base = results[0].medianMs as number;
for (const r of results) r.ratioToFirst = Number(((r.medianMs as number) / base).toFixed(3));
console.log(JSON.stringify(results, null, 1));
