/**
 * CLI benchmark: synthetic documents of 1k, 10k and 100k rows (scripts/synthetic.ts),
 * each size in its own process (scripts/bench/cli-run.ts) timing every pipeline stage;
 * then the real `npm run graph` on the same documents, end to end. Figures are also
 * given as ratios to a baseline measured in the same run (splitting the text into lines
 * and cells), so a loaded machine shows as a slow baseline, not as a regression.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { generateDocument, registryNames } from '../synthetic';
import type { SizeRun } from './cli-run';
import type { BenchReport, BenchSuite } from './suite';

export const CLI_SIZES = [1_000, 10_000, 100_000] as const;
/** Targets from issue 2. */
export const PARSE_BUILD_ROWS_PER_S = 100_000;
export const PIPELINE_10K_MS = 10_000;

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const label = (n: number) => `${n / 1000}k`;
const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const stageMs = (r: SizeRun, name: string) => r.stages.find((s) => s.stage === name)?.ms ?? 0;
const total = (r: SizeRun) => r.stages.reduce((s, x) => s + x.ms, 0);
const parseBuild = (r: SizeRun) => stageMs(r, 'parse') + stageMs(r, 'build');

function runSize(rows: number): SizeRun {
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(ROOT, 'scripts/bench/cli-run.ts'), String(rows)], {
    cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26,
  });
  if (run.status !== 0) throw new Error(`cli-run ${rows}: exit ${run.status}\n${run.stderr}`);
  return JSON.parse(run.stdout) as SizeRun;
}

function endToEnd(rows: number, dir: string): { seconds: number; status: number | null; outMb: number } {
  const file = join(dir, `synthetic-${label(rows)}.txt`);
  writeFileSync(file, generateDocument({ rows, seed: 7, organisms: registryNames(join(ROOT, 'seeds/organisms.json')) }));
  const out = join(dir, `graph-${label(rows)}.json`);
  const t0 = performance.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/graph.ts'), file, '--out', out, '--quiet'], {
    cwd: ROOT, encoding: 'utf8',
  });
  const seconds = (performance.now() - t0) / 1000;
  let outMb = 0;
  try {
    outMb = statSync(out).size / 2 ** 20;
  } catch {
    /* no output: the status says why */
  }
  return { seconds, status: run.status, outMb };
}

function stagesReport(runs: SizeRun[]): BenchReport {
  const names = runs[0].stages.map((s) => s.stage);
  return {
    title: 'CLI stages on synthetic documents (time ms / heap Δ MB)',
    header: ['stage', ...runs.flatMap((r) => [`${label(r.rows)} ms`, `${label(r.rows)} ΔMB`])],
    rows: names.map((name) => [
      name,
      ...runs.flatMap((r) => {
        const s = r.stages.find((x) => x.stage === name)!;
        return [ms(s.ms), s.heapDeltaMb.toFixed(1)];
      }),
    ]),
    notes: [],
  };
}

function summaryReport(runs: SizeRun[], e2e: ReturnType<typeof endToEnd>[]): BenchReport {
  const at = (rows: number) => runs.find((r) => r.rows === rows);
  const r10 = at(10_000);
  const r100 = at(100_000);
  const rate = (r: SizeRun) => r.rows / (parseBuild(r) / 1000);
  const notes = [`load average at start ${loadavg()[0].toFixed(1)} on this machine (figures scale with it; ratios less so)`];
  if (r10 && r100) {
    notes.push(`linearity, parse + build: time(100k) / time(10k) = ${(parseBuild(r100) / parseBuild(r10)).toFixed(1)} (linear = 10)`);
    notes.push(`linearity, whole pipeline: time(100k) / time(10k) = ${(total(r100) / total(r10)).toFixed(1)}`);
  }
  const best = Math.max(...runs.map(rate));
  notes.push(`target parse + build ≥ ${PARSE_BUILD_ROWS_PER_S.toLocaleString('en')} rows/s: best ${best.toFixed(0)} rows/s — ${best >= PARSE_BUILD_ROWS_PER_S ? 'met' : 'MISSED'}`);
  if (r10) notes.push(`target whole pipeline on 10k rows ≤ ${PIPELINE_10K_MS / 1000} s: ${(total(r10) / 1000).toFixed(1)} s — ${total(r10) <= PIPELINE_10K_MS ? 'met' : 'MISSED'}`);
  for (const r of runs) {
    for (const [metric, how] of Object.entries(r.methods)) if (/estimate/.test(how)) notes.push(`${label(r.rows)} ${metric}: ${how}`);
  }
  return {
    title: 'CLI summary per size',
    header: ['rows', 'input MB', 'nodes', 'edges', 'baseline ms', 'parse ms', 'parse ×base', 'parse+build ms', 'rows/s (p+b)', 'pipeline s', 'peak RSS MB', 'output MB', 'CLI e2e s', 'exit'],
    rows: runs.map((r, i) => [
      label(r.rows), (r.bytes / 2 ** 20).toFixed(1), String(r.nodes), String(r.edges), ms(r.baselineMs),
      ms(stageMs(r, 'parse')), (stageMs(r, 'parse') / r.baselineMs).toFixed(0), ms(parseBuild(r)), rate(r).toFixed(0),
      (total(r) / 1000).toFixed(2), r.peakRssMb.toFixed(0), e2e[i].outMb.toFixed(1), e2e[i].seconds.toFixed(1), String(e2e[i].status),
    ]),
    notes,
  };
}

export const suite: BenchSuite = {
  name: 'cli',
  async run() {
    const sizes = (process.env.TRAMA_BENCH_ROWS?.split(',').map(Number) ?? [...CLI_SIZES]).filter((n) => n > 0);
    const runs = sizes.map(runSize);
    const dir = mkdtempSync(join(tmpdir(), 'trama-bench-'));
    try {
      const e2e = sizes.map((rows) => endToEnd(rows, dir));
      return [summaryReport(runs, e2e), stagesReport(runs)];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
