/**
 * Positions for exports made without a screen (the CLI): one row per level, top to
 * bottom, nodes in document order, each row centred. Gephi, Cytoscape desktop and the
 * app then open the file already readable rather than as a heap at the origin.
 */
import { KIND_ORDER } from '../model/plan-index';
import type { PayloadNode } from '../types';
import type { Point } from './types';

export const ROW_GAP = 220;
export const COLUMN_GAP = 140;

export function layeredPositions(nodes: readonly PayloadNode[]): Map<string, Point> {
  const rows = new Map<number, PayloadNode[]>();
  for (const n of nodes) {
    const r = KIND_ORDER[n.kind];
    rows.set(r, [...(rows.get(r) ?? []), n]);
  }
  const widest = Math.max(0, ...[...rows.values()].map((r) => r.length));
  const out = new Map<string, Point>();
  for (const [level, row] of rows) {
    const offset = ((widest - row.length) * COLUMN_GAP) / 2;
    row.forEach((n, i) => out.set(n.id, { x: offset + i * COLUMN_GAP, y: level * ROW_GAP }));
  }
  return out;
}
