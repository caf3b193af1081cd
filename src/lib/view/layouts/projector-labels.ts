/**
 * Labels as the projector draws them: bold, at a fixed size on screen (≥ 24 px at
 * 1920×1080, see src/lib/tour/projector-style.ts), wrapped shorter than in the explorer so
 * a step's labels fit the screen. Boxes are estimated in screen pixels from per-glyph
 * advances that bound DejaVu Sans Bold (the widest common face here) from above, so the
 * layout that spaces nodes by them errs on the roomy side on other systems too.
 */
import type { NodeKind } from '../../types';
import { wrapLabel } from '../label';

export interface ProjectorWrap {
  /** Characters per line. */
  width: number;
  lines: number;
}

/** Tried in turn until a step's labels fit: the longest wrapping that fits wins. */
export const PROJECTOR_WRAPS: readonly ProjectorWrap[] = [
  { width: 26, lines: 3 },
  { width: 22, lines: 3 },
  { width: 18, lines: 3 },
  { width: 16, lines: 2 },
];

/** When not every label fits, these keep theirs longest: the ambiti and who carries them, then down the plan. */
export const LABEL_PRIORITY: readonly NodeKind[] = [
  'area',
  'organism',
  'strategic_objective',
  'operational_objective',
  'management_objective',
  'action',
];

/** Line height as a share of the font size (Cytoscape draws about 1.2). */
export const PROJECTOR_LINE_HEIGHT = 1.25;
/** Text outline as a share of the font size, as projectorStyle sets it. */
export const PROJECTOR_OUTLINE = 0.12;

const NARROW_35 = new Set([' ']);
const NARROW_40 = new Set([...".,;:'’/ijlIJì!|"]);
const NARROW_50 = new Set([...'ftr-()[]"–']);
const WIDE = new Set([...'mMwW&%…@—']);

/** Advance of one character in em (bold sans-serif), rounded up. */
function advance(ch: string): number {
  if (NARROW_35.has(ch)) return 0.36;
  if (NARROW_40.has(ch)) return 0.4;
  if (NARROW_50.has(ch)) return 0.5;
  if (WIDE.has(ch)) return 1.12;
  if (ch !== ch.toLowerCase()) return 0.86; // capitals
  return 0.74;
}

export function textWidthEm(text: string): number {
  let w = 0;
  for (const ch of text) w += advance(ch);
  return w;
}

export function projectorLabel(text: string, wrap: ProjectorWrap): string {
  return wrapLabel(text, wrap.width, wrap.lines);
}

/** Lines a label may gain, beyond its wrap's, to tell it from another that reads the same. */
export const MAX_EXTRA_LINES = 3;

/**
 * A step's projector labels (id → full text), wrapped at `wrap`. Where the wrap makes
 * different texts read the same (three sibling objectives shown as "Verde pubblico:
 * Miglioramento…", their difference cut off), those labels keep more lines, one at a
 * time, until they differ or are whole: the room shortening saves is not worth labels
 * the room cannot tell apart. The layout spaces nodes by the boxes of what this returns.
 */
export function distinctProjectorLabels(texts: ReadonlyMap<string, string>, wrap: ProjectorWrap): Map<string, string> {
  const out = new Map([...texts].map(([id, t]) => [id, t ? projectorLabel(t, wrap) : '']));
  const lines = new Map([...texts.keys()].map((id) => [id, wrap.lines]));
  for (let round = 0; round < MAX_EXTRA_LINES; round++) {
    const byLabel = new Map<string, string[]>();
    for (const [id, label] of out) {
      if (!label) continue;
      const same = byLabel.get(label);
      if (same) same.push(id);
      else byLabel.set(label, [id]);
    }
    let grew = false;
    for (const ids of byLabel.values()) {
      // Two nodes with the very same text (an action under two objectives) cannot differ.
      if (ids.length < 2 || new Set(ids.map((id) => texts.get(id)!.replace(/\s+/g, ' ').trim())).size < 2) continue;
      for (const id of ids) {
        const more = projectorLabel(texts.get(id)!, { width: wrap.width, lines: lines.get(id)! + 1 });
        if (more === out.get(id)) continue; // already whole
        lines.set(id, lines.get(id)! + 1);
        out.set(id, more);
        grew = true;
      }
    }
    if (!grew) break;
  }
  return out;
}

/** Screen box (px) of a wrapped label drawn at `px`, outline and backing included. */
export function projectorLabelBox(label: string, px: number): { w: number; h: number } {
  if (!label) return { w: 0, h: 0 };
  const lines = label.split('\n');
  const pad = 2 * (px * PROJECTOR_OUTLINE + 1);
  const longest = lines.reduce((m, l) => Math.max(m, textWidthEm(l)), 0);
  return { w: Math.ceil(longest * px + pad), h: Math.ceil(lines.length * px * PROJECTOR_LINE_HEIGHT + pad) };
}
