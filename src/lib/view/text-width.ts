/**
 * How wide a line of text is drawn, estimated without a DOM so the layouts (and the SVG
 * legend) stay pure and deterministic. A flat "0.6 em per character" is right for
 * lower-case text but far too small for the document's upper-case ambito names in bold
 * (about 0.8 em a glyph), which is how labels came to overlap.
 *
 * Letters and digits count their own advance in DejaVu Sans, other glyphs the widest of
 * their class, measured in Chromium (canvas measureText). DejaVu Sans is what `system-ui` and
 * `sans-serif` resolve to on Debian and the widest of the faces LABEL_FONT lists, so on
 * Segoe UI, Roboto, Helvetica or Arial the estimate errs on the wide side, never the narrow.
 */

/**
 * Letters and digits one by one: the advance of each in DejaVu Sans, normal then bold, in
 * hundredths of an em, rounded up (canvas measureText in Chromium at 1000 px), three
 * digits a glyph in the order of GLYPHS.
 */
const GLYPHS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const NORMAL =
  '069069070078064058078076030030066056087075079061079070064062074069099069062069062064055064062036064064028028058028098064062064064042053040064060082060060053064064064064064064064064064064';
const BOLD =
  '078077074084069069083084038038078064100084086074086078073069082078111078073073068072060072068044072072035035067035105072069072072050060048072066093065066059070070070070070070070070070070';

/** Other glyphs by class, each counted as its widest member; in em: [normal, bold]. */
const NARROW: [number, number] = [0.34, 0.4];
const THIN: [number, number] = [0.46, 0.52];
const MEDIUM: [number, number] = [0.64, 0.72];
const WIDE: [number, number] = [1, 1.1];

const CLASSES = new Map<string, [number, number]>();
[...GLYPHS].forEach((c, i) => CLASSES.set(c, [Number(NORMAL.slice(3 * i, 3 * i + 3)) / 100, Number(BOLD.slice(3 * i, 3 * i + 3)) / 100]));
const assign = (chars: string, w: [number, number]) => {
  for (const c of chars) CLASSES.set(c, w);
};
assign(" '’‘,.:;|!", NARROW);
assign('()[]-/\\"*–', THIN);
assign('$?_`{}«»°§€', MEDIUM);
assign('%@…—#+<=>^~&', WIDE);

function advance(ch: string, bold: boolean): number {
  const k = bold ? 1 : 0;
  const direct = CLASSES.get(ch);
  if (direct) return direct[k];
  // Accented Latin letters are as wide as their base letter (à as a, È as E).
  const base = ch.normalize('NFD')[0];
  const viaBase = base !== ch ? CLASSES.get(base) : undefined;
  // Anything else (other scripts, symbols, emoji) counts as the widest class.
  return (viaBase ?? WIDE)[k];
}

/** Estimated width in px of one line of `text` at `fontSize` px, rounded up. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += advance(ch, bold);
  return Math.ceil(em * fontSize);
}
