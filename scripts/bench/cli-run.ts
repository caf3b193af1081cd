/**
 * One size of the CLI benchmark, in its own process (so peak RSS is this size's):
 * generate a synthetic document, time a baseline (split lines and tabs), then run the
 * pipeline exactly as `npm run graph` does, timing each stage, and serialise.
 * Prints one JSON object. Run by scripts/bench/cli.ts with --expose-gc.
 */
import { performance } from 'node:perf_hooks';
import { runPipeline } from '../../src/lib/pipeline';
import { sha256Native } from '../lib/sha256-native';
import { serializePayload } from '../../src/lib/graph/serialize';
import { loadRegistry } from '../lib/load-registry';
import { generateDocument, registryNames } from '../synthetic';

export interface StageFigure {
  stage: string;
  /** Wall time. */
  ms: number;
  /** CPU time of this process (user + system): what a loaded machine does not inflate much. */
  cpuMs: number;
  /** Heap used after the stage minus before (MB); negative when the stage freed memory. */
  heapDeltaMb: number;
  rssMb: number;
}

export interface SizeRun {
  rows: number;
  bytes: number;
  baselineMs: number;
  baselineCpuMs: number;
  stages: StageFigure[];
  outputBytes: number;
  nodes: number;
  edges: number;
  peakRssMb: number;
  methods: Record<string, string>;
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const mb = (b: number) => b / 2 ** 20;

const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function measure<T>(stages: StageFigure[], stage: string, run: () => T): T {
  gc();
  const before = process.memoryUsage().heapUsed;
  const c0 = cpuNow();
  const t0 = performance.now();
  const value = run();
  const ms = performance.now() - t0;
  const cpuMs = cpuNow() - c0;
  const after = process.memoryUsage();
  stages.push({ stage, ms, cpuMs, heapDeltaMb: mb(after.heapUsed - before), rssMb: mb(after.rss) });
  process.stderr.write(`${stage}: ${ms.toFixed(0)} ms (cpu ${cpuMs.toFixed(0)} ms)\n`);
  return value;
}

function main(): void {
  const rows = Number(process.argv[2]);
  const registryPath = 'seeds/organisms.json';
  const text = generateDocument({ rows, seed: 7, organisms: registryNames(registryPath) });
  const content = new TextEncoder().encode(text);
  const registry = loadRegistry(registryPath);

  // Baseline: the least any parser must do with the same text.
  gc();
  const c0 = cpuNow();
  const t0 = performance.now();
  let cells = 0;
  for (const line of text.split('\n')) cells += line.split('\t').length;
  const baselineMs = performance.now() - t0;
  const baselineCpuMs = cpuNow() - c0;
  if (cells === 0) throw new Error('empty synthetic document');

  const stages: StageFigure[] = [];
  const { payload } = runPipeline([{ file: `synthetic-${rows}.txt`, content }], registry, {
    sha256: sha256Native,
    instrument: (stage, run) => measure(stages, stage, run),
  });
  let outputBytes = 0;
  measure(stages, 'serialize', () => {
    for (const chunk of serializePayload(payload)) outputBytes += Buffer.byteLength(chunk);
  });
  const result: SizeRun = {
    rows, bytes: content.length, baselineMs, baselineCpuMs, stages, outputBytes,
    nodes: payload.nodes.length, edges: payload.edges.length,
    peakRssMb: process.resourceUsage().maxRSS / 1024, methods: payload.meta.methods,
  };
  process.stdout.write(JSON.stringify(result));
}

main();
