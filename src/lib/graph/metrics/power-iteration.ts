/**
 * PageRank and eigenvector centrality on the CSR, for graphs above the exact limit:
 * the very iterations of graphology-metrics' pagerank.js and eigenvector.js (unweighted;
 * same start vector, same update, same stopping rule: L1 change < N × tolerance), on typed
 * arrays, because building the graphology copy those functions need costs more than the
 * iterations themselves at 100k+ nodes. Checked against graphology-metrics in the tests.
 */
import type { Csr } from './csr';

export class NotConvergedError extends Error {
  override name = 'NotConvergedError';
}

function collect(csr: Csr, x: Float64Array): Record<string, number> {
  const out: Record<string, number> = {};
  for (let i = 0; i < csr.ids.length; i++) out[csr.ids[i]!] = x[i]!;
  return out;
}

export function csrPagerank(csr: Csr, alpha: number, tolerance: number, maxIterations: number): Record<string, number> {
  const { offsets, neighbours } = csr;
  const N = csr.ids.length;
  const p = 1 / N;
  let x = new Float64Array(N).fill(p);
  let last = new Float64Array(N);
  const dangling: number[] = [];
  const share = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    const d = offsets[i + 1]! - offsets[i]!;
    if (d === 0) dangling.push(i);
    else share[i] = 1 / d;
  }
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    [last, x] = [x, last];
    x.fill(0);
    let dangleSum = 0;
    for (const i of dangling) dangleSum += last[i]!;
    dangleSum *= alpha;
    for (let i = 0; i < N; i++) {
      const out = alpha * last[i]! * share[i]!;
      for (let j = offsets[i]!; j < offsets[i + 1]!; j++) x[neighbours[j]!]! += out;
      x[i]! += dangleSum * p + (1 - alpha) * p;
    }
    let error = 0;
    for (let i = 0; i < N; i++) error += Math.abs(x[i]! - last[i]!);
    if (error < N * tolerance) return collect(csr, x);
  }
  throw new NotConvergedError('pagerank: failed to converge');
}

/** Euclidean norm without overflow (graphology-metrics' safeVariadicHypot). */
function norm(x: Float64Array): number {
  let max = 0;
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    const n = Math.abs(x[i]!);
    if (n > max) {
      s *= (max / n) * (max / n);
      max = n;
    }
    s += n === 0 && max === 0 ? 0 : (n / max) * (n / max);
  }
  return max === Infinity ? 1 : max * Math.sqrt(s);
}

/** Power iteration on A + I from the uniform vector, normalised each step. */
export function csrEigenvector(csr: Csr, tolerance: number, maxIterations: number): Record<string, number> {
  const { offsets, neighbours } = csr;
  const N = csr.ids.length;
  let x = new Float64Array(N).fill(1 / N);
  let last = new Float64Array(N);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    [last, x] = [x, last];
    x.set(last);
    for (let i = 0; i < N; i++) {
      const v = last[i]!;
      for (let j = offsets[i]!; j < offsets[i + 1]!; j++) x[neighbours[j]!]! += v;
    }
    const length = norm(x);
    let error = 0;
    for (let i = 0; i < N; i++) {
      x[i]! /= length;
      error += Math.abs(x[i]! - last[i]!);
    }
    if (error < N * tolerance) return collect(csr, x);
  }
  throw new NotConvergedError('eigenvector: failed to converge');
}
