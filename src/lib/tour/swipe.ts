/**
 * Swipe on touch screens, from pointer deltas: a quick, mostly horizontal stroke. Swiping
 * left (the content moves left) goes forward, as on every phone. Short or slow strokes and
 * vertical ones are left to the canvas (pan, zoom).
 */
export interface SwipeOptions {
  /** Minimum horizontal travel, CSS pixels. */
  minDistance: number;
  /** Longest stroke that still counts as a swipe, ms. */
  maxDuration: number;
  /** |dx| must be at least this many times |dy|. */
  ratio: number;
}

export const SWIPE_DEFAULTS: SwipeOptions = { minDistance: 60, maxDuration: 700, ratio: 2 };

export function detectSwipe(
  dx: number,
  dy: number,
  durationMs: number,
  options: Partial<SwipeOptions> = {},
): 'next' | 'prev' | null {
  const o = { ...SWIPE_DEFAULTS, ...options };
  if (![dx, dy, durationMs].every(Number.isFinite) || durationMs < 0) return null;
  if (durationMs > o.maxDuration) return null;
  if (Math.abs(dx) < o.minDistance) return null;
  if (Math.abs(dx) < o.ratio * Math.abs(dy)) return null;
  return dx < 0 ? 'next' : 'prev';
}
