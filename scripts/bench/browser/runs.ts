/** How many loads the browser benchmark makes of each page. */
export const BIG_PAYLOAD = 20_000;
/** Payloads of at most this many nodes load in a few seconds: they get more loads. */
export const SMALL_PAYLOAD = 1_000;
/**
 * A first draw moves by ±20% from load to load on this 2-core machine, about as much as
 * the 1.2× target it is checked against: five loads (three for the big payload) make the
 * median steadier than the three (and one) of before.
 */
export const DEFAULT_RUNS = 5;
export const BIG_RUNS = 3;

/**
 * Loads per page for a payload of `nodes` nodes when `runs` are asked for. A small
 * payload's first draw is a fixed cost of a few hundred ms, where the machine's noise
 * weighs most; a load takes a few seconds, so it gets 2 × runs − 1 (9 for the default 5).
 * The big payload's take tens of seconds each: at most BIG_RUNS.
 */
export function loadsFor(nodes: number, runs: number): number {
  if (nodes >= BIG_PAYLOAD) return Math.min(runs, BIG_RUNS);
  if (nodes <= SMALL_PAYLOAD) return 2 * runs - 1;
  return runs;
}
