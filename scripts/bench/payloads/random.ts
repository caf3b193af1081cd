/**
 * Seeded randomness for synthetic plans (mulberry32): the same size and seed give the same
 * payload byte for byte, so two benchmark runs draw the same scene.
 */
import { seededRandom } from '../../../src/lib/graph/metrics/components';

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [lo, hi], both ends included. */
  int(lo: number, hi: number): number;
  pick<T>(items: readonly T[]): T;
  /** Index drawn from a prefix-summed weight table (see cumulative). */
  weighted(cumulative: readonly number[]): number;
}

export function createRng(seed: number): Rng {
  // The pipeline's mulberry32, so bench payloads and metric samples share one generator.
  const next = seededRandom(seed >>> 0 || 0x9e3779b9);
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted: (cumulative) => {
      const x = next() * cumulative[cumulative.length - 1];
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid] > x) hi = mid;
        else lo = mid + 1;
      }
      return lo;
    },
  };
}

/** Prefix sums of Zipf-like weights 1/(i+1)^s: a few organisms carry much, most carry little. */
export function zipfCumulative(n: number, s: number): number[] {
  const out: number[] = [];
  let sum = 0;
  for (let i = 0; i < n; i++) {
    sum += 1 / Math.pow(i + 1, s);
    out.push(sum);
  }
  return out;
}

/** Fisher–Yates on a copy. */
export function shuffled<T>(items: readonly T[], rng: Rng): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
