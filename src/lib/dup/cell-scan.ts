/**
 * Cell cleaning in one pass, for the cells nearly every document is made of: text, white
 * space and plain tags. It gives exactly what the general rule in text.ts gives (split at
 * block tags, strip the other tags, collapse white space), but as slices of the cell, with
 * no intermediate strings; a 100k-row document has 600k cells, and the general rule's
 * regular expressions over each were a large share of parsing. Whatever needs more —
 * an entity, an invisible or control character, a surrogate, a `<` that opens no tag —
 * returns null and the caller applies the general rule. Equality with it is tested on
 * random text (test/lib/dup/cell-scan.test.ts).
 */
import { ANY_TAG_SOURCE, BLOCK_TAG_SOURCE, NEEDS_WORK } from './text-rules';

const ORDINARY = 0;
const SPACE = 1;
const GENERAL = 2;
const LT = 3;

/** Class of every UTF-16 code unit, from the general rule's own definitions. */
const CLASS = (() => {
  const table = new Uint8Array(0x10000);
  const space = /\s/;
  for (let u = 0; u < 0x10000; u++) {
    const c = String.fromCharCode(u);
    if (u === 0x3c) table[u] = LT;
    else if (NEEDS_WORK.test(c)) table[u] = GENERAL;
    else if (space.test(c)) table[u] = SPACE;
    else table[u] = ORDINARY;
  }
  return table;
})();

// Sticky: each is tried at one position, as the general rule's global scans would find it there.
const BLOCK_AT = new RegExp(BLOCK_TAG_SOURCE, 'iy');
const TAG_AT = new RegExp(ANY_TAG_SOURCE, 'y');

/** End of the tag that starts at `at` (a `<`), or -1 when none does. */
function tagEnd(re: RegExp, raw: string, at: number): number {
  re.lastIndex = at;
  return re.test(raw) ? re.lastIndex : -1;
}

/**
 * The cell's paragraphs as the general rule gives them (trimmed, non-empty, white space
 * collapsed), or null when the cell needs the general rule.
 */
export function scanParagraphs(raw: string): string[] | null {
  // Most cells are one paragraph: a list is made only for a second one. (No inner helper
  // function to push with: tsx, which runs the CLI, wraps every closure in a naming call,
  // paid on each of the ~600k calls of a large document.)
  let first: string | undefined;
  let more: string[] | undefined;
  let text = '';
  // Start of the characters not yet copied into `text` (a run copied as one slice).
  let run = 0;
  let pendingSpace = false;
  const n = raw.length;
  let i = 0;
  while (i < n) {
    const u = raw.charCodeAt(i);
    const cls = CLASS[u]!;
    if (cls === ORDINARY) {
      if (pendingSpace) {
        if (text !== '') text += ' ';
        pendingSpace = false;
        run = i;
      }
      i++;
      continue;
    }
    if (cls === GENERAL) return null;
    if (cls === SPACE) {
      // One space between two ordinary characters stays in the run.
      if (u === 0x20 && !pendingSpace && i > run && i + 1 < n && CLASS[raw.charCodeAt(i + 1)] === ORDINARY) {
        i += 2;
        continue;
      }
      if (!pendingSpace) text += raw.slice(run, i);
      pendingSpace = true;
      i++;
      continue;
    }
    // A `<`: a block tag ends the paragraph, any other tag is dropped.
    if (!pendingSpace) text += raw.slice(run, i);
    const block = tagEnd(BLOCK_AT, raw, i);
    if (block >= 0) {
      if (text !== '') {
        if (first === undefined) first = text;
        else (more ??= [first]).push(text);
      }
      text = '';
      pendingSpace = false;
      i = run = block;
      continue;
    }
    const end = tagEnd(TAG_AT, raw, i);
    if (end < 0) return null;
    i = run = end;
    if (!pendingSpace) continue;
    // Still inside white space: the run restarts at the next ordinary character.
  }
  if (!pendingSpace) text += raw.slice(run, n);
  if (text !== '') {
    if (first === undefined) first = text;
    else (more ??= [first]).push(text);
  }
  // Exact-size lists: the result is kept (one per cell), and a list grown by push has room for 17.
  if (more !== undefined) return more.slice();
  return first === undefined ? [] : [first];
}
