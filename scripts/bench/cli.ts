/**
 * CLI benchmark: synthetic documents of 1k, 10k and 100k rows (scripts/synthetic.ts),
 * each size in its own process (scripts/bench/cli-run.ts) timing every pipeline stage;
 * then the real `npm run graph` on the same documents, end to end (up to 10k; all sizes
 * with TRAMA_BENCH_E2E=all). Wall and CPU time per stage; figures are also
 * given as ratios to a baseline measured in the same run (splitting the text into lines
 * and cells), so a loaded machine shows as a slow baseline, not as a regression.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
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
const stageCpu = (r: SizeRun, name: string) => r.stages.find((s) => s.stage === name)?.cpuMs ?? 0;
const total = (r: SizeRun) => r.stages.reduce((s, x) => s + x.ms, 0);
const totalCpu = (r: SizeRun) => r.stages.reduce((s, x) => s + x.cpuMs, 0);
const parseBuild = (r: SizeRun) => stageMs(r, 'parse') + stageMs(r, 'build');
const parseBuildCpu = (r: SizeRun) => stageCpu(r, 'parse') + stageCpu(r, 'build');
const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISSED');
/** The real CLI end to end at 100k writes ~380 MB: only when asked (TRAMA_BENCH_E2E=all). */
const e2eSizes = (sizes: number[]) => (process.env.TRAMA_BENCH_E2E === 'all' ? sizes : sizes.filter((n) => n <= 10_000));

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
    title: 'CLI stages on synthetic documents (wall ms / CPU ms / heap Δ MB)',
    header: ['stage', ...runs.flatMap((r) => [`${label(r.rows)} ms`, `${label(r.rows)} cpu`, `${label(r.rows)} ΔMB`])],
    rows: names.map((name) => [
      name,
      ...runs.flatMap((r) => {
        const s = r.stages.find((x) => x.stage === name)!;
        return [ms(s.ms), ms(s.cpuMs), s.heapDeltaMb.toFixed(1)];
      }),
    ]),
    notes: [],
  };
}

type EndToEnd = ReturnType<typeof endToEnd> | undefined;

function summaryReport(runs: SizeRun[], e2e: EndToEnd[]): BenchReport {
  const at = (rows: number) => runs.find((r) => r.rows === rows);
  const r10 = at(10_000);
  const r100 = at(100_000);
  const rate = (r: SizeRun) => r.rows / (parseBuildCpu(r) / 1000);
  const notes = [
    `load average at start ${loadavg()[0].toFixed(1)} on ${cpus().length} cores (wall figures scale with it; CPU time and ratios to the baseline less so)`,
    'baseline = splitting the same text into lines and cells (the least any parser does); ×base = stage CPU / baseline CPU',
  ];
  if (r10 && r100) {
    notes.push(`linearity, parse + build (CPU): time(100k) / time(10k) = ${(parseBuildCpu(r100) / parseBuildCpu(r10)).toFixed(1)} (linear = 10)`);
    notes.push(`linearity, whole pipeline (CPU): time(100k) / time(10k) = ${(totalCpu(r100) / totalCpu(r10)).toFixed(1)}`);
  }
  for (const r of runs) {
    notes.push(`${verdict(rate(r) >= PARSE_BUILD_ROWS_PER_S)} parse + build ≥ ${PARSE_BUILD_ROWS_PER_S.toLocaleString('en')} rows/s at ${label(r.rows)}: ${rate(r).toFixed(0)} rows/s (CPU), ${(r.rows / (parseBuild(r) / 1000)).toFixed(0)} rows/s (wall)`);
  }
  if (r10) {
    notes.push(`${verdict(Math.max(total(r10), totalCpu(r10)) <= PIPELINE_10K_MS)} whole pipeline on 10k rows ≤ ${PIPELINE_10K_MS / 1000} s: ${(total(r10) / 1000).toFixed(1)} s wall, ${(totalCpu(r10) / 1000).toFixed(1)} s CPU`);
  }
  for (const r of runs) {
    for (const [metric, how] of Object.entries(r.methods)) if (/estimate|typed arrays/.test(how)) notes.push(`${label(r.rows)} ${metric}: ${how}`);
  }
  return {
    title: 'CLI summary per size',
    header: ['rows', 'input MB', 'nodes', 'edges', 'base cpu ms', 'parse cpu', 'parse ×base', 'p+b cpu ms', 'p+b ×base', 'rows/s (p+b cpu)', 'pipeline s', 'pipeline cpu s', 'peak RSS MB', 'output MB', 'CLI e2e s', 'exit'],
    rows: runs.map((r, i) => [
      label(r.rows), (r.bytes / 2 ** 20).toFixed(1), String(r.nodes), String(r.edges), ms(r.baselineCpuMs),
      ms(stageCpu(r, 'parse')), (stageCpu(r, 'parse') / r.baselineCpuMs).toFixed(0), ms(parseBuildCpu(r)),
      (parseBuildCpu(r) / r.baselineCpuMs).toFixed(0), rate(r).toFixed(0),
      (total(r) / 1000).toFixed(2), (totalCpu(r) / 1000).toFixed(2), r.peakRssMb.toFixed(0), (r.outputBytes / 2 ** 20).toFixed(1),
      e2e[i] ? e2e[i]!.seconds.toFixed(1) : 'skipped', e2e[i] ? String(e2e[i]!.status) : '–',
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
      const wanted = e2eSizes(sizes);
      const e2e = sizes.map((rows) => (wanted.includes(rows) ? endToEnd(rows, dir) : undefined));
      return [summaryReport(runs, e2e), stagesReport(runs)];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
