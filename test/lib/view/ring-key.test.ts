import { describe, expect, it } from 'vitest';
import { ringBands, ringKeyLine } from '../../../src/lib/view/ring-key';

const ring = (band: number, min: number, max: number, radius = band * 100) => ({ radius, band, min, max, gapAngle: 0 });

describe('the rings key', () => {
  it('lists each band once, from the centre, with its range written by the caller', () => {
    const rings = [ring(1, 7, 7, 0), ring(2, 4, 5), ring(2, 4, 5, 260), ring(3, 0.5, 2)];
    expect(ringBands(rings, (v) => v.toFixed(1))).toEqual([
      { band: 1, range: '7.0' },
      { band: 2, range: '4.0–5.0' },
      { band: 3, range: '0.5–2.0' },
    ]);
  });
  it('writes one line, numbered as the picture numbers its rings', () => {
    expect(ringKeyLine([{ band: 1, range: '7' }, { band: 2, range: '1–2' }])).toBe('① 7  ② 1–2');
    expect(ringKeyLine([{ band: 21, range: '0' }])).toBe('(21) 0');
    expect(ringKeyLine([])).toBe('');
  });
});
