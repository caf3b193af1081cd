/**
 * Shape is the first cue for a node's kind (colour never the only one): each kind has its
 * own outline, and the legend's SVG path is a closed outline inside the unit box.
 */
import { describe, expect, it } from 'vitest';
import { NODE_KINDS } from '../../../src/lib/types';
import { KIND_SHAPES, STAR_POINTS, svgPath } from '../../../src/lib/view/shapes';

describe('kind shapes', () => {
  it('gives six kinds six shapes, none a rounded twin of another (both read as squares at 12 px)', () => {
    const shapes = NODE_KINDS.map((k) => KIND_SHAPES[k]);
    expect(new Set(shapes).size).toBe(NODE_KINDS.length);
    expect(shapes).not.toContain('round-rectangle');
  });

  it('draws every shape as one closed path within the unit box', () => {
    for (const kind of NODE_KINDS) {
      const d = svgPath(KIND_SHAPES[kind]);
      expect(d, kind).toMatch(/^M.*Z$/);
      for (const n of d.match(/-?\d+(\.\d+)?/g)!.map(Number)) expect(Math.abs(n), kind).toBeLessThanOrEqual(1);
    }
  });

  it("draws the star as Cytoscape does: five outer points on the unit circle from the top, five inner ones", () => {
    expect(STAR_POINTS).toHaveLength(20);
    expect([STAR_POINTS[0], STAR_POINTS[1]]).toEqual([0, -1]);
    const radius = (i: number) => Math.hypot(STAR_POINTS[2 * i]!, STAR_POINTS[2 * i + 1]!);
    for (let i = 0; i < 10; i += 2) expect(radius(i)).toBeCloseTo(1, 2);
    for (let i = 1; i < 10; i += 2) expect(radius(i)).toBeCloseTo(0.5 * (3 - Math.sqrt(5)) * 1.57, 2);
  });
});
