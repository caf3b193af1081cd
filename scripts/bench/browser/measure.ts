/**
 * One page load, measured: a fresh browser (fresh profile), the probe injected, the page
 * opened, first draw and time to interactive read, then panning and zooming frame rates.
 */
import type { Page } from '@playwright/test';
import { launchChromium, VIEWPORT } from '../chromium';
import { panFrameRate, zoomFrameRate, type FrameRate } from './gestures';
import { PROBE_SCRIPT } from './probe';

export interface PageFigures {
  /** Navigation start → the frame after data-ready="true" is set, i.e. when Cytoscape's drawn graph is on screen (ms). */
  firstDraw: number;
  /** Navigation start → the first frame with the whole graph on screen: the app's preview if it painted one, else firstDraw. */
  firstPicture: number;
  /** Navigation start → the preview on screen; undefined when the page painted none. */
  preview?: number;
  /** Navigation start → data-ready="true" (the first layout done, not yet painted). */
  readyFlag: number;
  /** Navigation start → end of the last long task before QUIET_MS without one (ms). */
  interactive: number;
  pan?: FrameRate & { onBackground: boolean };
  zoom?: FrameRate;
  /** Whatever the page left in window.__bare (the bare page's own breakdown). */
  breakdown?: Record<string, number | string>;
}

export interface MeasureOptions {
  gestureMs: number;
  readyTimeoutMs: number;
  /** Skip panning and zooming (the seed only needs time to interactive). */
  noGestures?: boolean;
}

const QUIET_MS = 500;

export class PageNotReadyError extends Error {
  constructor(url: string, detail: string) {
    super(`bench/browser: ${url} never set data-ready="true" (${detail})`);
    this.name = 'PageNotReadyError';
  }
}

export async function measurePage(url: string, options: MeasureOptions): Promise<PageFigures> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript({ content: PROBE_SCRIPT });
    await page.goto(url, { waitUntil: 'commit' });
    // Polled with evaluate, not waitForFunction: the app's CSP forbids the eval it relies on.
    const deadline = Date.now() + options.readyTimeoutMs;
    while (!(await page.evaluate('window.__trama?.paintedAt != null'))) {
      if (Date.now() > deadline) {
        throw new PageNotReadyError(url, errors[0] ?? `no ready flag within ${options.readyTimeoutMs} ms`);
      }
      await page.waitForTimeout(50);
    }
    const [readyFlag, firstDraw, previewPainted] = (await page.evaluate('[window.__trama.readyAt, window.__trama.paintedAt, window.__trama.previewPaintedAt]')) as [number, number, number | null];
    const interactive = await waitQuiet(page, firstDraw);
    const preview = previewPainted ?? undefined;
    const figures: PageFigures = { firstDraw, firstPicture: Math.min(firstDraw, preview ?? Infinity), readyFlag, interactive };
    if (preview !== undefined) figures.preview = preview;
    const breakdown = (await page.evaluate('window.__bare ?? null')) as PageFigures['breakdown'] | null;
    if (breakdown) figures.breakdown = breakdown;
    if (!options.noGestures) {
      figures.pan = await panFrameRate(page, options.gestureMs);
      await page.waitForTimeout(300);
      figures.zoom = await zoomFrameRate(page, options.gestureMs);
    }
    await context.close();
    return figures;
  } finally {
    await browser.close();
  }
}

/** Waits (at most 15 s) until the main thread has had QUIET_MS with no long task. */
async function waitQuiet(page: Page, readyAt: number): Promise<number> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const [now, tasks] = (await page.evaluate('[performance.now(), window.__trama.longTasks]')) as [number, Array<[number, number]>];
    const lastEnd = tasks.reduce((m, [s, d]) => Math.max(m, s + d), 0);
    const busyUntil = Math.max(readyAt, lastEnd);
    if (now - busyUntil >= QUIET_MS || Date.now() > deadline) return busyUntil;
    await page.waitForTimeout(100);
  }
}
