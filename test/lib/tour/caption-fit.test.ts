import { describe, expect, it } from 'vitest';
import { CAPTION_MIN_PX, captionFloorPx, fitCaption } from '../../../src/lib/tour/caption-fit';
import { naturalBandPx } from '../../../src/lib/tour/projector-style';
import { presentingScreen } from '../../../src/state/presenter-bridge.svelte';

/** A caption whose content height grows with the scale, in a band `room` px high. */
const caption = (natural: number, room: number) => (scale: number) => ({ need: natural * scale, room });

describe('caption fit', () => {
  it('keeps the natural size when the caption fits', () => {
    expect(fitCaption(caption(150, 173), 0.67, 324)).toEqual({ scale: 1, band: null });
  });

  it('shrinks a long caption to the largest scale that fits, the band unchanged', () => {
    const fit = fitCaption(caption(234, 173), 0.67, 324);
    expect(fit.band).toBeNull();
    expect(234 * fit.scale).toBeLessThanOrEqual(173.5);
    expect(fit.scale).toBeGreaterThan(173 / 234 - 0.01);
  });

  it('grows the band for what the floor cannot hold, up to the cap', () => {
    expect(fitCaption(caption(400, 173), 0.5, 324)).toEqual({ scale: 0.5, band: 200 });
    expect(fitCaption(caption(1000, 173), 0.5, 324)).toEqual({ scale: 0.5, band: 324 });
  });

  it('has a floor readable from the back of a room', () => {
    expect(captionFloorPx(1080)).toBe(24);
    expect(captionFloorPx(768)).toBeCloseTo(17.07, 2);
    expect(captionFloorPx(720)).toBe(CAPTION_MIN_PX);
    expect(captionFloorPx(480)).toBe(CAPTION_MIN_PX);
    expect(captionFloorPx(Number.NaN)).toBe(24);
  });
});

describe('presenting screen', () => {
  it('leaves the natural band (24vh) below the canvas, the button bar on top', () => {
    expect(presentingScreen({ innerWidth: 1280, innerHeight: 720 })).toEqual({ width: 1280, height: 547 - 50, top: 50, viewportHeight: 720 });
    expect(naturalBandPx(720)).toBe(173);
  });

  it('frames the step above a band a long caption grew', () => {
    expect(presentingScreen({ innerWidth: 1280, innerHeight: 720 }, 260)).toEqual({ width: 1280, height: 460 - 50, top: 50, viewportHeight: 720 });
  });
});
