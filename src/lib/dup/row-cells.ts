/** A table line's cells: cleaning and placing them, and the small rules rows.ts applies to them. */
import { COLUMNS, type Cell, type Column } from './types';
import type { Header } from './header';
import { cleanParagraphs } from './text';

const LEADING: readonly Column[] = ['area', 'strategic', 'operational'];
const CARRIED: readonly Column[] = ['area', 'strategic', 'operational', 'management'];
export const LABEL: Record<Column, string> = {
  area: 'ambito strategico',
  strategic: 'obiettivo strategico',
  operational: 'obiettivo operativo',
  management: 'obiettivo gestionale',
  actions: 'azioni',
  organisms: 'organismi partecipati',
};
const EMPTY: Cell = Object.freeze({ paragraphs: Object.freeze([]) as unknown as string[] });

export function isFilled(clean: CleanLine): boolean {
  for (const c of COLUMNS) if (clean.cells[c].paragraphs.length > 0) return true;
  for (const name in clean.extra) if (clean.extra[name]!.text !== '') return true;
  return false;
}

/** The leading and carried columns a header has, worked out once per header: by its
 *  `missing` list, which a header repeated on every page shares with the first. */
const chainCache = new WeakMap<readonly Column[], { leading: Column[]; chain: Column[] }>();
export function chainsOf(header: Header): { leading: Column[]; chain: Column[] } {
  let c = chainCache.get(header.missing);
  if (!c) {
    c = { leading: LEADING.filter((x) => !header.missing.includes(x)), chain: CARRIED.filter((x) => !header.missing.includes(x)) };
    chainCache.set(header.missing, c);
  }
  return c;
}

export interface CleanLine {
  cells: Record<Column, Cell>;
  /** The line's raw cells, as split; `header` says which column each one is. */
  rawCells: readonly string[];
  header: Header;
  extra: Record<string, { text: string; raw: string }>;
}

/** The raw cell of `column` on a clean line ('' when the header has no such column). */
export function rawOf(clean: CleanLine, column: Column): string {
  const at = clean.header.columns.indexOf(column);
  return at < 0 ? '' : clean.rawCells[at]!;
}

/** Shared by every row of a table without extra columns (rows are read-only once parsed). */
export const NO_EXTRA: Record<string, never> = Object.freeze({});

/** Distinct cells remembered per position before the memo starts over. */
const MEMO_LIMIT = 20_000;

/**
 * Cleans cells, remembering the cells seen at each position: a merged cell printed on every
 * row (the ambito, the objectives) repeats verbatim, and the organisms cell comes back in a
 * few thousand combinations; each distinct text is cleaned once. The last cell per position
 * is checked first (the common case: the row above's); `memo` positions also remember every
 * distinct cell (see MEMOISED below for which). Cleaning is a pure
 * function of the raw text, so the result is shared (never mutated); one paragraphs array
 * per distinct text also lets later steps remember their work by array (organism-list.ts).
 */
export class CellCleaner {
  readonly #raw: string[] = [];
  readonly #cells: Cell[] = [];
  readonly #seen: Array<Map<string, Cell> | undefined> = [];

  /** The cleaned cell, one object per distinct text at this position. */
  cell(position: number, raw: string, memo = false): Cell {
    if (this.#raw[position] === raw) return this.#cells[position]!;
    let cell: Cell | undefined;
    if (memo) {
      const seen = (this.#seen[position] ??= new Map());
      cell = seen.get(raw);
      if (cell === undefined) {
        if (seen.size >= MEMO_LIMIT) seen.clear();
        seen.set(raw, (cell = { paragraphs: cleanParagraphs(raw) }));
      }
    } else {
      cell = { paragraphs: cleanParagraphs(raw) };
    }
    this.#raw[position] = raw;
    this.#cells[position] = cell;
    return cell;
  }
}

/**
 * Columns whose cells a continuation never appends to (it has them empty, by definition):
 * rows may share one Cell object for them. Elsewhere a row's Cell is its own, or carried
 * down from the row above, because a continuation updates the rows sharing a Cell.
 */
const NEVER_APPENDED: ReadonlySet<Column | null> = new Set<Column>(LEADING);

/** Columns whose texts come back after other texts: the merged cells above the management
 *  objective, and the organisms. A management objective or an action, once left, rarely
 *  returns (it belongs to one parent): for them the memo would cost more than it saves. */
const MEMOISED: ReadonlySet<Column> = new Set<Column>([...LEADING, 'organisms']);

/** A table line's cells, cleaned and placed by the header's column mapping. */
export function cleanLine(rawCells: string[], header: Header, cleaner: CellCleaner): CleanLine {
  const cells: Record<Column, Cell> = {
    area: EMPTY, strategic: EMPTY, operational: EMPTY, management: EMPTY, actions: EMPTY, organisms: EMPTY,
  };
  let extra: CleanLine['extra'] = NO_EXTRA;
  for (let i = 0; i < header.width; i++) {
    const column = header.columns[i]!;
    const cell = rawCells[i]!;
    const clean = cleaner.cell(i, cell, column !== null && MEMOISED.has(column));
    const paragraphs = clean.paragraphs;
    if (column) {
      if (paragraphs.length > 0) cells[column] = NEVER_APPENDED.has(column) ? clean : { paragraphs };
    } else {
      // Null-prototype: column names are document text ("constructor", "__proto__"…).
      if (extra === NO_EXTRA) extra = Object.create(null) as CleanLine['extra'];
      extra[header.extras[i]!] = { text: paragraphs.join('\n'), raw: cell };
    }
  }
  return { cells, rawCells, header, extra };
}

/** `fragment` appended to `target`: as new paragraphs, or continuing the last one. */
export function appendParagraphs(target: readonly string[], fragment: readonly string[], newParagraph: boolean): string[] {
  if (target.length === 0) return [...fragment];
  if (newParagraph) return [...target, ...fragment];
  return [...target.slice(0, -1), `${target[target.length - 1]} ${fragment[0]}`, ...fragment.slice(1)];
}
