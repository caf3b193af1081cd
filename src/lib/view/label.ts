/**
 * Canvas labels: the document's long sentences wrapped into a few short lines and
 * shortened with an ellipsis, plus an estimate of the box they occupy. The hierarchy
 * layout spaces nodes by these boxes, so the estimate errs on the wide side.
 */
import type { NodeKind } from '../types';
import { textWidth } from './text-width';

export interface LabelSpec {
  /** Characters per line before wrapping. */
  width: number;
  /** Lines kept; the last one ends with "…" when text was cut. */
  lines: number;
  /** Font size in px at zoom 1. */
  fontSize: number;
  /** Drawn in bold when not selected (selected labels are always bold). */
  bold: boolean;
}

export const LABEL_SPECS: Record<NodeKind, LabelSpec> = {
  area: { width: 22, lines: 3, fontSize: 15, bold: true },
  strategic_objective: { width: 24, lines: 3, fontSize: 13, bold: false },
  operational_objective: { width: 26, lines: 3, fontSize: 12, bold: false },
  management_objective: { width: 26, lines: 3, fontSize: 12, bold: false },
  action: { width: 26, lines: 2, fontSize: 11, bold: false },
  organism: { width: 24, lines: 2, fontSize: 13, bold: true },
};

const LINE_HEIGHT = 1.25;
/** The canvas style's 'text-background-padding', in px. */
export const LABEL_BACKGROUND_PADDING = 1;

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

/**
 * Width and height in px (zoom 1) of a wrapped label drawn at `fontSize`. The width is
 * the widest line measured glyph by glyph (capitals and bold count more), not the
 * longest line in characters: "CITTÀ COME MOTORE DEL" is far wider than its 21 characters
 * at an average advance. The canvas draws a 1 px text background on each side; that is
 * included too.
 */
export function labelBox(label: string, fontSize: number, bold = false): { w: number; h: number } {
  const lines = label.split('\n');
  const widest = lines.reduce((m, l) => Math.max(m, textWidth(l, fontSize, bold)), 0);
  return { w: widest + 2 * LABEL_BACKGROUND_PADDING, h: Math.ceil(lines.length * fontSize * LINE_HEIGHT) };
}
