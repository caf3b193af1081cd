/**
 * The explorer as a user meets it, in real Chromium on the built app (dist/), with the
 * payload the pipeline wrote. Expected values are read from that payload, never typed in.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Payload, PayloadNode } from '../../src/lib/types';
import { PNG } from 'pngjs';
import { AREA_PALETTE, AREA_PATTERNS, areaStyles, contrastRatio, type AreaPattern } from '../../src/lib/view/palette';
import { patternTileUri } from '../../src/lib/view/area-pattern';
import { PlanIndex } from '../../src/lib/model/plan-index';
import { validatePayload } from '../../src/lib/payload/validate';
import { planElements } from '../../src/lib/view/elements';
import { radialLayout } from '../../src/lib/view/layouts/radial';
import { formatColumnValue } from '../../src/lib/view/ranking';
import { CANVAS, canvasCounts, gotoApp, nodeOnScreen, screenshotArtifact, settle, waitForGraph, watchProblems } from './helpers/app';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const payload: Payload = JSON.parse(readFileSync(path.join(root, 'dist/data/graph.json'), 'utf8'));
const byKind = (k: PayloadNode['kind']) => payload.nodes.filter((n) => n.kind === k);
const top = byKind('organism').sort((a, b) => a.load!.rank - b.load!.rank)[0];

async function selected(page: Page): Promise<string> {
  return (await page.locator(CANVAS).getAttribute('data-selected')) ?? '';
}

test.describe('explorer', () => {
  test('search "Consiag" and read its load in the details panel', async ({ page }) => {
    const consiag = byKind('organism').find((n) => /consiag/i.test(n.label))!;
    await gotoApp(page, 'lang=en');
    const box = page.getByRole('combobox', { name: 'Search' });
    await box.fill('consiag');
    const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
    await expect(options.first()).toContainText(consiag.label);
    await expect(options.first()).toContainText('Organism');
    await box.press('ArrowDown');
    await box.press('Enter');
    await expect(page.locator(CANVAS)).toHaveAttribute('data-selected', consiag.id);
    const details = page.getByRole('region', { name: 'Details' });
    await expect(details).toContainText(consiag.label);
    const loadTable = details.getByRole('table', { name: 'Load per level' });
    const row = loadTable.getByRole('row', { name: /^Management objectives/ });
    await expect(row.getByRole('cell').first()).toHaveText(String(consiag.load!.management_objective));
  });

  test('search finds a name typed with dots left out or one slip, and tells alike hits apart', async ({ page }) => {
    await gotoApp(page);
    const box = page.getByRole('combobox', { name: 'Cerca' });
    const options = page.getByRole('listbox', { name: 'Risultati della ricerca' }).getByRole('option');
    expect(byKind('organism').map((n) => n.label)).toContain('So.Ri.');
    await box.fill('sori');
    await expect(options.first()).toContainText('So.Ri.');
    await box.fill('teatro metastsio');
    await expect(options.first()).toContainText('Metastasio');
    // Two actions with one sentence, under two management objectives: each says where it sits.
    const twins = byKind('action').filter((n, _i, all) => all.some((m) => m !== n && m.label === n.label));
    expect(twins.length).toBeGreaterThan(1);
    await box.fill(twins[0]!.label);
    const alike = options.filter({ hasText: twins[0]!.label });
    await expect(alike).toHaveCount(twins.filter((n) => n.label === twins[0]!.label).length);
    const contexts = await alike.locator('.context').allInnerTexts();
    expect(contexts.every((c) => c.startsWith('sotto «'))).toBe(true);
    expect(new Set(contexts).size).toBe(contexts.length);
  });

  test('the ranking starts with the organism that carries the most', async ({ page }) => {
    await gotoApp(page, 'lang=en');
    const table = page.getByRole('table', { name: 'Organism ranking' });
    const firstRow = table.locator('tbody tr').first();
    await expect(firstRow.locator('th, td').first()).toContainText(top.label);
  });

  test('filtering out an ambito removes its nodes from the canvas and the table', async ({ page }) => {
    await gotoApp(page, 'lang=en');
    const area = byKind('area')[0];
    const onlyThere = payload.nodes.filter((n) => n.areas.length > 0 && n.areas.every((a) => a === area.id));
    const before = await canvasCounts(page);
    expect(before.nodes).toBe(payload.nodes.length);
    await page.getByRole('checkbox', { name: area.label }).uncheck();
    await expect(page.getByText(`${onlyThere.length} nodes hidden by the filters`)).toBeVisible();
    await expect(page.locator(CANVAS)).toHaveAttribute('data-node-count', String(payload.nodes.length - onlyThere.length));
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    const tree = page.getByRole('tree');
    await expect(tree).toBeVisible();
    await expect(tree.getByRole('treeitem', { name: area.label })).toHaveCount(0);
    const other = byKind('area')[1];
    if (other) await expect(tree.getByRole('treeitem', { name: other.label }).first()).toBeVisible();
  });

  test('a copied link reproduces the view in a fresh page, and Back undoes view changes', async ({ page, browser }) => {
    await gotoApp(page, 'lang=en');
    await page.getByRole('button', { name: 'Radial', exact: true }).click();
    await waitForGraph(page, 'radial');
    await page.getByRole('combobox', { name: 'Search' }).fill(top.label);
    await page.getByRole('combobox', { name: 'Search' }).press('Enter');
    await expect(page.locator(CANVAS)).toHaveAttribute('data-selected', top.id);
    await page.getByRole('checkbox', { name: byKind('area')[0].label }).uncheck();
    const link = page.url();
    const hidden = await page.locator('.hidden-count, [role="status"]').filter({ hasText: 'hidden by the filters' }).first().textContent();

    const fresh = await (await browser.newContext()).newPage();
    await fresh.goto(link);
    await waitForGraph(fresh, 'radial');
    await expect(fresh.getByRole('button', { name: 'Radial', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect(fresh.locator(CANVAS)).toHaveAttribute('data-selected', top.id);
    await expect(fresh.getByRole('region', { name: 'Details' })).toContainText(top.label);
    await expect(fresh.getByText(hidden!.trim())).toBeVisible();
    expect(await canvasCounts(fresh)).toEqual(await canvasCounts(page));
    await fresh.context().close();

    // Back: the filter comes back, then the selection goes, then the view returns to Hierarchy.
    await page.goBack();
    await expect(page.getByRole('checkbox', { name: byKind('area')[0].label })).toBeChecked();
    await page.goBack();
    await expect(page.locator(CANVAS)).toHaveAttribute('data-selected', '');
    await page.goBack();
    await waitForGraph(page, 'hierarchy');
    await expect(page.getByRole('button', { name: 'Hierarchy', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await page.goForward();
    await waitForGraph(page, 'radial');
  });

  test('walk the graph by keyboard alone', async ({ page }) => {
    await gotoApp(page, 'lang=en');
    // Tab from the top of the page to the canvas.
    let onCanvas = false;
    for (let i = 0; i < 80 && !onCanvas; i++) {
      await page.keyboard.press('Tab');
      onCanvas = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'graph-canvas');
    }
    expect(onCanvas).toBe(true);
    const areas = byKind('area');
    await page.keyboard.press('ArrowDown');
    const first = await selected(page);
    expect(areas.map((a) => a.id)).toContain(first);
    // Right: a child; Left: back to the same area.
    await page.keyboard.press('ArrowRight');
    const child = await selected(page);
    expect(payload.edges.some((e) => e.source === first && e.target === child)).toBe(true);
    await expect(page.getByRole('region', { name: 'Details' })).toContainText(payload.nodes.find((n) => n.id === child)!.label);
    await page.keyboard.press('ArrowLeft');
    expect(await selected(page)).toBe(first);
    // Down: the next area.
    await page.keyboard.press('ArrowDown');
    const next = await selected(page);
    expect(next).not.toBe(first);
    expect(areas.map((a) => a.id)).toContain(next);
    // Down the whole chain to an organism.
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    const reached = await selected(page);
    expect(payload.nodes.find((n) => n.id === reached)?.kind).toBe('organism');
    // F focuses on it; Esc clears the selection, a second Esc leaves the focus.
    await page.keyboard.press('f');
    await expect(page.getByRole('navigation', { name: 'Focus path' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator(CANVAS)).toHaveAttribute('data-selected', '');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('navigation', { name: 'Focus path' })).toHaveCount(0);
    await expect(page.locator(CANVAS)).toHaveAttribute('data-node-count', String(payload.nodes.length));
    // + and 0 zoom and fit without leaving the canvas.
    await page.keyboard.press('+');
    await page.keyboard.press('0');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('graph-canvas');
  });

  test('each ambito\'s nodes wear its pattern on the canvas, so colour is not the only cue', async ({ page }) => {
    await gotoApp(page, 'lang=en&view=hierarchy');
    // The patterns come just after the first frame, once their tiles are decoded.
    await expect(page.locator(CANVAS)).toHaveAttribute('data-patterned', 'true');
    const styles = areaStyles(payload);
    const [plain, marked] = byKind('area').map((a) => ({ node: a, style: styles.get(a.id)! }));
    expect(plain.style.pattern).toBe('solid');
    expect(marked.style.pattern).not.toBe('solid');
    /** Share of the pixels in the middle of a node, zoomed in on it, that are not its colour: the marks. */
    const markShare = async (id: string, fill: string) => {
      await page.locator(CANVAS).evaluate((el, nodeId) => {
        type Cy = { zoom(z: number): void; center(n: unknown): void; getElementById(id: string): unknown };
        const cy = ((el.querySelector('[data-cy-host]') ?? el) as unknown as { _cyreg: { cy: Cy } })._cyreg.cy;
        cy.zoom(3);
        cy.center(cy.getElementById(nodeId));
      }, id);
      await settle(page);
      const at = await nodeOnScreen(page, id);
      const side = Math.floor(Math.min(at.w, at.h) * 0.4);
      const png = PNG.sync.read(await page.screenshot({ clip: { x: at.x - side / 2, y: at.y - side / 2, width: side, height: side } }));
      const rgb = [1, 3, 5].map((i) => parseInt(fill.slice(i, i + 2), 16));
      let off = 0;
      for (let i = 0; i < png.data.length; i += 4) {
        if (Math.abs(png.data[i]! - rgb[0]!) + Math.abs(png.data[i + 1]! - rgb[1]!) + Math.abs(png.data[i + 2]! - rgb[2]!) > 120) off++;
      }
      return off / (png.width * png.height);
    };
    // The plain pattern is the colour alone; a marked one lays white marks over it.
    expect(await markShare(plain.node.id, plain.style.color)).toBeLessThan(0.02);
    expect(await markShare(marked.node.id, marked.style.color)).toBeGreaterThan(0.15);
  });

  test('a patterned node still reaches 3:1 on the white canvas where its marks blend into one colour', async ({ page }) => {
    await gotoApp(page, 'lang=en');
    const tiles = AREA_PATTERNS.map((p) => [p, patternTileUri(p)] as const).filter((t): t is readonly [AreaPattern, string] => t[1] !== null);
    // Each ambito colour under each pattern, the tile drawn by the browser's canvas as Cytoscape
    // draws it (a repeated image), at zooms where a tile is a few pixels: the mean colour is what the eye sees.
    const means = await page.evaluate(async ({ tiles, colours }) => {
      const images = await Promise.all(tiles.map(([, uri]) => new Promise<HTMLImageElement>((resolve, reject) => {
        const img = new Image();
        img.onload = () => resolve(img);
        img.onerror = reject;
        img.src = uri;
      })));
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 96;
      const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
      const out: { colour: string; pattern: string; zoom: number; rgb: number[] }[] = [];
      for (const colour of colours) {
        for (const [i, [pattern]] of tiles.entries()) {
          for (const zoom of [0.45, 1]) {
            ctx.setTransform(1, 0, 0, 1, 0, 0);
            ctx.fillStyle = colour;
            ctx.fillRect(0, 0, 96, 96);
            ctx.setTransform(zoom, 0, 0, zoom, 0, 0);
            ctx.fillStyle = ctx.createPattern(images[i]!, 'repeat')!;
            ctx.fillRect(0, 0, 96 / zoom, 96 / zoom);
            // Whole tiles only: 8 units at this zoom, as many as fit.
            const side = Math.floor(96 / (8 * zoom)) * 8 * zoom;
            const data = ctx.getImageData(0, 0, Math.round(side), Math.round(side)).data;
            const sum = [0, 0, 0];
            for (let k = 0; k < data.length; k += 4) for (let c = 0; c < 3; c++) sum[c]! += data[k + c]!;
            out.push({ colour, pattern, zoom, rgb: sum.map((v) => v / (data.length / 4)) });
          }
        }
      }
      return out;
    }, { tiles, colours: [...AREA_PALETTE] });
    expect(means).toHaveLength(AREA_PALETTE.length * tiles.length * 2);
    const hex = (rgb: number[]) => '#' + rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('');
    const below = means.filter((m) => contrastRatio(hex(m.rgb), '#FFFFFF') < 3).map((m) => `${m.colour} ${m.pattern} ×${m.zoom}: ${contrastRatio(hex(m.rgb), '#FFFFFF').toFixed(2)}`);
    expect(below).toEqual([]);
    // And the marks are there to see: every blend is lighter than the plain colour.
    for (const m of means) expect(contrastRatio(hex(m.rgb), '#FFFFFF')).toBeLessThan(contrastRatio(m.colour, '#FFFFFF') - 0.2);
  });

  for (const [width, height, whole] of [[1920, 1080, true], [1440, 900, false]] as const) {
    test(`choosing an organism from the ranking at ${width} px shows ${whole ? 'its whole chain' : 'it, and as much of its chain as fits'}, readable`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await gotoApp(page, 'lang=en&view=hierarchy');
      const last = byKind('organism').sort((a, b) => b.load!.rank - a.load!.rank || a.label.localeCompare(b.label))[0]!;
      await page.getByRole('table', { name: 'Organism ranking' }).getByRole('button', { name: last.label, exact: true }).click();
      await expect(page.locator(CANVAS)).toHaveAttribute('data-selected', last.id);
      await settle(page);
      const seen = await page.locator(CANVAS).evaluate((el, id) => {
        type Box = { x1: number; y1: number; x2: number; y2: number };
        type Node = { id(): string; renderedBoundingBox(o: object): Box };
        type Cy = { zoom(): number; width(): number; height(): number; nodes(s: string): { map<T>(f: (n: Node) => T): T[] }; getElementById(id: string): Node };
        const cy = ((el.querySelector('[data-cy-host]') ?? el) as unknown as { _cyreg: { cy: Cy } })._cyreg.cy;
        const inView = (b: Box) => b.x1 >= 0 && b.y1 >= 0 && b.x2 <= cy.width() && b.y2 <= cy.height();
        const chain = cy.nodes('.chain').map((n) => inView(n.renderedBoundingBox({})));
        return { zoom: cy.zoom(), chain: chain.length, inView: chain.filter(Boolean).length, node: inView(cy.getElementById(id).renderedBoundingBox({})) };
      }, last.id);
      expect(seen.zoom).toBeGreaterThanOrEqual(0.8 - 1e-9);
      expect(seen.node).toBe(true);
      expect(seen.chain).toBeGreaterThan(3);
      if (whole) expect(seen.inView).toBe(seen.chain);
      // Centring the node alone showed 2 of its 6 here; leaning towards the chain shows half.
      else expect(seen.inView).toBeGreaterThanOrEqual(seen.chain / 2);
    });
  }

  test('a node chosen from the search never lands under the zoom buttons, and walking its siblings moves the view only when needed', async ({ page }) => {
    const sori = byKind('organism').find((n) => /so\.ri/i.test(n.label))!;
    await gotoApp(page, 'lang=en&view=hierarchy&orient=tb');
    const box = page.getByRole('combobox', { name: 'Search' });
    await box.fill('sori');
    await box.press('ArrowDown');
    await box.press('Enter');
    await expect(page.locator(CANVAS)).toHaveAttribute('data-selected', sori.id);
    await settle(page);
    const node = await nodeOnScreen(page, sori.id);
    const bar = (await page.getByRole('group', { name: 'Zoom and selection' }).boundingBox())!;
    const canvas = (await page.locator(CANVAS).boundingBox())!;
    // The node is on the canvas and clear of the buttons' strip.
    expect(node.x + node.w / 2).toBeLessThan(bar.x);
    expect(node.x - node.w / 2).toBeGreaterThan(canvas.x);
    expect(node.y + node.h / 2).toBeLessThan(canvas.y + canvas.height);
    // Walking to a sibling close by: the view stays where it is.
    const camera = () => page.locator(CANVAS).evaluate((el) => {
      const cy = ((el.querySelector('[data-cy-host]') ?? el) as unknown as { _cyreg: { cy: { zoom(): number; pan(): { x: number; y: number } } } })._cyreg.cy;
      return { zoom: cy.zoom(), pan: cy.pan() };
    });
    // A management objective with several actions: down to the first, then along them.
    const children = (id: string) => payload.edges.filter((e) => e.source === id).map((e) => e.target);
    const parent = byKind('management_objective').find((m) => children(m.id).length >= 3)!;
    await gotoApp(page, `lang=en&view=hierarchy&orient=tb&node=${encodeURIComponent(parent.id)}`);
    await page.locator(CANVAS).focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator(CANVAS)).not.toHaveAttribute('data-selected', parent.id);
    await settle(page);
    const before = await camera();
    const start = (await page.locator(CANVAS).getAttribute('data-selected'))!;
    await page.keyboard.press('ArrowRight');
    if ((await page.locator(CANVAS).getAttribute('data-selected')) === start) await page.keyboard.press('ArrowLeft');
    await expect(page.locator(CANVAS)).not.toHaveAttribute('data-selected', start);
    await settle(page);
    const next = await page.locator(CANVAS).getAttribute('data-selected');
    const seen = await nodeOnScreen(page, next!);
    const after = await camera();
    // The next action is close by, in view: the camera did not move (it used to re-centre on each).
    expect(after).toEqual(before);
    expect(seen.x + seen.w / 2).toBeLessThan(bar.x);
  });

  test('switch language', async ({ page }) => {
    await gotoApp(page, 'lang=en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('button', { name: 'Italiano' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'it');
    await expect(page.getByRole('button', { name: 'Gerarchia', exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Dettagli' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Cerca' })).toBeVisible();
    expect(new URL(page.url()).searchParams.get('lang')).toBeNull();
    // Document text is never translated.
    await expect(page.getByRole('table', { name: 'Classifica degli organismi' })).toContainText(top.label);
  });

  test('every view draws, without errors or CSP violations', async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { __csp: string[] }).__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const problems = watchProblems(page);
    await gotoApp(page, 'lang=en');
    for (const [name, view] of [
      ['Hierarchy', 'hierarchy'],
      ['Network', 'network'],
      ['Organisms', 'organisms'],
      ['Radial', 'radial'],
    ] as const) {
      await page.getByRole('button', { name, exact: true }).click();
      await waitForGraph(page, view);
      const counts = await canvasCounts(page);
      expect(counts.nodes).toBe(view === 'organisms' ? byKind('organism').length : payload.nodes.length);
      if (view === 'organisms') expect(counts.edges).toBe(payload.organismGraph.edges.length);
      await page.waitForTimeout(600); // let the animation settle before the picture
      await screenshotArtifact(page, `explorer-${view}`);
    }
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await expect(page.getByRole('tree')).toBeVisible();
    await screenshotArtifact(page, 'explorer-table');
    await page.getByRole('button', { name: 'Hierarchy', exact: true }).click();
    await page.getByLabel('Direction').selectOption('tb');
    await waitForGraph(page, 'hierarchy');
    await page.waitForTimeout(600);
    await screenshotArtifact(page, 'explorer-hierarchy-top-to-bottom');
    await page.getByRole('combobox', { name: 'Search' }).fill(top.label);
    await page.getByRole('combobox', { name: 'Search' }).press('Enter');
    await page.waitForTimeout(600);
    await screenshotArtifact(page, 'explorer-selected-chain');
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(problems).toEqual([]);
  });
});

