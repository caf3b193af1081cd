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
  raw: Partial<Record<Column, string>>;
  extra: Record<string, { text: string; raw: string }>;
}

/** A table line's cells, cleaned and placed by the header's column mapping. */
export function cleanLine(rawCells: string[], header: Header): CleanLine {
  const cells: Record<Column, Cell> = {
    area: EMPTY, strategic: EMPTY, operational: EMPTY, management: EMPTY, actions: EMPTY, organisms: EMPTY,
  };
  const raw: Partial<Record<Column, string>> = {};
  const extra: CleanLine['extra'] = {};
  for (let i = 0; i < header.width; i++) {
    const column = header.columns[i];
    const cell = rawCells[i]!;
    if (column) {
      const paragraphs = cleanParagraphs(cell);
      if (paragraphs.length > 0) cells[column] = { paragraphs };
      raw[column] = cell;
    } else {
      extra[header.extras[i]!] = { text: cleanParagraphs(cell).join('\n'), raw: cell };
    }
  }
  return { cells, raw, extra };
}

/** `fragment` appended to `target`: as new paragraphs, or continuing the last one. */
export function appendParagraphs(target: readonly string[], fragment: readonly string[], newParagraph: boolean): string[] {
  if (target.length === 0) return [...fragment];
  if (newParagraph) return [...target, ...fragment];
  return [...target.slice(0, -1), `${target[target.length - 1]} ${fragment[0]}`, ...fragment.slice(1)];
}
