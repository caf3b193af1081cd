/** How many loads the browser benchmark makes of each page. */
export const BIG_PAYLOAD = 20_000;
/**
 * A first draw moves by ±20% from load to load on this 2-core machine, about as much as
 * the 1.2× target it is checked against: five loads (three for the big payload) make the
 * median steadier than the three (and one) of before.
 */
export const DEFAULT_RUNS = 5;
export const BIG_RUNS = 3;
