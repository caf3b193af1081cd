/**
 * Browser benchmark (issues 3 "Speed" and 6 "Performance budget"): the built app against
 * a bare Cytoscape page drawing the same elements, on synthetic payloads of 1k, 5k and
 * 20k nodes and on the seed, in headless Chromium, in one run. Figures per page load:
 * time to first draw, time to interactive, frames per second while panning and zooming
 * by real mouse input. Medians over `runs` loads, app and bare interleaved.
 * Never throws for a missed target or a page that fails: it reports them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os, { loadavg } from 'node:os';
import path from 'node:path';
import { buildApp, buildBare } from './browser/build';
import { formatBrowserReport, toBenchReports, type BrowserReport } from './browser/report';
import { measurePage, type PageFigures } from './browser/measure';
import { serveFolder } from './browser/serve';
import { readSeedPayload, writeSite } from './browser/sites';
import { median } from './browser/stats';
import { evaluateTargets, type Figures, type SizeFigures } from './browser/targets';
import { BENCH_SIZES, sizeName, syntheticPayload } from './payloads';
import { BIG_PAYLOAD, BIG_RUNS, DEFAULT_RUNS, loadsFor } from './browser/runs';
import type { BenchSuite } from './suite';

export interface BrowserBenchOptions {
  sizes: readonly number[];
  /** Loads per page, as loadsFor (browser/runs.ts) adapts them to each payload's size. */
  runs: number;
  /** After this long, no further repetitions start (every page still gets one load). */
  budgetMs: number;
  gestureMs: number;
  log: (line: string) => void;
}

export { BIG_PAYLOAD, BIG_RUNS, DEFAULT_RUNS };

/** TRAMA_BENCH_SIZES="1000,5000", TRAMA_BENCH_RUNS=5, TRAMA_BENCH_GESTURE_MS=2000, TRAMA_BENCH_BUDGET_S=900. */
export function browserOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): BrowserBenchOptions {
  const sizes = env.TRAMA_BENCH_SIZES ? env.TRAMA_BENCH_SIZES.split(',').map(Number).filter((n) => n > 0) : [...BENCH_SIZES];
  return {
    sizes,
    runs: Math.max(1, Number(env.TRAMA_BENCH_RUNS ?? DEFAULT_RUNS) || DEFAULT_RUNS),
    budgetMs: Math.max(30, Number(env.TRAMA_BENCH_BUDGET_S ?? 900) || 900) * 1000,
    gestureMs: Math.max(500, Number(env.TRAMA_BENCH_GESTURE_MS ?? 2000) || 2000),
    log: (line) => process.stderr.write(line + '\n'),
  };
}

interface Entry {
  name: string;
  nodes: number;
  edges: number;
  samples: { app: PageFigures[]; bare: PageFigures[] };
  errors: { app?: string; bare?: string };
}

