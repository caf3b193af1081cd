/**
 * A hostile document, end to end: the real CLI turns test/fixtures/hostile/hostile.txt
 * (cells holding <script>, <img onerror>, <svg onload>, encoded and double-encoded tags,
 * javascript: URLs, template syntax, a 5,000-character label, quotes, ampersands, RTL and
 * emoji) into a payload; the built app serves it from a temp copy of dist/ WITHOUT its CSP,
 * so that escaping is proven on its own. Every place a label appears must show it as
 * literal text — canvas data, tooltip, header, details panel (text, breadcrumb, extra
 * columns, the raw row), table view, search suggestions, ranking, filters and legend, tour
 * captions, SVG export and print layout — and nothing injected may run: no dialog, the
 * window.__pwned sentinel stays undefined, no element or attribute the payloads carry exists.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { PlanIndex } from '../../src/lib/model/plan-index';
import { buildAutoTour } from '../../src/lib/tour/auto-tour';
import type { Payload, PayloadNode } from '../../src/lib/types';
import { hostileSite, type Site } from '../fixtures/hostile/site';
import { HOSTILE_ORGANISMS, LITERAL_ENTITIES, LITERAL_MARKUP, LONG_LABEL_LENGTH, QUOTES, RTL_AND_EMOJI } from '../fixtures/hostile/strings';
import { CANVAS, screenshotArtifact, watchProblems } from './helpers/app';

let site: Site;
let payload: Payload;
let index: PlanIndex;

test.describe.configure({ timeout: 120_000 });

test.beforeAll(async () => {
  site = await hostileSite({ csp: false });
  payload = site.payload;
  index = new PlanIndex(payload);
});
test.afterAll(async () => {
  await site?.close();
});

/** Nodes whose text could turn into markup, or strain the layout or the bidi algorithm. */
const isHostile = (n: PayloadNode) =>
  /[<>&"'`{$]|[\u0590-\u08FF]|\p{Extended_Pictographic}/u.test(n.label) || n.label.length > 500 || Object.keys(n.attributes ?? {}).length > 0;

/** Whitespace and the ellipsis out: canvas labels are wrapped and cut, never rewritten. */
const compact = (s: string) => s.replace(/[\s…]+/g, '');

let dialogs: string[] = [];
let problems: string[] = [];

async function open(page: Page, query: string, waitForGraph = true) {
  dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  problems = watchProblems(page);
  await page.goto(`${site.url}?${query}`);
  await expect(page.getByRole('banner').locator('h1')).toBeVisible();
  if (waitForGraph) await expect(page.locator(CANVAS)).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
}

/** Nothing the document carries has become live markup, and nothing has run. */
async function expectInert(page: Page) {
  const found = await page.evaluate(() => {
    const bad: string[] = [];
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const name of el.getAttributeNames()) {
        const value = el.getAttribute(name) ?? '';
        if (/^on/i.test(name)) bad.push(`<${el.tagName.toLowerCase()} ${name}="${value}">`);
        if (/^\s*javascript:/i.test(value)) bad.push(`<${el.tagName.toLowerCase()} ${name}="${value}">`);
      }
      if (/pwned/.test(el.tagName)) bad.push(el.tagName);
    }
    for (const s of Array.from(document.scripts)) if (!s.src || /pwned/.test(s.textContent ?? '')) bad.push(`<script>${s.textContent}</script>`);
    for (const el of Array.from(document.querySelectorAll('iframe, object, embed, frame, img[src="x"], a[href]:not([href^="#"])'))) bad.push(el.outerHTML.slice(0, 120));
    for (const s of Array.from(document.querySelectorAll('style'))) if (/display\s*:\s*none\s*}/.test(s.textContent ?? '') && /body\s*{/.test(s.textContent ?? '')) bad.push('document <style>');
    return { bad, pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null };
  });
  expect(found.bad).toEqual([]);
  expect(found.pwned).toBeNull();
  expect(dialogs).toEqual([]);
  expect(problems).toEqual([]);
}

test('the CLI keeps the hostile strings as literal text in the payload', () => {
  const labels = payload.nodes.map((n) => n.label);
  for (const s of [...LITERAL_MARKUP, LITERAL_ENTITIES, ...RTL_AND_EMOJI, QUOTES, ...HOSTILE_ORGANISMS]) {
    expect(labels.some((l) => l.includes(s)), s).toBe(true);
  }
  expect(Math.max(...labels.map((l) => l.length))).toBeGreaterThanOrEqual(LONG_LABEL_LENGTH);
  expect(payload.meta.title).toMatch(/<img src=x onerror=/);
  expect(payload.rawLines.some((r) => r.text.includes('<script>window.__pwned=8</script>'))).toBe(true);
});

