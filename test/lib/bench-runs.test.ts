import { describe, expect, it } from 'vitest';
import { BIG_PAYLOAD, BIG_RUNS, DEFAULT_RUNS, SMALL_PAYLOAD, loadsFor } from '../../scripts/bench/browser/runs';

describe('loads per page in the browser benchmark', () => {
  it('gives small payloads more loads, big ones fewer, the rest what was asked', () => {
    expect(loadsFor(66, DEFAULT_RUNS)).toBe(9);
    expect(loadsFor(SMALL_PAYLOAD, DEFAULT_RUNS)).toBe(9);
    expect(loadsFor(SMALL_PAYLOAD + 1, DEFAULT_RUNS)).toBe(DEFAULT_RUNS);
    expect(loadsFor(5_000, DEFAULT_RUNS)).toBe(DEFAULT_RUNS);
    expect(loadsFor(BIG_PAYLOAD, DEFAULT_RUNS)).toBe(BIG_RUNS);
    expect(loadsFor(100_000, 2)).toBe(2);
  });

  it('keeps a quick run quick: one load asked is one load everywhere', () => {
    for (const nodes of [66, SMALL_PAYLOAD, 5_000, BIG_PAYLOAD]) expect(loadsFor(nodes, 1)).toBe(1);
  });

  it('never gives a bigger payload more loads than a smaller one', () => {
    for (const runs of [1, 2, 3, 5, 8]) {
      const sizes = [10, SMALL_PAYLOAD, SMALL_PAYLOAD + 1, 5_000, BIG_PAYLOAD - 1, BIG_PAYLOAD, 50_000];
      const loads = sizes.map((n) => loadsFor(n, runs));
      for (let i = 1; i < loads.length; i++) expect(loads[i]).toBeLessThanOrEqual(loads[i - 1]!);
      expect(Math.min(...loads)).toBeGreaterThanOrEqual(1);
    }
  });
});
