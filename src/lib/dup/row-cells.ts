/** A table line's cells: cleaning and placing them, and the small rules rows.ts applies to them. */
import { COLUMNS, type Cell, type Column } from './types';
import type { Header } from './header';
import { cleanParagraphs } from './text';
import { matchKey } from './match-key';

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
/** Organism names repeat on thousands of rows: their keys are worth remembering. */
const organismKeys = new Map<string, string>();
export function organismKey(name: string): string {
  let key = organismKeys.get(name);
  if (key === undefined) {
    if (organismKeys.size > 10_000) organismKeys.clear();
    organismKeys.set(name, (key = matchKey(name)));
  }
  return key;
}
const EMPTY: Cell = Object.freeze({ paragraphs: Object.freeze([]) as unknown as string[] });

export function isFilled(clean: CleanLine): boolean {
  for (const c of COLUMNS) if (clean.cells[c].paragraphs.length > 0) return true;
  for (const name in clean.extra) if (clean.extra[name]!.text !== '') return true;
  return false;
}

/** The leading and carried columns a header has, worked out once per header. */
const chainCache = new WeakMap<Header, { leading: Column[]; chain: Column[] }>();
export function chainsOf(header: Header): { leading: Column[]; chain: Column[] } {
  let c = chainCache.get(header);
  if (!c) {
    c = { leading: LEADING.filter((x) => !header.missing.includes(x)), chain: CARRIED.filter((x) => !header.missing.includes(x)) };
    chainCache.set(header, c);
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

/**
 * Cleans cells, remembering the last cell seen at each position: a merged cell printed on
 * every row (the ambito, the objectives) repeats verbatim, and is cleaned once. Cleaning
 * is a pure function of the raw text, so the paragraphs can be shared (never mutated).
 */
export class CellCleaner {
  readonly #raw: string[] = [];
  readonly #paragraphs: string[][] = [];

  paragraphs(position: number, raw: string): string[] {
    if (this.#raw[position] === raw) return this.#paragraphs[position]!;
    const paragraphs = cleanParagraphs(raw);
    this.#raw[position] = raw;
    this.#paragraphs[position] = paragraphs;
    return paragraphs;
  }
}

/** A table line's cells, cleaned and placed by the header's column mapping. */
export function cleanLine(rawCells: string[], header: Header, cleaner: CellCleaner): CleanLine {
  const cells: Record<Column, Cell> = {
    area: EMPTY, strategic: EMPTY, operational: EMPTY, management: EMPTY, actions: EMPTY, organisms: EMPTY,
  };
  let extra: CleanLine['extra'] = NO_EXTRA;
  for (let i = 0; i < header.width; i++) {
    const column = header.columns[i];
    const cell = rawCells[i]!;
    const paragraphs = cleaner.paragraphs(i, cell);
    if (column) {
      if (paragraphs.length > 0) cells[column] = { paragraphs };
    } else {
      if (extra === NO_EXTRA) extra = {};
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
