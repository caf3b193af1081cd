/**
 * Node shape by kind: the first cue for what a node is, before colour. Names are
 * Cytoscape's; `svgPath` draws the same shape in legends and SVG exports (unit box
 * centred on 0,0, from -1 to 1), so screen, legend and export agree.
 */
import type { NodeKind } from '../types';

export type KindShape = 'round-rectangle' | 'hexagon' | 'diamond' | 'ellipse' | 'triangle' | 'rectangle';

export const KIND_SHAPES: Record<NodeKind, KindShape> = {
  area: 'hexagon',
  strategic_objective: 'round-rectangle',
  operational_objective: 'diamond',
  management_objective: 'ellipse',
  action: 'triangle',
  organism: 'rectangle',
};

export function svgPath(shape: KindShape): string {
  switch (shape) {
    case 'rectangle':
      return 'M-1,-1 L1,-1 L1,1 L-1,1 Z';
    case 'round-rectangle':
      return 'M-0.7,-1 L0.7,-1 Q1,-1 1,-0.7 L1,0.7 Q1,1 0.7,1 L-0.7,1 Q-1,1 -1,0.7 L-1,-0.7 Q-1,-1 -0.7,-1 Z';
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
