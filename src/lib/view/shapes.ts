/**
 * Node shape by kind: the first cue for what a node is, before colour. Names are
 * Cytoscape's; `svgPath` draws the same shape in legends and SVG exports (unit box
 * centred on 0,0, from -1 to 1), so screen, legend and export agree.
 */
import type { NodeKind } from '../types';

export type KindShape = 'star' | 'hexagon' | 'diamond' | 'ellipse' | 'triangle' | 'rectangle';

// Six kinds, six outlines that stay apart at a legend's 12 px: a rounded square for the
// strategic objectives read as the organisms' square there (in the filter list and the
// export legend), so they are stars.
export const KIND_SHAPES: Record<NodeKind, KindShape> = {
  area: 'hexagon',
  strategic_objective: 'star',
  operational_objective: 'diamond',
  management_objective: 'ellipse',
  action: 'triangle',
  organism: 'rectangle',
};

/** Cytoscape's five-pointed star in the unit box: outer points on a circle of radius 1 from
 *  the top, inner ones at its inner radius (0.5·(3 − √5)·1.57), alternating. */
export const STAR_POINTS: readonly number[] = (() => {
  const inner = 0.5 * (3 - Math.sqrt(5)) * 1.57;
  const out: number[] = [];
  for (let i = 0; i < 10; i++) {
    const angle = Math.PI / 2 + (i * Math.PI) / 5;
    const r = i % 2 === 0 ? 1 : inner;
    out.push(Math.round(Math.cos(angle) * r * 1000) / 1000 + 0, Math.round(-Math.sin(angle) * r * 1000) / 1000 + 0);
  }
  return out;
})();

export function svgPath(shape: KindShape): string {
  switch (shape) {
    case 'rectangle':
      return 'M-1,-1 L1,-1 L1,1 L-1,1 Z';
    case 'star': {
      const p = STAR_POINTS;
      let d = `M${p[0]},${p[1]}`;
      for (let i = 2; i < p.length; i += 2) d += ` L${p[i]},${p[i + 1]}`;
      return `${d} Z`;
    }
    case 'hexagon':
      return 'M-0.5,-1 L0.5,-1 L1,0 L0.5,1 L-0.5,1 L-1,0 Z';
    case 'diamond':
      return 'M0,-1 L1,0 L0,1 L-1,0 Z';
    case 'triangle':
      return 'M0,-1 L1,1 L-1,1 Z';
    case 'ellipse':
      return 'M-1,0 A1,1 0 1,0 1,0 A1,1 0 1,0 -1,0 Z';
  }
}
