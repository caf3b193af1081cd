/**
 * Real input for the frame-rate figures: Playwright's mouse drives Chromium's input
 * pipeline, so Cytoscape sees the same events a user's mouse makes. Events are paced at
 * about 60 per second; when the page is busy, delivery waits for it, as a real mouse's
 * events queue behind a busy main thread.
 */
import type { Page } from '@playwright/test';
import { FIND_BACKGROUND } from './probe';

export interface FrameRate {
  fps: number;
  frames: number;
  ms: number;
  /** Longest gap between two frames during the gesture. */
  worstMs: number;
}

const STEP_MS = 16;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Target {
  x: number;
  y: number;
  rect: { x: number; y: number; w: number; h: number };
  found: boolean;
}

async function counted(page: Page, gesture: () => Promise<void>): Promise<FrameRate> {
  await page.evaluate('window.__tramaFrames.start()');
  await gesture();
  const r = (await page.evaluate('window.__tramaFrames.stop()')) as Omit<FrameRate, 'fps'>;
  return { ...r, fps: (r.frames * 1000) / r.ms };
}

async function paced(durationMs: number, step: (phase: number) => Promise<void>): Promise<void> {
  const t0 = Date.now();
  for (let tick = 1; ; tick++) {
    const elapsed = Date.now() - t0;
    if (elapsed >= durationMs) break;
    await step(elapsed / durationMs);
    const wait = t0 + tick * STEP_MS - Date.now();
    if (wait > 0) await sleep(wait);
  }
}

/** Drag from a background point in a figure-of-eight, back to where it started. */
export async function panFrameRate(page: Page, durationMs: number): Promise<FrameRate & { onBackground: boolean }> {
  const t = (await page.evaluate(FIND_BACKGROUND)) as Target;
  const ax = Math.min(260, t.rect.w / 4);
  const ay = Math.min(160, t.rect.h / 4);
  await page.mouse.move(t.x, t.y);
  const r = await counted(page, async () => {
    await page.mouse.down();
    await paced(durationMs, (p) => page.mouse.move(t.x + ax * Math.sin(2 * Math.PI * p), t.y + ay * Math.sin(4 * Math.PI * p)));
    await page.mouse.move(t.x, t.y);
    await page.mouse.up();
  });
  return { ...r, onBackground: t.found };
}

/**
 * Wheel over the centre: zoom in for the first half, out for the second, about 8× each
 * way (Cytoscape turns deltaY into a zoom factor of 10^(-deltaY/250) at sensitivity 1).
 */
export async function zoomFrameRate(page: Page, durationMs: number): Promise<FrameRate> {
  const t = (await page.evaluate(FIND_BACKGROUND)) as Target;
  await page.mouse.move(t.rect.x + t.rect.w / 2, t.rect.y + t.rect.h / 2);
  const events = durationMs / STEP_MS / 2;
  const delta = (Math.log10(8) * 250) / events;
  return counted(page, () => paced(durationMs, (p) => page.mouse.wheel(0, p < 0.5 ? -delta : delta)));
}
