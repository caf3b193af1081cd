/**
 * List markers at the start of a paragraph: a bullet (`•`, `▪`, `-`…) or an enumerator
 * (`1.`, `2)`, `a)`, `iv)`) that a list's formatting put before each item. In the AZIONI
 * cell they are not part of the action: "• Prima azione" is the action "Prima azione". A
 * letter and a dot is no enumerator ("S. Giusto", "A. Rossi" are names), and a number is
 * one only before a space ("1.000 alberi" keeps its number).
 */

/** Glyph bullets, with or without a space after; dashes and `*`, only before a space. The
 *  pattern is anchored: it reads a few characters of the text, never the whole of it. */
const MARKER = /^(?:[•·▪▫◦‣⁃●○■□►▸▹➢➤✓✔]\s*|[-–—*]\s+|\(?(?:\d{1,2}[.)]|[a-z]\)|[ivx]{1,4}\))\s+)(?=\S)/i;

/** True when `text` (cleaned) opens with a list marker. */
export function startsWithListMarker(text: string): boolean {
  return MARKER.test(text);
}

/** `text` without its list marker (the same string when it has none). */
export function stripListMarker(text: string): string {
  const m = MARKER.exec(text);
  return m === null ? text : text.slice(m[0].length);
}