test('canvas: every node carries its text as data; the tooltip shows it literally', async ({ page }) => {
  await open(page, 'lang=en');
  const drawn = await page.locator(CANVAS).evaluate((el) => {
    const cy = ((el.querySelector('[data-cy-host]') ?? el) as unknown as { _cyreg: { cy: { nodes(): Array<{ data(): { id: string; label: string; full: string } }> } } })._cyreg.cy;
    return cy.nodes().map((n) => n.data());
  });
  expect(drawn.map((d) => d.id).sort()).toEqual(payload.nodes.map((n) => n.id).sort());
  for (const d of drawn) {
    const node = index.node(d.id)!;
    expect(d.full).toBe(node.label);
    expect(compact(node.label).startsWith(compact(d.label)), d.id).toBe(true);
  }
  await screenshotArtifact(page, 'hostile-hierarchy');

  for (const node of payload.nodes.filter(isHostile).slice(0, 8)) {
    await page.goto(`${site.url}?lang=en&node=${encodeURIComponent(node.id)}`);
    await expect(page.locator(CANVAS)).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
    await page.locator(CANVAS).focus();
    const tip = page.getByRole('tooltip');
    await expect(tip.locator('.text')).toHaveText(node.label, { useInnerText: false });
    // Kind, text and (but on an ambito) the ambito the colour stands for: plain spans, no markup from the document.
    const tags = await tip.locator('*').evaluateAll((els) => els.map((e) => e.tagName.toLowerCase()));
    expect(tags).toEqual(node.kind === 'area' ? ['span', 'span'] : ['span', 'span', 'span']);
    if (node.kind !== 'area') await expect(tip.locator('.area')).toContainText(index.node(node.areas[0]!)!.label, { useInnerText: false });
  }
  await expectInert(page);
});

test('header and details panel: title, text, breadcrumb, extra columns and the raw row, as text', async ({ page }) => {
  await open(page, 'lang=en');
  await expect(page.getByRole('banner').locator('h1')).toContainText(payload.meta.title, { useInnerText: false });
  expect(await page.title()).toContain(payload.meta.title);
  for (const node of payload.nodes.filter(isHostile)) {
    await page.goto(`${site.url}?lang=en&view=table&node=${encodeURIComponent(node.id)}`);
    const details = page.getByRole('region', { name: 'Details', exact: true });
    await expect(details.locator('.text p')).toHaveText(node.text.split('\n'), { useInnerText: false });
    // The breadcrumb leads from the ambito down (organisms sit under many chains: none).
    const crumbs = node.kind === 'organism' ? [] : index.breadcrumb(node.id).slice(0, -1).map((n) => n.label);
    if (crumbs.length) {
      await expect(details.locator('.crumbs button')).toHaveText(crumbs, { useInnerText: false });
      await expect(details.locator('[aria-current="location"]')).toHaveText(node.label, { useInnerText: false });
    }
    for (const [k, v] of Object.entries(node.attributes ?? {})) {
      await expect(details.locator('dl.panel-facts dt', { hasText: k })).toHaveCount(1);
      await expect(details.locator('dl.panel-facts dd')).toContainText([v], { useInnerText: false });
    }
    const first = node.sources[0];
    const raw = payload.rawLines.find((r) => r.file === first.file && r.line === first.line);
    if (raw) await expect(details.locator('pre').first()).toHaveText(raw.text.replace(/\t/g, ' ⇥ '), { useInnerText: false });
  }
  await expectInert(page);
});

test('table view: every label appears, literally, in the expanded tree', async ({ page }) => {
  await open(page, 'lang=en&view=table', false);
  await page.getByRole('button', { name: 'Expand all' }).click();
  const tree = page.getByRole('tree');
  const shown = new Set(await tree.locator('[role="treeitem"] .label').allTextContents());
  expect([...shown].sort()).toEqual([...new Set(payload.nodes.map((n) => n.label))].sort());
  await screenshotArtifact(page, 'hostile-table');
  await expectInert(page);
});