export async function runBrowserBench(options: BrowserBenchOptions = browserOptionsFromEnv()): Promise<BrowserReport> {
  const { log } = options;
  const started = Date.now();
  const loadAtStart = loadavg()[0];
  const work = mkdtempSync(path.join(os.tmpdir(), 'trama-bench-'));
  const site = path.join(work, 'site');
  const notes: string[] = [];
  try {
    log('browser: building the app and the bare page…');
    const appBuild = await buildApp(path.join(work, 'build/app'));
    const bareBuild = await buildBare(path.join(work, 'build/bare'));
    const entries: Entry[] = [];
    const add = (name: string, json: string, nodes: number, edges: number) => {
      writeSite(site, `app-${name}`, appBuild, json);
      writeSite(site, `bare-${name}`, bareBuild, json);
      entries.push({ name, nodes, edges, samples: { app: [], bare: [] }, errors: {} });
    };
    for (const size of options.sizes) {
      const t = Date.now();
      const payload = syntheticPayload(size);
      add(sizeName(size), JSON.stringify(payload), payload.nodes.length, payload.edges.length);
      log(`browser: synthetic ${sizeName(size)} payload in ${Date.now() - t} ms`);
    }
    const seed = readSeedPayload();
    if (seed.ok) add('seed', seed.json, seed.payload.nodes.length, seed.payload.edges.length);
    else notes.push(`seed not measured: ${seed.reason}`);

    const server = await serveFolder(site);
    try {
      let cut = false;
      const rounds = Math.max(...entries.map((e) => loadsFor(e.nodes, options.runs)));
      for (let run = 0; run < rounds; run++) {
        if (run > 0 && Date.now() - started > options.budgetMs) {
          cut = true;
          break;
        }
        for (const e of entries) {
          if (run >= loadsFor(e.nodes, options.runs)) continue;
          // Alternate which page goes first, so neither always gets the cooler machine.
          const order: Array<'app' | 'bare'> = run % 2 === 0 ? ['app', 'bare'] : ['bare', 'app'];
          for (const which of order) {
            if (e.errors[which]) continue;
            log(`browser: run ${run + 1}/${loadsFor(e.nodes, options.runs)} ${e.name} ${which}`);
            try {
              const f = await measurePage(`${server.url}${which}-${e.name}/`, {
                gestureMs: options.gestureMs,
                readyTimeoutMs: 60_000,
              });
              e.samples[which].push(f);
            } catch (err) {
              e.errors[which] = err instanceof Error ? err.message : String(err);
            }
          }
        }
      }
      if (cut) notes.push(`stopped repeating after ${(options.budgetMs / 1000).toFixed(0)} s: some figures come from fewer loads`);
    } finally {
      await server.close();
    }
    const sizes = entries.map(summarise);
    return {
      sizes,
      targets: evaluateTargets(sizes),
      runs: options.runs,
      loads: Object.fromEntries(entries.map((e) => [e.name, Math.min(e.samples.app.length, e.samples.bare.length)])),
      gestureMs: options.gestureMs,
      seconds: (Date.now() - started) / 1000,
      breakdown: entries.map((e) => ({ name: e.name, bare: medianBreakdown(e.samples.bare) })),
      load: [loadAtStart, loadavg()[0]],
      notes,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function summarise(e: Entry): SizeFigures {
  const fig = (s: PageFigures[], error?: string): Figures => ({
    firstDraw: s.length ? median(s.map((x) => x.firstDraw)) : undefined,
    firstPicture: s.length ? median(s.map((x) => x.firstPicture)) : undefined,
    previews: s.filter((x) => x.preview !== undefined).length,
    interactive: s.length ? median(s.map((x) => x.interactive)) : undefined,
    panFps: s.some((x) => x.pan) ? median(s.filter((x) => x.pan).map((x) => x.pan!.fps)) : undefined,
    zoomFps: s.some((x) => x.zoom) ? median(s.filter((x) => x.zoom).map((x) => x.zoom!.fps)) : undefined,
    panOnBackground: s.every((x) => x.pan?.onBackground !== false),
    error,
  });
  return { name: e.name, nodes: e.nodes, edges: e.edges, app: fig(e.samples.app, e.errors.app), bare: fig(e.samples.bare, e.errors.bare) };
}

function medianBreakdown(samples: PageFigures[]): Record<string, number> {
  const keys = ['fetched', 'parsed', 'scene', 'created', 'drawn'];
  const out: Record<string, number> = {};
  for (const k of keys) {
    const v = samples.map((s) => s.breakdown?.[k]).filter((x): x is number => typeof x === 'number');
    if (v.length) out[k] = median(v);
  }
  return out;
}

export const suite: BenchSuite = {
  name: 'browser',
  run: async () => toBenchReports(await runBrowserBench()),
};

// Also runnable alone: npx tsx scripts/bench/browser.ts
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const report = await runBrowserBench();
  process.stdout.write(formatBrowserReport(report) + '\n');
}
