/**
 * Splitting the organisms cell into names. Commas and semicolons separate names, and so do
 * paragraphs, except inside quotes or parentheses: `Istituto "F. Datini, Prato"` and
 * `Polo (Prato, Firenze)` are one name each. Unbalanced openers protect nothing, so one
 * stray quote cannot swallow the rest of the cell.
 */

const CLOSERS: Record<string, string> = { '(': ')', '[': ']', '{': '}', '«': '»', '‹': '›', '“': '”' };
const OPENER_OF: Record<string, string> = Object.fromEntries(Object.entries(CLOSERS).map(([o, c]) => [c, o]));
/** Quotes that open and close alike; `”` also when it closes no `“`. */
const SAME_QUOTES = new Set(['"', '＂']);
const SEPARATOR = /[,;]/;
const PROTECTS = /[([{«‹“”"＂]/;

/** Marks the positions inside balanced brackets or quotes. */
function protectedMask(text: string): Uint8Array {
  const depth = new Int32Array(text.length + 1);
  const open: Array<{ ch: string; at: number }> = [];
  const openCount: Record<string, number> = {};
  let quoteAt = -1;
  const cover = (from: number, to: number) => {
    depth[from]! += 1;
    depth[to]! -= 1;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch in CLOSERS) {
      open.push({ ch, at: i });
      openCount[ch] = (openCount[ch] ?? 0) + 1;
    } else if (ch in OPENER_OF && (openCount[OPENER_OF[ch]!] ?? 0) > 0) {
      // Close the innermost matching opener; openers above it were unbalanced.
      let top = open.pop();
      while (top) {
        openCount[top.ch]! -= 1;
        if (top.ch === OPENER_OF[ch]) break;
        top = open.pop();
      }
      if (top) cover(top.at, i + 1);
    } else if (SAME_QUOTES.has(ch) || ch === '”') {
      if (quoteAt < 0) quoteAt = i;
      else {
        cover(quoteAt, i + 1);
        quoteAt = -1;
      }
    }
  }
  const mask = new Uint8Array(text.length);
  let level = 0;
  for (let i = 0; i < text.length; i++) {
    level += depth[i]!;
    mask[i] = level > 0 ? 1 : 0;
  }
  return mask;
}

/** Trims a name and any list bullet before it; '' when nothing is left. */
function tidy(name: string): string {
  return name.replace(/^[\s·•▪◦*–—-]+/, '').trim();
}

/** Names in one paragraph of the organisms cell. */
function splitParagraph(text: string, out: string[]): void {
  if (!SEPARATOR.test(text)) {
    const name = tidy(text);
    if (name !== '') out.push(name);
    return;
  }
  const mask = PROTECTS.test(text) ? protectedMask(text) : new Uint8Array(text.length);
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !(mask[i] === 0 && (text[i] === ',' || text[i] === ';'))) continue;
    const name = tidy(text.slice(start, i));
    if (name !== '') out.push(name);
    start = i + 1;
  }
}

/** Organism names as written, in order, from the cleaned paragraphs of the organisms cell. */
export function splitOrganisms(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paragraphs) splitParagraph(p, out);
  return out;
}
