/**
 * What the DUP parser hands to the graph builder: the table as rows of clean text,
 * with every input line accounted for. No graph concepts here.
 */
import type { Diagnostic, LineKind } from '../types';
import type { NameAcrossBreak } from './organisms';

/** The six columns the parser maps by header name, in hierarchy order. */
export const COLUMNS = ['area', 'strategic', 'operational', 'management', 'actions', 'organisms'] as const;
export type Column = (typeof COLUMNS)[number];

/** A cleaned cell: markup stripped, entities decoded, white space collapsed. */
export interface Cell {
  /** Paragraphs (from <p>, <br>), each non-empty and trimmed. Empty array = empty cell. */
  paragraphs: string[];
}

export interface ParsedRow {
  file: string;
  /** 1-based line of the row itself. */
  line: number;
  /** Every line that contributed (the row, plus continuation lines after a page break). */
  lines: number[];
  /** Values after carry-down of merged cells and after continuation appends. */
  cells: Record<Column, Cell>;
  /** Actions: one per paragraph of the AZIONI cell. */
  actions: string[];
  /** Organism names as written, split on , ; and paragraphs (not inside quotes or parentheses). */
  organisms: string[];
  /** Extra columns, keyed by the header text as written (cleaned); paragraphs joined by "\n". */
  extra: Record<string, string>;
  /** Names in `organisms` that a page-break continuation joined from two halves, with
   *  the line it came from: one name cut in two, or two names that lost their comma. */
  namesAcrossBreaks?: Array<NameAcrossBreak & { line: number }>;
}

export interface DocumentMeta {
  /** e.g. "Documento Unico di Programmazione 2022/2024". */
  title?: string;
  /** e.g. "2022/2024" (also when written 2022-2024). */
  edition?: string;
  /** "Nota di aggiornamento" when the document says it is one. */
  update?: string;
  /** e.g. "Sezione Operativa (SeO) – 1.6 Obiettivi gestionali degli organismi partecipati". */
  section?: string;
  /** Title lines as cleaned text (decorations such as `## **…**` removed), in order;
   *  page footers ("pag. 212", bare page numbers) are left out. */
  titleLines: string[];
}

/** Line number → original text, for the lines taken as rows or continuations
 *  (a Map is one; the parser's reads them off the document's lines, see raw-lines.ts). */
export interface RawLines {
  get(line: number): string | undefined;
  /** Line numbers, ascending. */
  keys(): IterableIterator<number>;
  /** [line, text] pairs, by ascending line. */
  entries(): IterableIterator<[number, string]>;
}

export interface ParsedDocument {
  file: string;
  sha256: string;
  meta: DocumentMeta;
  rows: ParsedRow[];
  /** One entry per input line (index 0 = line 1). */
  lineKinds: LineKind[];
  /** Original text of every row and continuation line, by line number. */
  rawLines: RawLines;
  /** Header texts of the extra columns, in order. */
  extraColumns: string[];
  diagnostics: Diagnostic[];
}
