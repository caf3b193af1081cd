/**
 * Broken payloads beyond explorer-errors.spec.ts (which covers a 404, a truncated file,
 * non-JSON, a wrong schemaVersion and a wrong shape, and a failed reload): the network
 * failing outright, a server error page, an empty file, JSON that is not an object, an
 * edge pointing nowhere. Each shows a clear alert in Italian by default and in English
 * with ?lang=en, never a blank page. The app is served WITHOUT its CSP (see
 * test/fixtures/hostile/site.ts) and the bodies carry markup, so the error path is shown
 * to print what it quotes as text, not just to be saved by the policy.
 */
import { test, expect, type Page, type Route } from '@playwright/test';
import { hostileSite, type Site } from '../fixtures/hostile/site';

let site: Site;
test.beforeAll(async () => {
  site = await hostileSite({ csp: false });
});
test.afterAll(async () => {
  await site?.close();
});

const INJECTED = '<img src=x onerror="window.__pwned=1">';

function withNodes(mutate: (p: Record<string, unknown>) => unknown): string {
  return JSON.stringify(mutate(JSON.parse(JSON.stringify(site.payload)) as Record<string, unknown>));
}

interface Case {
  name: string;
  fulfil: (route: Route) => Promise<void>;
  en: RegExp;
  it: RegExp;
  /** Text the alert must quote literally. */
  quotes?: string;
}

const CASES: Case[] = [
  { name: 'network failure', fulfil: (r) => r.abort('internetdisconnected'), en: /could not be reached/, it: /non è raggiungibile/ },
  {
    name: 'server error page',
    fulfil: (r) => r.fulfill({ status: 500, contentType: 'text/html', body: `<h1>500</h1>${INJECTED}` }),
    en: /could not be reached: HTTP 500/,
    it: /non è raggiungibile: HTTP 500/,
  },
  { name: 'empty file', fulfil: (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '' }), en: /not valid JSON \(it may be truncated\): the text ends before it is complete/, it: /non è JSON valido \(forse è troncato\): il testo finisce prima di essere completo/ },
  {
    // Where the JSON stops is said in the UI's language; the engine's English message,
    // which quotes the text, is not shown at all.
    name: 'markup instead of JSON',
    fulfil: (r) => r.fulfill({ status: 200, contentType: 'application/json', body: `${INJECTED}<script>window.__pwned=2</script>` }),
    en: /not valid JSON \(it may be truncated\): (the text cannot be read as JSON|error at line 1, column 1)/,
    it: /non è JSON valido \(forse è troncato\): (il testo non è leggibile come JSON|errore alla riga 1, colonna 1)/,
  },
  {
    name: 'a truncated download',
    fulfil: (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '{\n  "schemaVersion": 1,\n  "meta": {"title": "x"' }),
    en: /the text ends before it is complete/,
    it: /il testo finisce prima di essere completo/,
  },
  { name: 'JSON null', fulfil: (r) => r.fulfill({ status: 200, contentType: 'application/json', body: 'null' }), en: /expected shape: not a JSON object/, it: /forma attesa: non è un oggetto JSON/ },
  {
    name: 'an edge to a node that does not exist',
    fulfil: (r) =>
      r.fulfill({
        status: 200,
        contentType: 'application/json',
        body: withNodes((p) => {
          const edges = p.edges as Array<Record<string, unknown>>;
          edges[0] = { ...edges[0], id: INJECTED, target: INJECTED };
          return p;
        }),
      }),
    en: /expected shape: edge .* points to a node that does not exist/,
    it: /forma attesa: il collegamento .* punta a un nodo che non esiste/,
    quotes: INJECTED,
  },
];

async function expectAlert(page: Page, c: Case, lang: 'it' | 'en') {
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(lang === 'en' ? 'The data could not be loaded' : 'Impossibile caricare i dati');
  await expect(alert).toContainText(lang === 'en' ? c.en : c.it);
  if (c.quotes) await expect(alert).toContainText(c.quotes, { useInnerText: false });
  await expect(page.getByRole('button', { name: lang === 'en' ? 'Retry' : 'Riprova' })).toBeVisible();
  // Not a blank page: the header and its title are there; the language is the page's.
  await expect(page.getByRole('banner').locator('h1')).toContainText('Trama');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
  const inert = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    injected: document.querySelectorAll('img[src="x"], [onerror], [onload]').length,
  }));
  expect(inert).toEqual({ pwned: null, injected: 0 });
}

for (const c of CASES) {
  test(`${c.name}: a clear alert in English and Italian, never a blank page`, async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => void (dialogs.push(d.message()), d.dismiss()));
    await page.route('**/data/graph.json', c.fulfil);
    await page.goto(`${site.url}?lang=en`);
    await expectAlert(page, c, 'en');
    await page.goto(site.url);
    await expectAlert(page, c, 'it');
    expect(dialogs).toEqual([]);
  });
}

test('a retry after the network comes back draws the graph', async ({ page }) => {
  let down = true;
  await page.route('**/data/graph.json', (r) => (down ? r.abort('internetdisconnected') : r.continue()));
  await page.goto(`${site.url}?lang=en`);
  await expect(page.getByRole('alert')).toContainText('could not be reached');
  down = false;
  await page.getByRole('button', { name: 'Retry' }).press('Enter');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.locator('[data-testid="graph-canvas"]')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
});
