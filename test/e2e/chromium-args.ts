/**
 * How the team launches Debian's Chromium, in one place: the browser tests
 * (test/e2e/playwright.config.ts) and the benchmarks (scripts/bench/chromium.ts) must
 * measure the same browser with the same flags, or the figures do not compare.
 * Never downloads a browser.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** No GPU, no sandbox (containers), and nothing that reaches the network on its own. */
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

/** The viewport the e2e tests use, so benchmark figures compare with what the tests see. */
export const VIEWPORT = { width: 1400, height: 900 } as const;
