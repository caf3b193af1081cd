/**
 * Launches Debian's Chromium the way the team's browser tests do (same flags as
 * test/e2e/playwright.config.ts), with a fresh temporary profile per launch so no cache
 * or storage carries over between measurements. Never downloads a browser.
 */
import { chromium, type Browser } from '@playwright/test';
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The viewport the e2e tests use, so figures compare with what the tests see. */
export const VIEWPORT = { width: 1400, height: 900 };

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