test.describe('Radiale rings', () => {
  // The rings the app should draw, from the very payload it serves.
  const index = new PlanIndex(validatePayload(payload));
  const ringsBy = (measure: 'load' | 'betweenness') =>
    radialLayout(index, planElements(index, new Set(payload.nodes.map((n) => n.id))), { measure, level: 'management_objective' }).rings!;
  const bands = (measure: 'load' | 'betweenness') => [...new Map(ringsBy(measure).map((g) => [g.band, g])).values()];
  const range = (measure: 'load' | 'betweenness', g: { min: number; max: number }) =>
    g.min === g.max ? formatColumnValue('en', measure, g.min) : `${formatColumnValue('en', measure, g.min)}–${formatColumnValue('en', measure, g.max)}`;
  const guides = (page: Page) =>
    page.evaluate((sel) => {
      const el = document.querySelector(sel)!;
      const cy = ((el.querySelector('[data-cy-host]') ?? el) as unknown as { _cyreg: { cy: { zoom(): number; pan(): { x: number; y: number } } } })._cyreg.cy;
      const circles = [...document.querySelectorAll('[data-testid="ring-guides"] circle.ring')].map((c) => ({ cx: +c.getAttribute('cx')!, cy: +c.getAttribute('cy')!, r: +c.getAttribute('r')! }));
      return { zoom: cy.zoom(), pan: cy.pan(), circles, marks: [...document.querySelectorAll('[data-testid="ring-guides"] .mark text')].map((t) => t.textContent) };
    }, CANVAS);

  test('a circle under each ring, a number on each band, and a key that says what each holds; they follow the camera', async ({ page }) => {
    await gotoApp(page, 'lang=en&view=radial');
    await waitForGraph(page, 'radial');
    await settle(page);
    const key = page.getByTestId('ring-key');
    await expect(key).toContainText('Rings from the centre · Objective load (management objectives)');
    const expected = bands('load');
    const items = key.getByRole('listitem');
    await expect(items).toHaveCount(expected.length);
    for (const [i, g] of expected.entries()) {
      await expect(items.nth(i)).toContainText(`Ring ${g.band}:`);
      await expect(items.nth(i)).toContainText(range('load', g));
    }
    const rings = ringsBy('load');
    const before = await guides(page);
    const drawn = rings.filter((g) => g.radius * before.zoom >= 4);
    expect(before.circles).toHaveLength(drawn.length);
    for (const [i, c] of before.circles.entries()) {
      expect(c.cx).toBeCloseTo(before.pan.x, 0);
      expect(c.cy).toBeCloseTo(before.pan.y, 0);
      expect(c.r).toBeCloseTo(drawn[i]!.radius * before.zoom, 0);
    }
    // Every band off the centre is numbered on the canvas.
    expect(before.marks).toEqual([...new Set(rings.filter((g) => g.radius > 0).map((g) => String(g.band)))]);
    // A node sits on the circle of its ring, where the user sees it.
    const outer = rings[rings.length - 1]!;
    const onOuter = payload.nodes.find((n) => {
      const p = radialLayout(index, planElements(index, new Set(payload.nodes.map((x) => x.id))), { measure: 'load', level: 'management_objective' }).positions.get(n.id)!;
      return Math.abs(Math.hypot(p.x, p.y) - outer.radius) < 0.5;
    })!;
    const at = await nodeOnScreen(page, onOuter.id);
    const box = (await page.locator(CANVAS).boundingBox())!;
    expect(Math.hypot(at.x - box.x - before.pan.x, at.y - box.y - before.pan.y)).toBeCloseTo(outer.radius * before.zoom, -1);

    await page.getByRole('button', { name: 'Zoom in' }).click();
    await settle(page);
    await expect.poll(async () => (await guides(page)).zoom).toBeCloseTo(before.zoom * 1.25, 3);
    const after = await guides(page);
    expect(after.circles.at(-1)!.r).toBeCloseTo(outer.radius * after.zoom, 0);
    expect(after.circles.at(-1)!.cx).toBeCloseTo(after.pan.x, 0);
    await screenshotArtifact(page, 'explorer-radial-rings');

    // Another measure, other rings and another key.
    await page.getByLabel('Node size').selectOption('betweenness');
    await expect(key).toContainText('Rings from the centre · Betweenness');
    await expect(items).toHaveCount(bands('betweenness').length);
    // Once the nodes have moved, the circles are back, at the new rings' radii.
    await settle(page);
    const moved = ringsBy('betweenness');
    await expect.poll(async () => (await guides(page)).circles.length).toBeGreaterThan(0);
    const again = await guides(page);
    expect(again.circles.at(-1)!.r).toBeCloseTo(moved.at(-1)!.radius * again.zoom, 0);

    // Only the Radiale view has rings.
    await page.getByRole('button', { name: 'Hierarchy', exact: true }).click();
    await waitForGraph(page, 'hierarchy');
    await expect(page.getByTestId('ring-guides')).toHaveCount(0);
    await expect(key).toHaveCount(0);
  });

  test('the key speaks Italian by default', async ({ page }) => {
    await gotoApp(page, 'view=radial');
    await waitForGraph(page, 'radial');
    await expect(page.getByTestId('ring-key')).toContainText('Anelli dal centro · Carico di obiettivi (obiettivi gestionali)');
    await expect(page.getByTestId('ring-key').getByRole('listitem').first()).toContainText('Anello 1:');
  });
});

