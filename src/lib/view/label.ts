/**
 * Canvas labels: the document's long sentences wrapped into a few short lines and
 * shortened with an ellipsis, plus an estimate of the box they occupy. The hierarchy
 * layout spaces nodes by these boxes, so the estimate errs on the wide side.
 */
import type { NodeKind } from '../types';

export interface LabelSpec {
  /** Characters per line before wrapping. */
  width: number;
  /** Lines kept; the last one ends with "…" when text was cut. */
  lines: number;
  /** Font size in px at zoom 1. */
  fontSize: number;
}

export const LABEL_SPECS: Record<NodeKind, LabelSpec> = {
  area: { width: 22, lines: 3, fontSize: 15 },
  strategic_objective: { width: 24, lines: 3, fontSize: 13 },
  operational_objective: { width: 26, lines: 3, fontSize: 12 },
  management_objective: { width: 26, lines: 3, fontSize: 12 },
  action: { width: 26, lines: 2, fontSize: 11 },
  organism: { width: 24, lines: 2, fontSize: 13 },
};

/** Average glyph advance of a sans-serif face as a share of the font size, rounded up. */
const CHAR_WIDTH = 0.6;
const LINE_HEIGHT = 1.25;

/** Greedy word wrap; a word longer than the line is cut hard so no line overflows. */
export function wrapLabel(text: string, width: number, maxLines: number): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let cut = false;
  for (let i = 0; i < words.length; i++) {
    let word = words[i];
    while (word.length > width) {
      if (line) {
        lines.push(line);
        line = '';
      }
      lines.push(word.slice(0, width));
      word = word.slice(width);
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= width) line += ' ' + word;
    else {
      lines.push(line);
      line = word;
    }
    if (lines.length >= maxLines) {
      cut = line !== '' || i < words.length - 1;
      line = '';
      break;
    }
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) cut = true;
  const kept = lines.slice(0, maxLines);
  if (cut && kept.length) {
    const last = kept[kept.length - 1];
    kept[kept.length - 1] = (last.length >= width ? last.slice(0, width - 1).trimEnd() : last) + '…';
  }
  return kept.join('\n');
}

export function labelFor(kind: NodeKind, text: string): string {
  const spec = LABEL_SPECS[kind];
  return wrapLabel(text, spec.width, spec.lines);
}

/** Width and height in px (zoom 1) of a wrapped label drawn at `fontSize`. */
export function labelBox(label: string, fontSize: number): { w: number; h: number } {
  const lines = label.split('\n');
  const longest = lines.reduce((m, l) => Math.max(m, [...l].length), 0);
  return { w: Math.ceil(longest * fontSize * CHAR_WIDTH), h: Math.ceil(lines.length * fontSize * LINE_HEIGHT) };
}
