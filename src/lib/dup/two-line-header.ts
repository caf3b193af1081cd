/**
 * A header the extractor wrote on two lines: a PDF table's header cells often wrap
 * ("AMBITO" over "STRATEGICO"), and some extractors give each printed line of the header
 * row a line of its own, cell by cell:
 *
 *     AMBITO      OBIETTIVO   OBIETTIVI   OBIETTIVI   AZIONI  ORGANISMI PARTECIPATI
 *     STRATEGICO  STRATEGICO  OPERATIVI   GESTIONALI          ASSEGNATARI
 *
 * Neither line names the six columns; the cells joined one by one do. Without this the
 * document was refused (no header), or the first line was a header missing columns and
 * the second a row of words.
 */
import { mayNameColumns, recognizeHeader, type Header } from './header';

/** Longest cell of a line that may be half a header: header names are short. */
const MAX_HALF_CELL = 80;

/** Cheap test on the first line: only lines of short cells can be half a header. */
function shortCells(cells: readonly string[]): boolean {
  for (const c of cells) if (c.length > MAX_HALF_CELL) return false;
  return true;
}

/** The two lines' cells joined cell by cell (a space between, where both have text). */
function joinCells(a: readonly string[], b: readonly string[]): string[] {
  const out = new Array<string>(Math.max(a.length, b.length));
  for (let k = 0; k < out.length; k++) {
    const x = a[k] ?? '';
    const y = b[k] ?? '';
    out[k] = x.trim() === '' ? y : y.trim() === '' ? x : `${x} ${y}`;
  }
  return out;
}

/**
 * The header that `cells` (line `line`, split from `raw`) and `next` (the line after it)
 * form together, when it names more of the columns than `alone` (what `cells` form by
 * themselves; null for none) and `next` is no header by itself. Otherwise null.
 */
export function twoLineHeader(
  cells: readonly string[], raw: string, next: string | undefined, line: number, alone: Header | null, invisibleFree: boolean,
): Header | null {
  // Every data row of short cells comes here (half of a large document's): the words are
  // looked for in the two raw lines before the next one is split or any cell cleaned.
  if (next === undefined || !shortCells(cells) || !next.includes('\t')) return null;
  if (!mayNameColumns(raw, next, invisibleFree)) return null;
  const nextCells = next.split('\t');
  if (!shortCells(nextCells)) return null;
  const joined = joinCells(cells, nextCells);
  const both = recognizeHeader(joined, line, joined.join('\t'), invisibleFree);
  if (both === null || (alone !== null && both.missing.length >= alone.missing.length)) return null;
  const second = recognizeHeader(nextCells, line + 1, next, invisibleFree);
  if (second !== null && second.missing.length <= both.missing.length) return null;
  return both;
}