test.describe('a link naming nodes the plan lacks', () => {
  const area = () => byKind('area')[0];

  test('says how many it ignored, applies the rest, and drops them from the URL', async ({ page, browser }) => {
    const problems = watchProblems(page);
    const q = new URLSearchParams({ lang: 'en', view: 'radial', node: top.id });
    q.append('sel', top.id);
    q.append('sel', 'organism:not-in-this-plan');
    q.append('hide-area', area().id);
    q.append('focus', 'area:typo');
    await gotoApp(page, q.toString(), { waitForGraph: false });
    await waitForGraph(page, 'radial');
    const notice = page.getByRole('status').filter({ hasText: 'The link names' });
    await expect(notice).toHaveText('The link names 2 nodes that are not in the plan: ignored.');
    // The rest of the link applies: the view, the selection, the filter.
    await expect(page.getByRole('button', { name: 'Radial', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator(CANVAS)).toHaveAttribute('data-selected', top.id);
    await expect(page.getByRole('region', { name: 'Details' })).toContainText(top.label);
    await expect(page.getByRole('checkbox', { name: area().label })).not.toBeChecked();
    // The unknown ids are gone from the address, which replaced the entry (no new one to go Back through).
    const url = new URL(page.url());
    expect(url.searchParams.getAll('sel')).toEqual([]);
    expect(url.searchParams.get('focus')).toBeNull();
    expect(url.searchParams.get('node')).toBe(top.id);
    expect(url.searchParams.getAll('hide-area')).toEqual([area().id]);
    const control = await browser.newPage();
    await control.goto(`./?${new URLSearchParams({ lang: 'en', view: 'radial', node: top.id, 'hide-area': area().id })}`);
    await waitForGraph(control, 'radial');
    expect(await page.evaluate(() => history.length)).toBe(await control.evaluate(() => history.length));
    // The notice floats over the view: the canvas has the same box with it, without it, and on a page that never had it.
    const box = () => page.locator(CANVAS).boundingBox();
    const withNotice = await box();
    expect(withNotice).toEqual(await control.locator(CANVAS).boundingBox());
    await control.close();
    // Closed from the keyboard: the notice goes, the keyboard stays in the view.
    const close = page.getByRole('button', { name: 'Close', exact: true });
    await close.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText('The link names')).toHaveCount(0);
    await expect(page.locator('#main-view')).toBeFocused();
    expect(await box()).toEqual(withNotice);
    // A reload does not bring it back.
    await page.reload();
    await waitForGraph(page, 'radial');
    await expect(page.locator(CANVAS)).toHaveAttribute('data-selected', top.id);
    await expect(page.getByText('The link names')).toHaveCount(0);
    expect(problems).toEqual([]);
  });

  test('one unknown node, in Italian', async ({ page }) => {
    await gotoApp(page, `node=${encodeURIComponent('obiettivo:che-non-esiste')}`);
    await expect(page.getByRole('status').filter({ hasText: 'Il link' })).toHaveText('Il link nomina un nodo che non è nel piano: ignorato.');
    await expect(page.locator(CANVAS)).toHaveAttribute('data-selected', '');
    await expect(page).toHaveURL((u) => u.search === '');
    await page.getByRole('button', { name: 'Chiudi', exact: true }).click();
    await expect(page.getByText('Il link nomina')).toHaveCount(0);
  });
});
