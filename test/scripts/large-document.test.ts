/**
 * A 100k-row document through the real CLI (`scripts/graph.ts`), each run in its own
 * Node process with a fixed heap cap (--max-old-space-size), over a folder that already
 * holds a good payload. Whatever happens, the run must end in one of two ways: it refuses
 * with a clear `file:line: reason` and exit 1, or it finishes and writes a whole, valid
 * payload — never a crash out of memory, never a partial or corrupted output, never a
 * temp file left behind. Killed half way, it leaves the previous output as it was.
 *
 * Slow by nature (the document is 35 MB; on an idle 2-core machine the full run takes
 * about a minute, several on a busy one): generous timeouts, no timing assertions
 * (the CLI stages are timed by `npm run bench`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDocument, registryNames } from '../../scripts/synthetic';
import { validatePayload } from '../../src/lib/payload/validate';
import { REGISTRY, ROOT, SEED, tempDir } from './cli';

const ROWS = 100_000;
/** Sane caps for a desktop or CI runner: one the size guard must refuse, one that must do. */
const SMALL_HEAP_MB = 1024;
const LARGE_HEAP_MB = 2048;
/** Memory a Node process holds beyond its JS heap (code, buffers, the GC's own). */
const NATIVE_SLACK_MB = 640;
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Peak resident set, MB, when /usr/bin/time could measure it. */
  peakMb: number | null;
}

function graphWithHeap(heapMb: number, args: string[]): Run {
  const node = [process.execPath, `--max-old-space-size=${heapMb}`, '--import', 'tsx', join(ROOT, 'scripts/graph.ts'), ...args];
  const [cmd, ...rest] = TIME ? [TIME, '-f', 'TRAMA_PEAK_KB=%M', ...node] : node;
  const run = spawnSync(cmd, rest, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  const peak = /TRAMA_PEAK_KB=(\d+)/.exec(run.stderr);
  return {
    status: run.status,
    signal: run.signal,
    stdout: run.stdout,
    stderr: run.stderr.replace(/^.*TRAMA_PEAK_KB=\d+\s*$/m, '').trim(),
    peakMb: peak ? Number(peak[1]) / 1024 : null,
  };
}

let dir = '';
let doc = '';
let out = '';
let good: Buffer;

/** Seed payload in place first: the previous output every run must respect. */
function resetGoodOutput(): void {
  const run = graphWithHeap(512, [SEED, '--out', out, '--registry', REGISTRY, '--quiet']);
  expect(run.status, run.stderr).toBe(0);
  good = readFileSync(out);
}

function leftovers(): string[] {
  return readdirSync(dir).filter((f) => f !== 'graph.json' && f !== 'large.txt');
}

beforeAll(() => {
  dir = tempDir();
  doc = join(dir, 'large.txt');
  out = join(dir, 'graph.json');
  writeFileSync(doc, generateDocument({ rows: ROWS, seed: 2024, organisms: registryNames(join(ROOT, REGISTRY)) }));
  resetGoodOutput();
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe(`a ${ROWS / 1000}k-row document through the CLI`, () => {
  it('is really that large', () => {
    const text = readFileSync(doc, 'utf8');
    expect(statSync(doc).size).toBeGreaterThan(20 * 2 ** 20);
    expect(text.split('\n').filter((l) => l.split('\t').length === 6).length).toBeGreaterThan(ROWS);
  });

  it(`with a ${SMALL_HEAP_MB} MB heap: refuses up front with a clear message; the previous output stays`, () => {
    const run = graphWithHeap(SMALL_HEAP_MB, [doc, '--out', out, '--registry', REGISTRY]);
    expect(run.signal).toBeNull();
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/large\.txt:0: input too large \(\d+ MiB; this process can take up to \d+ MiB/);
    expect(run.stderr).toMatch(/split the document|--max-old-space-size/);
    expect(run.stderr).not.toMatch(/heap out of memory|internal error|at .*\.ts:\d+/);
    expect(readFileSync(out).equals(good)).toBe(true);
    expect(leftovers()).toEqual([]);
    if (run.peakMb !== null) expect(run.peakMb).toBeLessThan(SMALL_HEAP_MB + NATIVE_SLACK_MB);
  }, 120_000);

  it('killed half way, leaves the previous output whole and no temp file', async () => {
    const child = spawn(process.execPath, [`--max-old-space-size=${LARGE_HEAP_MB}`, '--import', 'tsx', join(ROOT, 'scripts/graph.ts'), doc, '--out', out, '--registry', REGISTRY], {
      cwd: ROOT, stdio: 'ignore',
    });
    // Well into the pipeline (parsing takes seconds), before any write could start.
    await new Promise((r) => setTimeout(r, 8_000));
    expect(child.exitCode).toBeNull();
    const ended = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await ended;
    expect(readFileSync(out).equals(good)).toBe(true);
    expect(leftovers()).toEqual([]);
  }, 60_000);

  it(`with a ${LARGE_HEAP_MB} MB heap: finishes within memory and writes a whole, valid payload`, () => {
    const run = graphWithHeap(LARGE_HEAP_MB, [doc, '--out', out, '--registry', REGISTRY, '--quiet']);
    expect(run.signal).toBeNull();
    expect(run.stderr).not.toMatch(/heap out of memory|internal error/);
    // "Finishes or refuses": on a machine where the guard refuses even this, it must say so.
    if (run.status === 1) {
      expect(run.stderr).toMatch(/large\.txt:0: input too large/);
      expect(readFileSync(out).equals(good)).toBe(true);
      return;
    }
    expect(run.status, run.stderr).toBe(0);
    expect(leftovers()).toEqual([]);
    if (run.peakMb !== null) expect(run.peakMb).toBeLessThan(LARGE_HEAP_MB + NATIVE_SLACK_MB);
    const payload = validatePayload(JSON.parse(readFileSync(out, 'utf8')));
    const source = payload.meta.sources[0];
    expect(source.rows).toBe(ROWS);
    expect(source.lines.rejected).toBe(0);
    const text = readFileSync(doc, 'utf8');
    // Lines as an editor counts them: a final newline ends the last line, it opens none.
    const lineCount = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    expect(Object.values(source.lines).reduce((a, b) => a + b, 0)).toBe(lineCount);
    expect(payload.nodes.length).toBe(Object.entries(payload.meta.counts).filter(([k]) => k !== 'edges').reduce((a, [, v]) => a + v, 0));
    expect(payload.edges.length).toBe(payload.meta.counts.edges);
    expect(payload.diagnostics.filter((d) => d.level === 'error')).toEqual([]);
    console.info(`100k rows: ${payload.nodes.length} nodes, ${payload.edges.length} edges, ${(statSync(out).size / 2 ** 20).toFixed(0)} MiB written, peak RSS ${run.peakMb?.toFixed(0) ?? '?'} MB`);
  }, 600_000);
});
