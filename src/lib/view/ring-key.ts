/**
 * What the Radiale view's rings hold, in words: each band's number and the range of the
 * measure its nodes have. The canvas's key (RingKey.svelte) lists it; exported pictures
 * carry it as one legend line. Pure: the caller writes the values (as the ranking does).
 */
import type { RingGuide } from './layouts/geometry';

export interface RingBand {
  band: number;
  /** "7", or "1–2" when the band's nodes differ. */
  range: string;
}

/** One entry per band, from the centre out (a band on several rings is listed once). */
export function ringBands(rings: readonly RingGuide[], format: (value: number) => string): RingBand[] {
  const seen = new Map<number, RingGuide>();
  for (const ring of rings) if (!seen.has(ring.band)) seen.set(ring.band, ring);
  return [...seen.values()].map((g) => ({ band: g.band, range: g.min === g.max ? format(g.min) : `${format(g.min)}–${format(g.max)}` }));
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** "① 7  ② 5  ③ 1–2": the bands on one line, numbered as the picture numbers its rings. */
export function ringKeyLine(bands: readonly RingBand[]): string {
  return bands.map((b) => `${b.band >= 1 && b.band <= CIRCLED.length ? CIRCLED[b.band - 1] : `(${b.band})`} ${b.range}`).join('  ');
}
