/**
 * How the presenter's caption fits its band, as a pure search over a measuring callback
 * (the overlay measures the DOM; tests give numbers). A long caption in a fixed 24vh band
 * lost its last lines at 1280×720 (the auto tour's ambito steps name their organisms), so
 * the caption first shrinks, down to a floor that stays readable from the back of a room;
 * only a caption that still does not fit there makes the band taller, which the stage
 * then leaves free (the canvas ends above the band). Past `maxBand` it would eat the
 * picture: the caption scrolls instead, the one case where not all of it shows at once.
 */
import { MIN_LABEL_PX } from './projector-style';

/** Caption text never below this, CSS px, whatever the screen. */
export const CAPTION_MIN_PX = 16;
/** Share of the screen's height the caption band may grow to. */
export const CAPTION_MAX_BAND = 0.45;

/**
 * Smallest caption text size for a screen `viewportHeight` px high: the projector labels'
 * floor (24 px at 1080, scaled with the screen), never under CAPTION_MIN_PX.
 */
export function captionFloorPx(viewportHeight: number): number {
  const h = Number.isFinite(viewportHeight) && viewportHeight > 0 ? viewportHeight : 1080;
  return Math.max(CAPTION_MIN_PX, MIN_LABEL_PX * Math.min(1, h / 1080));
}

export interface CaptionMeasure {
  /** Height the caption's content needs, border and padding included, px. */
  need: number;
  /** Height the band gives it, px. */
  room: number;
}

export interface CaptionFit {
  /** Factor on the caption's natural font sizes, in [minScale, 1]. */
  scale: number;
  /** Band height to use, px; null = the natural band is enough. */
  band: number | null;
}

/**
 * The largest scale in [minScale, 1] at which the caption fits its natural band; if none,
 * minScale and the band it needs (at most maxBand). `measure(scale)` lays the caption out
 * at that scale in the natural band and reports; the caller applies the result after.
 */
export function fitCaption(measure: (scale: number) => CaptionMeasure, minScale: number, maxBand: number, rounds = 8): CaptionFit {
  const fits = (m: CaptionMeasure) => m.need <= m.room + 0.5; // sub-pixel rounding of scrollHeight
  const floor = Math.min(1, Math.max(0.1, minScale));
  if (fits(measure(1))) return { scale: 1, band: null };
  const low = measure(floor);
  if (!fits(low)) return { scale: floor, band: Math.ceil(Math.min(low.need, Math.max(low.room, maxBand))) };
  let lo = floor;
  let hi = 1;
  for (let i = 0; i < rounds; i++) {
    const mid = (lo + hi) / 2;
    if (fits(measure(mid))) lo = mid;
    else hi = mid;
  }
  return { scale: lo, band: null };
}
