/**
 * Export, end to end in headless Chromium: from a scoped view (a focused neighbourhood),
 * each format is downloaded and opened back — the PNG decoded (size, not blank), the SVG
 * parsed (labels as text), GEXF and GraphML re-imported with graphology (exactly the
 * scope), CSV parsed with both separators; print renders its page layout.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import { DOMParser } from '@xmldom/xmldom';
import { DirectedGraph, MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { PlanIndex } from '../../src/lib/model/plan-index';
import { validatePayload } from '../../src/lib/payload/validate';
import { focusedIds } from '../../src/lib/view/focus';
import { nodeToken } from '../../src/lib/export/scope';
import { EDGE_COLOR, NODE_BORDER } from '../../src/lib/view/style';
import { areaStyles } from '../../src/lib/view/palette';
import { parseCsv } from '../lib/export/helpers';
import { gotoApp, watchProblems } from './helpers/app';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const index = new PlanIndex(validatePayload(JSON.parse(readFileSync(path.join(root, 'public/data/graph.json'), 'utf8'))));
const ORGANISM = [...index.byKind('organism')].sort((a, b) => a.load!.rank - b.load!.rank)[1].id;
const DEPTH = 2;
const SCOPE = focusedIds(index, { id: ORGANISM, depth: DEPTH }, new Set(index.payload.nodes.map((n) => n.id)));
const SCOPE_EDGES = index.edgesAmong(SCOPE);
const QUERY = `lang=en&focus=${encodeURIComponent(ORGANISM)}&depth=${DEPTH}`;

async function openExport(page: Page) {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function download(page: Page, format: string, setup?: (d: ReturnType<Page['getByRole']>) => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const dialog = await openExport(page);
  await dialog.getByRole('radio', { name: format, exact: true }).check();
  await dialog.getByRole('radio', { name: 'The focused chain or neighbourhood' }).check();
  await setup?.(dialog);
  const [file] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download', exact: true }).click()]);
  await expect(dialog.getByRole('status')).toContainText('Saved');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

test.describe('export', () => {
  test.beforeEach(async ({ page }) => {
    await gotoApp(page, QUERY);
  });

  test('the dialog names formats and scopes, counts them, passes axe, closes with Esc and gives focus back', async ({ page }) => {
    const problems = watchProblems(page);
    const dialog = await openExport(page);
    for (const f of ['PNG', 'SVG', 'Print', 'GEXF', 'GraphML', 'Cytoscape JSON', 'JSON', 'CSV']) {
      await expect(dialog.getByRole('radio', { name: f, exact: true })).toBeVisible();
    }
    await expect(dialog).toContainText(`${SCOPE.size} nodes, ${SCOPE_EDGES.size} edges`);
    await expect(dialog).toContainText(`${index.payload.nodes.length} nodes, ${index.payload.edges.length} edges`);
    await expect(dialog.getByRole('textbox', { name: 'Alternative text' })).toHaveValue(/nodes and .* edges/);
    const axe = await new AxeBuilder({ page }).include('dialog').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: 'Export', exact: true })).toBeFocused();
    expect(problems).toEqual([]);
  });

  test('PNG at a chosen width: decoded, that size, not blank', async ({ page }) => {
    const { name, bytes } = await download(page, 'PNG', async (d) => {
      await d.getByRole('radio', { name: 'Chosen width' }).check();
      await d.getByRole('spinbutton', { name: 'Width in pixels' }).fill('1000');
      await expect(d.getByTestId('png-plan')).toHaveAttribute('data-width', '1000');
    });
    expect(name).toMatch(/^trama_dup-2022-2024_focus-[a-z0-9-]+_\d{4}-\d{2}-\d{2}\.png$/);
    // Kept as an artifact so a person can look at what a report would get.
    mkdirSync(path.join(root, 'test-results', 'screenshots'), { recursive: true });
    writeFileSync(path.join(root, 'test-results', 'screenshots', 'export-focus-1000px.png'), bytes);
    const png = PNG.sync.read(bytes);
    expect(png.width).toBe(1000);
    const colours = new Set<number>();
    let ink = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b] = [png.data[i], png.data[i + 1], png.data[i + 2]];
      colours.add((r << 16) | (g << 8) | b);
      if (r + g + b < 600) ink++;
    }
    expect(colours.size).toBeGreaterThan(20);
    expect(ink / (png.width * png.height)).toBeGreaterThan(0.01);
  });

  test('PNG at a width past the browser\'s limits downloads the capped image the dialog announces', async ({ page }) => {
    test.setTimeout(120_000);
    let planned = { width: 0, height: 0 };
    const { bytes } = await download(page, 'PNG', async (d) => {
      await d.getByRole('radio', { name: 'Chosen width' }).check();
      await d.getByRole('spinbutton', { name: 'Width in pixels' }).fill('50000');
      const plan = d.getByTestId('png-plan');
      await expect(plan).toContainText(/^Reduced to .* exceeds the browser’s limits\.$/);
      planned = { width: Number(await plan.getAttribute('data-width')), height: Number(await plan.getAttribute('data-height')) };
      expect(planned.width).toBeLessThanOrEqual(16_384);
      expect(planned.width).toBeGreaterThan(1000);
    });
    const png = PNG.sync.read(bytes);
    expect([png.width, png.height]).toEqual([planned.width, planned.height]);
  });

  test('a width the plan refuses is explained in the UI language, not in a developer\'s English', async ({ page }) => {
    for (const [query, ui] of [
      [QUERY.replace('lang=en&', ''), { export: 'Esporta', chosen: 'Larghezza scelta', width: 'Larghezza in pixel', download: 'Scarica', says: 'Larghezza non valida: almeno 16 pixel.' }],
      [QUERY, { export: 'Export', chosen: 'Chosen width', width: 'Width in pixels', download: 'Download', says: 'Invalid width: at least 16 pixels.' }],
    ] as const) {
      await gotoApp(page, query);
      await page.getByRole('button', { name: ui.export, exact: true }).click();
      const d = page.getByRole('dialog', { name: ui.export });
      await d.getByRole('radio', { name: 'PNG', exact: true }).check();
      await d.getByRole('radio', { name: ui.chosen }).check();
      const width = d.getByRole('spinbutton', { name: ui.width });
      for (const value of ['0', '', '-5']) {
        await width.fill(value);
        await expect(d.getByRole('alert')).toHaveText(ui.says);
        await expect(width).toHaveAttribute('aria-invalid', 'true');
        await expect(d.getByRole('button', { name: ui.download, exact: true })).toBeDisabled();
      }
      await width.fill('800');
      await expect(d.getByRole('alert')).toHaveCount(0);
      await expect(d.getByTestId('png-plan')).toHaveAttribute('data-width', '800');
    }
  });

  test('PNG 2× with a transparent background keeps transparent pixels', async ({ page }) => {
    const { bytes } = await download(page, 'PNG', async (d) => {
      await d.getByRole('radio', { name: 'Transparent' }).check();
      await d.getByRole('checkbox', { name: 'Include title, legend and source line' }).uncheck();
    });
    const png = PNG.sync.read(bytes);
    let clear = 0;
    for (let i = 3; i < png.data.length; i += 4) if (png.data[i] === 0) clear++;
    expect(clear).toBeGreaterThan(0);
    expect(clear).toBeLessThan(png.width * png.height);
  });

  test('SVG parses and holds the labels as text', async ({ page }) => {
    const { bytes } = await download(page, 'SVG');
    const errors: string[] = [];
    const doc = new DOMParser({ onError: (l, m) => { if (l !== 'warning') errors.push(m); } }).parseFromString(bytes.toString('utf8'), 'image/svg+xml');
    expect(errors).toEqual([]);
    const nodes = Array.from(doc.getElementsByTagName('g')).filter((g) => g.getAttribute('class') === 'node');
    expect(new Set(nodes.map((g) => g.getAttribute('data-id')))).toEqual(SCOPE);
    for (const g of nodes) {
      const n = index.node(g.getAttribute('data-id')!)!;
      expect(g.getElementsByTagName('title')[0].textContent).toBe(n.label);
      expect((g.getElementsByTagName('text')[0]?.textContent ?? '').length).toBeGreaterThan(0);
    }
    expect(doc.getElementsByTagName('desc')[0].textContent).toContain(`${SCOPE.size} nodes`);
    expect(bytes.toString('utf8')).toContain(index.payload.meta.citation.replace(/&/g, '&amp;'));
    // Each node of an ambito wears that ambito's pattern, the one its legend entry shows.
    const styles = areaStyles(index.payload);
    const patterns = new Set(Array.from(doc.getElementsByTagName('pattern')).map((p) => p.getAttribute('id')));
    let marked = 0;
    for (const g of nodes) {
      const n = index.node(g.getAttribute('data-id')!)!;
      const style = n.areas[0] ? styles.get(n.areas[0]) : undefined;
      const fill = Array.from(g.getElementsByTagName('path')).find((p) => p.getAttribute('class') === 'pattern')?.getAttribute('fill');
      if (!style || style.pattern === 'solid') expect(fill).toBeUndefined();
      else {
        const id = /^url\(#(trama-[0-9a-f]{8}-marks-(\w+))\)$/.exec(fill ?? '');
        expect(id?.[2]).toBe(style.pattern);
        expect(patterns).toContain(id![1]);
        marked++;
      }
    }
    expect(marked).toBeGreaterThan(0);
  });

  test('GEXF and GraphML re-import with exactly the scope', async ({ page }) => {
    const gexf = parseGexf(DirectedGraph, (await download(page, 'GEXF')).bytes.toString('utf8'));
    expect(new Set(gexf.nodes())).toEqual(SCOPE);
    expect(gexf.size).toBe(SCOPE_EDGES.size);
    const graphml = parseGraphml(MultiGraph, (await download(page, 'GraphML')).bytes.toString('utf8'));
    expect(new Set(graphml.nodes())).toEqual(SCOPE);
    expect(new Set(graphml.edges())).toEqual(SCOPE_EDGES);
    const cyjs = JSON.parse((await download(page, 'Cytoscape JSON')).bytes.toString('utf8'));
    expect(new Set(cyjs.elements.nodes.map((n: { data: { id: string } }) => n.data.id))).toEqual(SCOPE);
    const json = validatePayload(JSON.parse((await download(page, 'JSON')).bytes.toString('utf8')));
    expect(new Set(json.nodes.map((n) => n.id))).toEqual(SCOPE);
  });

  test('a selected organism\'s lit chain is a scope without entering Focus', async ({ page }) => {
    const chain = index.chain(ORGANISM).nodes;
    await gotoApp(page, `lang=en&node=${encodeURIComponent(ORGANISM)}`);
    const dialog = await openExport(page);
    const lit = dialog.getByRole('radio', { name: 'The focused chain or neighbourhood' });
    await expect(lit).toBeEnabled();
    await expect(dialog.locator('label').filter({ hasText: 'The focused chain or neighbourhood' })).toContainText(`${chain.size} nodes, ${index.edgesAmong(chain).size} edges`);
    await page.keyboard.press('Escape');
    const gexf = parseGexf(DirectedGraph, (await download(page, 'GEXF')).bytes.toString('utf8'));
    expect(new Set(gexf.nodes())).toEqual(chain);
    const { name } = await download(page, 'SVG');
    expect(name).toContain(`_focus-${nodeToken(ORGANISM)}_`);
  });

  test('a picture of the lit chain shows the plan, without the selection\'s rings or the chain\'s colours', async ({ page }) => {
    await gotoApp(page, `lang=en&node=${encodeURIComponent(ORGANISM)}`);
    const svg = new DOMParser().parseFromString((await download(page, 'SVG')).bytes.toString('utf8'), 'image/svg+xml');
    const nodes = Array.from(svg.getElementsByTagName('g')).filter((g) => g.getAttribute('class') === 'node');
    expect(nodes.length).toBe(index.chain(ORGANISM).nodes.size);
    // A patterned node is three paths (colour, marks, ring); the ring is the one with a stroke.
    const ring = (g: (typeof nodes)[number]) => Array.from(g.getElementsByTagName('path')).find((p) => p.hasAttribute('stroke'))!;
    const strokes = new Set(nodes.map((g) => ring(g).getAttribute('stroke')!.toUpperCase()));
    expect([...strokes]).toEqual([NODE_BORDER.toUpperCase()]);
    const edges = new Set(Array.from(svg.getElementsByTagName('line')).map((l) => l.getAttribute('stroke')!.toUpperCase()));
    expect([...edges]).toEqual([EDGE_COLOR.toUpperCase()]);
    // The canvas keeps its rings: only the picture leaves them out.
    const selected = await page.locator('[data-selected]').first().getAttribute('data-selected');
    expect(selected).toBe(ORGANISM);
  });

  test('CSV parses with both separators', async ({ page }) => {
    for (const [label, sep] of [['Comma (decimal point)', ','], ['Semicolon (decimal comma, spreadsheet set to Italian)', ';']] as const) {
      const { name, bytes } = await download(page, 'CSV', (d) => d.getByRole('radio', { name: label }).check());
      expect(name.endsWith('.csv')).toBe(true);
      const text = bytes.toString('utf8');
      expect(text.charCodeAt(0)).toBe(0xfeff);
      const rows = parseCsv(text.slice(1), sep);
      expect(new Set(rows.slice(1).map((r) => r[0]))).toEqual(SCOPE);
      expect(rows.every((r) => r.length === rows[0].length)).toBe(true);
      const pr = rows[1][rows[0].indexOf('pagerank')];
      expect(pr).toMatch(sep === ';' ? /^\d+(,\d+)?$/ : /^\d+(\.\d+)?$/);
    }
  });

  test('Ctrl+P on the explorer prints the explorer, not a blank page', async ({ page }) => {
    // Opening the dialog loads the print stylesheet; it must not apply without a print job.
    const dialog = await openExport(page);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#app')).toBeVisible();
    await expect(page.getByRole('banner').locator('h1')).toContainText('Trama');
    expect(await page.locator('.trama-print-host').count()).toBe(0);
  });

  test('Print lays out title, picture, source and the scope table on an A4 landscape page', async ({ page }) => {
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    const dialog = await openExport(page);
    await dialog.getByRole('radio', { name: 'Print', exact: true }).check();
    await dialog.getByRole('radio', { name: 'The focused chain or neighbourhood' }).check();
    await dialog.getByRole('button', { name: 'Print or save as PDF…' }).click();
    await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
    const sheet = page.locator('.trama-print');
    await expect(sheet.locator('tbody tr')).toHaveCount(SCOPE.size);
    await page.emulateMedia({ media: 'print' });
    await expect(sheet.locator('h1')).toHaveText(index.payload.meta.title);
    await expect(sheet).toContainText(index.payload.meta.citation);
    await expect(page.locator('#app')).toBeHidden();
    expect(await sheet.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(1000);
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    // A4 landscape is 841.89 × 595.28 points (Chrome rounds to device pixels: 841.92 × 594.96).
    expect(pdf).toMatch(/MediaBox\s*\[\s*0 0 84[12]\.\d+ 59[45]\.\d+\s*\]/);
  });
});

test.describe('export from the Radiale view', () => {
  test('the SVG carries the rings under the graph and their key in the legend', async ({ page }) => {
    await gotoApp(page, 'lang=en&view=radial');
    await expect(page.getByTestId('ring-key')).toBeVisible();
    const keyItems = await page.getByTestId('ring-key').getByRole('listitem').count();
    const dialog = await openExport(page);
    await dialog.getByRole('radio', { name: 'SVG', exact: true }).check();
    await dialog.getByRole('radio', { name: 'Whole graph' }).check();
    const [file] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download', exact: true }).click()]);
    const svg = readFileSync((await file.path())!, 'utf8');
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const groups = Array.from(doc.getElementsByTagName('g'));
    const rings = groups.find((g) => g.getAttribute('class') === 'rings')!;
    expect(rings).toBeDefined();
    const circles = Array.from(rings.getElementsByTagName('circle')).filter((c) => c.getAttribute('stroke-dasharray'));
    expect(circles.length).toBeGreaterThanOrEqual(keyItems - 1);
    expect(new Set(circles.map((c) => `${c.getAttribute('cx')},${c.getAttribute('cy')}`)).size).toBe(1);
    const marks = groups.filter((g) => g.getAttribute('class') === 'ring-mark');
    expect(marks.length).toBeGreaterThanOrEqual(keyItems - 1);
    const legend = Array.from(groups.find((g) => g.getAttribute('class') === 'legend')!.getElementsByTagName('text')).map((t) => t.textContent ?? '');
    const key = legend.find((t) => t.startsWith('Rings from the centre · Objective load (management objectives): ①'));
    expect(key, legend.join(' | ')).toBeDefined();
    expect(key!.match(/[①-⑳]/g)).toHaveLength(keyItems);
    await page.keyboard.press('Escape');
    // From the Hierarchy view, no rings.
    await page.getByRole('button', { name: 'Hierarchy', exact: true }).click();
    const again = await openExport(page);
    await again.getByRole('radio', { name: 'SVG', exact: true }).check();
    const [flat] = await Promise.all([page.waitForEvent('download'), again.getByRole('button', { name: 'Download', exact: true }).click()]);
    expect(readFileSync((await flat.path())!, 'utf8')).not.toContain('class="rings"');
  });
});
