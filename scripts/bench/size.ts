/**
 * Size benchmark (issue 6 "Performance budget"): the built app's JavaScript and CSS,
 * gzipped at level 9 (what a static server with gzip sends), file by file, against the
 * 350 KB budget for JavaScript. Builds into a temporary folder: the repository's dist/
 * may be stale or mid-build by a colleague. KB = 1000 bytes, the stricter reading.
 */
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildApp, listFiles } from './browser/build';
import { formatReport, type BenchReport, type BenchSuite } from './suite';

export const JS_BUDGET_BYTES = 350_000;

export interface AssetSize {
  file: string;
  kind: 'js' | 'css';
  bytes: number;
  gzip: number;
}

export function gzipSize(data: Buffer): number {
  return gzipSync(data, { level: 9 }).length;
}

/** Every .js and .css file under `dir`/assets, sorted largest (gzipped) first. */
export function assetSizes(dir: string): AssetSize[] {
  const assets = path.join(dir, 'assets');
  return listFiles(assets)
    .filter((f) => f.endsWith('.js') || f.endsWith('.css'))
    .map((f) => {
      const data = readFileSync(path.join(assets, f));
      return { file: `assets/${f}`, kind: f.endsWith('.js') ? ('js' as const) : ('css' as const), bytes: data.length, gzip: gzipSize(data) };
    })
    .sort((a, b) => b.gzip - a.gzip);
}

const kb = (n: number) => (n / 1000).toFixed(1);

/** Assets index.html names itself (entry script, modulepreload, stylesheets): what every visit fetches first. */
export function entryAssets(indexHtml: string): Set<string> {
  const out = new Set<string>();
  for (const m of indexHtml.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)) out.add(m[1]);
  return out;
}

export function sizeReport(sizes: AssetSize[], extra: string[] = [], entry?: Set<string>): BenchReport {
  const sum = (kind: AssetSize['kind'], key: 'bytes' | 'gzip') => sizes.filter((s) => s.kind === kind).reduce((t, s) => t + s[key], 0);
  const jsGzip = sum('js', 'gzip');
  const met = jsGzip <= JS_BUDGET_BYTES;
  return {
    title: 'Size: the built app (vite build), gzip level 9',
    header: ['file', 'KB', 'KB gzipped', 'named by index.html'],
    rows: [
      ...sizes.map((s) => [s.file, kb(s.bytes), kb(s.gzip), entry ? (entry.has(s.file) ? 'yes' : 'no') : '']),
      ['all JavaScript', kb(sum('js', 'bytes')), kb(jsGzip)],
      ['all CSS', kb(sum('css', 'bytes')), kb(sum('css', 'gzip'))],
    ],
    notes: [
      `${met ? 'ok' : 'MISSED'}: JavaScript ${kb(jsGzip)} KB gzipped against a budget of ${kb(JS_BUDGET_BYTES)} KB (KB = 1000 bytes)`,
      ...extra,
    ],
  };
}

export async function runSizeBench(): Promise<BenchReport> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'trama-size-'));
  try {
    const out = await buildApp(path.join(work, 'app'));
    const extra: string[] = [];
    try {
      const data = readFileSync(path.join(out, 'data/graph.json'));
      extra.push(`not counted: the seed's data/graph.json, ${kb(data.length)} KB, ${kb(gzipSize(data))} KB gzipped`);
    } catch {
      extra.push('no data/graph.json in the build (run npm run graph first)');
    }
    return sizeReport(assetSizes(out), extra, entryAssets(readFileSync(path.join(out, 'index.html'), 'utf8')));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export const suite: BenchSuite = {
  name: 'size',
  run: async () => [await runSizeBench()],
};

// Also runnable alone: npx tsx scripts/bench/size.ts
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  process.stdout.write(formatReport(await runSizeBench()) + '\n');
}
