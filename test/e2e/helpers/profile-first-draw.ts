/**
 * Where the first draw's time goes: one page load of the app in headless Chromium under
 * the V8 sampling profiler (Chrome DevTools Protocol), summed per function, self time
 * and inclusive time. A tool for a person, not a test. Build unminified for readable names:
 *   npx vite build --outDir /tmp/prof --emptyOutDir --minify false
 *   npx vite preview --outDir /tmp/prof --port 4190 &
 *   npx tsx test/e2e/helpers/profile-first-draw.ts http://127.0.0.1:4190/ [out.cpuprofile]
 * The .cpuprofile opens in Chromium's DevTools (Performance panel) for a flame chart.
 */
import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { CHROMIUM_ARGS } from '../playwright.config';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

const url = process.argv[2] ?? 'http://127.0.0.1:4190/';
const out = process.argv[3];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
const page = await context.newPage();
await page.goto('about:blank');
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
const t0 = Date.now();
await page.goto(url);
await page.waitForSelector('[data-testid="graph-canvas"][data-ready="true"]', { timeout: 30_000 });
await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
const ms = Date.now() - t0;
const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
await browser.close();
if (out) writeFileSync(out, JSON.stringify(profile));

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const timeOf = new Map<number, number>();
(profile.samples ?? []).forEach((s, i) => timeOf.set(s, (timeOf.get(s) ?? 0) + (profile.timeDeltas?.[i] ?? 0)));
const key = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\//, '')}:${n.callFrame.lineNumber}`;
const self = new Map<string, number>();
const inclusive = new Map<string, number>();
for (const [id, t] of timeOf) {
  const k = key(byId.get(id)!);
  self.set(k, (self.get(k) ?? 0) + t);
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const ck = key(byId.get(cur)!);
    if (seen.has(ck)) continue;
    seen.add(ck);
    inclusive.set(ck, (inclusive.get(ck) ?? 0) + t);
  }
}
const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${(v / 1000).toFixed(1).padStart(8)} ms  ${k}`);
console.log(`first draw (under the profiler): ${ms} ms\n\nself time:\n${top(self, 25).join('\n')}\n\ninclusive time:\n${top(inclusive, 60).join('\n')}`);