test('search suggestions, ranking, filters and legend show the texts literally', async ({ page }) => {
  await open(page, 'lang=en');
  const labels = new Set(payload.nodes.map((n) => n.label));
  const search = page.getByRole('combobox', { name: 'Search' });
  for (const q of ['pwned', 'onerror', 'javascript', 'script', 'BIDI', 'emoji', 'ETICHETTA', 'VIRGOLETTE', 'constructor']) {
    await search.fill(q);
    const options = page.getByRole('option');
    await expect(options.first()).toBeVisible();
    for (const text of await options.locator('.label').allTextContents()) expect(labels.has(text), `${q}: ${text}`).toBe(true);
  }
  await search.fill('onerror');
  const hits = await page.getByRole('option').locator('.label').allTextContents();
  for (const s of ['<img src=x onerror="window.__pwned=2">', ...HOSTILE_ORGANISMS.filter((o) => o.includes('onerror'))]) expect(hits).toContain(s);
  await search.fill('');

  const ranking = page.getByRole('table', { name: 'Organism ranking' });
  const names = (await ranking.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.querySelector('th, td')?.textContent?.trim() ?? ''))).sort();
  expect(names).toEqual(index.byKind('organism').map((n) => n.label).sort());

  const left = page.locator('aside.left');
  for (const area of index.byKind('area')) await expect(left).toContainText(area.label, { useInnerText: false });
  await expectInert(page);
});

test('tour captions: every step of the automatic tour shows the data as text', async ({ page }) => {
  await open(page, 'lang=en');
  const steps = buildAutoTour(index, 'en');
  expect(steps.some((s) => s.title.includes('<script>') || s.caption.includes('<script>'))).toBe(true);
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  const region = page.getByRole('region', { name: 'Step', exact: true });
  for (let i = 0; i < steps.length; i++) {
    await expect(region.getByRole('heading', { level: 2 })).toHaveText(steps[i].title, { useInnerText: false });
    if (steps[i].caption) await expect(region.getByTestId('step-caption')).toHaveText(steps[i].caption, { useInnerText: false });
    if (i === 1) await screenshotArtifact(page, 'hostile-tour-area');
    await page.keyboard.press('PageDown');
  }
  await page.keyboard.press('Escape');
  await expectInert(page);
});

test('SVG export: valid XML, labels as escaped text, no script or handler', async ({ page }) => {
  await open(page, 'lang=en');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'SVG', exact: true }).check();
  await dialog.getByRole('radio', { name: 'Whole graph' }).check();
  const [file] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download', exact: true }).click()]);
  const xml = readFileSync((await file.path())!, 'utf8');
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, msg) => void (level !== 'warning' && errors.push(msg)) }).parseFromString(xml, 'image/svg+xml');
  expect(errors).toEqual([]);
  const names = new Set(Array.from(doc.getElementsByTagName('*')).map((e) => e.localName));
  for (const bad of ['script', 'foreignObject', 'iframe', 'img', 'a', 'style', 'b']) expect(names.has(bad), bad).toBe(false);
  for (const el of Array.from(doc.getElementsByTagName('*'))) {
    for (const attr of Array.from(el.attributes)) expect(attr.name, `${el.localName} ${attr.name}`).not.toMatch(/^on/i);
  }
  const groups = Array.from(doc.getElementsByTagName('g')).filter((g) => g.getAttribute('class') === 'node');
  expect(groups).toHaveLength(payload.nodes.length);
  for (const g of groups) {
    const node = index.node(g.getAttribute('data-id')!)!;
    expect(g.getElementsByTagName('title')[0].textContent).toBe(node.label);
    const drawn = Array.from(g.getElementsByTagName('tspan')).map((t) => t.textContent ?? '').join('');
    expect(compact(node.label).startsWith(compact(drawn)), node.id).toBe(true);
  }
  expect(doc.getElementsByTagName('text')[0].textContent).toBe(payload.meta.title);
  await page.keyboard.press('Escape');
  await expectInert(page);
});

test('print layout: title and scope table as text', async ({ page }) => {
  await open(page, 'lang=en');
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'Print', exact: true }).check();
  await dialog.getByRole('radio', { name: 'Whole graph' }).check();
  await dialog.getByRole('button', { name: 'Print or save as PDF…' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
  const sheet = page.locator('.trama-print');
  await expect(sheet.locator('h1')).toHaveText(payload.meta.title, { useInnerText: false });
  const cells = new Set(await sheet.locator('tbody tr td:nth-child(2)').allTextContents());
  for (const n of payload.nodes) expect(cells.has(n.label), n.id).toBe(true);
  expect(await sheet.locator('img').evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).src.split(':')[0]))).toEqual(['blob']);
  await page.emulateMedia({ media: 'print' });
  await screenshotArtifact(page, 'hostile-print');
  await page.emulateMedia({ media: 'screen' });
  await expectInert(page);
});
