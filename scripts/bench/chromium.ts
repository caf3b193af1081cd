/**
 * Launches Debian's Chromium the way the team's browser tests do (path, flags and
 * viewport come from test/e2e/chromium-args.ts, which the Playwright config uses too),
 * with a fresh temporary profile per launch so no cache or storage carries over between
 * measurements. Never downloads a browser.
 */
import { chromium, type Browser } from '@playwright/test';
import { existsSync } from 'node:fs';
import { CHROMIUM_ARGS, CHROMIUM_PATH, VIEWPORT } from '../../test/e2e/chromium-args';

export { CHROMIUM_ARGS, CHROMIUM_PATH, VIEWPORT };

export class ChromiumMissingError extends Error {
  constructor(path: string) {
    super(`bench/chromium: no browser at ${path}. Install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`);
    this.name = 'ChromiumMissingError';
  }
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new ChromiumMissingError(CHROMIUM_PATH);
  // Plain launch gives every run its own throw-away profile directory.
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}
