/**
 * DUP document → rows. Every input line is accounted for as exactly one LineKind; every
 * problem with a line is a Diagnostic with file and line; only a document that cannot be
 * read as a table at all (empty, binary, no header) throws a ParseError.
 */
import type { Diagnostic, LineKind } from '../types';
import type { ParsedDocument } from './types';
import { ParseError } from './errors';
import { readLines, type Sha256 } from './lines';
import { mayHoldInvisible, recognizeHeader, type Header } from './header';
import { cleanText, cleanTitle } from './text';
import { isPageFooter, readMeta } from './meta';
import { TableAssembler } from './rows';
import { twoLineHeader } from './two-line-header';
import { DocumentRawLines } from './raw-lines';

const COLUMN_WORDS: Record<string, string> = {
  area: 'ambito strategico', strategic: 'obiettivo strategico', operational: 'obiettivo operativo',
  management: 'obiettivo gestionale', actions: 'azioni', organisms: 'organismi partecipati',
};

/** Longest tabbed line tested for a page footer in its cells. */
const MAX_FOOTER_LINE = 48;

/** True when the line's only text is a page footer ("pag. 212", "- 12 -"). */
function isFooterLine(cells: readonly string[]): boolean {
  const texts = cells.map(cleanText).filter((t) => t !== '');
  return texts.length === 1 && isPageFooter(texts[0]!);
}

/** The cells of a line that repeats the header (never read: the header is). */
const NO_CELLS: string[] = [];

function sameMapping(a: Header, b: Header): boolean {
  return a.width === b.width && a.columns.every((c, i) => c === b.columns[i] && a.extras[i] === b.extras[i]);
}

/** The header `h` again, repeated at `line`. */
function sameHeaderAt(h: Header | null, line: number): Header | null {
  // Field by field, in Header's order: a spread cost several µs, once per page (profiled).
  if (h === null) return null;
  return { line, width: h.width, columns: h.columns, extras: h.extras, missing: h.missing, duplicated: h.duplicated, unnamed: h.unnamed };
}

function headerDiagnostics(h: Header, file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const warn = (code: string, message: string) => out.push({ level: 'warning', code, file, line: h.line, message });
  // An error, not a warning: the graph has a node kind per column, and every row would lose
  // what lies below the missing level (all its actions and organisms), leaving a plan
  // with nobody assigned and an exit code that said all was well.
  if (h.missing.length > 0) {
    out.push({
      level: 'error', code: 'missing-column', file, line: h.line,
      message: `the header has no column for: ${h.missing.map((c) => COLUMN_WORDS[c]).join(', ')} ` +
        '(every level is needed: ambito, obiettivo strategico, operativo, gestionale, azioni, organismi partecipati)',
    });
  }
  for (const c of h.duplicated) warn('duplicate-column', `a second column names ${COLUMN_WORDS[c]}: kept as an extra column`);
  for (const i of h.unnamed) warn('unnamed-column', `column ${i + 1} has no name: kept as extra column "#${i + 1}"`);
  return out;
}

/**
 * Parses a DUP table. `input` is the file's bytes (checked for UTF-8 line by line) or its
 * decoded text; `file` is the name diagnostics and provenance carry; `options.sha256`
 * replaces the built-in digest of the input (same result, e.g. node:crypto's).
 */
export function parseDocument(input: string | Uint8Array, file: string, options: { sha256?: Sha256 } = {}): ParsedDocument {
  const source = readLines(input, file, options.sha256);
  const { lines } = source;
  const lineKinds = new Array<LineKind>(lines.length);
  const diagnostics: Diagnostic[] = [];
  const invalid = new Set(source.invalidUtf8);
  const table = new TableAssembler(file, diagnostics);
  const titlesBefore: string[] = [];
  const titles: string[] = [];
  const extraColumns: string[] = [];
  let header: Header | null = null;
  let headerLine = '';
  // The header's second line, when the extractor wrote it on two (two-line-header.ts).
  let headerNext: string | undefined;
  const invisibleFree = !mayHoldInvisible(source.text);
  let firstTabbed = 0;
  // True while only blank lines separate us from a header that follows taken rows.
  let afterRepeatedHeader = false;

  for (let i = 0; i < lines.length; i++) {
    const n = i + 1;
    const raw = lines[i]!;
    if (invalid.has(i)) {
      lineKinds[i] = 'rejected';
      diagnostics.push({ level: 'error', code: 'invalid-utf8', file, line: n, message: 'the line is not valid UTF-8 text: save the document as UTF-8' });
      afterRepeatedHeader = false;
      continue;
    }
    if (!raw.includes('\t')) {
      const text = cleanTitle(raw);
      if (text === '') {
        lineKinds[i] = 'blank';
        continue;
      }
      lineKinds[i] = 'title';
      afterRepeatedHeader = false;
      if (isPageFooter(text)) continue;
      titles.push(text);
      if (header === null) titlesBefore.push(text);
      continue;
    }
    firstTabbed ||= n;
    // The header repeats on every page, usually byte for byte: recognised once (and its
    // cells not even split).
    const repeated = raw === headerLine && (headerNext === undefined || lines[i + 1] === headerNext);
    const cells = repeated ? NO_CELLS : raw.split('\t');
    let found: Header | null = repeated ? sameHeaderAt(header, n) : recognizeHeader(cells, n, raw, invisibleFree);
    let second: string | undefined;
    // (Not when the next line is the header in force: the last row of a page.)
    if (!repeated && (found === null || found.missing.length > 0) && lines[i + 1] !== headerLine) {
      const two = twoLineHeader(cells, raw, lines[i + 1], n, found, invisibleFree);
      if (two !== null) {
        found = two;
        second = lines[i + 1];
      }
    }
    // A later header naming fewer of the six columns than the one in force is a data row
    // whose short cells happen to read as column names ("Ambito…", "…partecipate"): taken
    // for a header, it re-mapped every row below it and lost their data.
    if (found && header !== null && !repeated && found.missing.length > header.missing.length) found = null;
    if (found) {
      lineKinds[i] = 'header';
      if (repeated ? headerNext !== undefined : second !== undefined) lineKinds[++i] = 'header';
      if (header === null || !sameMapping(header, found)) {
        if (second !== undefined) {
          diagnostics.push({ level: 'info', code: 'header-two-lines', file, line: n, message: `the column names are split between lines ${n} and ${n + 1}: read together, cell by cell` });
        }
        diagnostics.push(...headerDiagnostics(found, file));
        if (header !== null) {
          diagnostics.push({ level: 'info', code: 'header-remapped', file, line: n, message: `the columns differ from the header at line ${header.line}: rows below are read by this header` });
        }
      }
      for (const name of found.extras) if (name !== null && !extraColumns.includes(name)) extraColumns.push(name);
      header = found;
      headerLine = raw;
      if (!repeated) headerNext = second;
      afterRepeatedHeader = table.rows.length > 0;
      continue;
    }
    if (header === null) {
      const text = cells.map(cleanText).filter((t) => t !== '').join(' ');
      lineKinds[i] = text === '' ? 'blank' : 'title';
      if (text !== '') {
        diagnostics.push({ level: 'warning', code: 'cells-before-header', file, line: n, message: 'a line with cells before any table header: read as a title' });
        titles.push(text);
        titlesBefore.push(text);
      }
      continue;
    }
    // A page footer the extractor wrote into the table's cells ("pag. 212\t", or in the
    // gestionale column): a footer, not a row. Footers are short: long lines skip the test.
    if (raw.length <= MAX_FOOTER_LINE && isFooterLine(cells)) {
      lineKinds[i] = 'title';
      afterRepeatedHeader = false;
      continue;
    }
    const kind = table.take(cells, n, header, afterRepeatedHeader);
    lineKinds[i] = kind;
    if (kind !== 'blank') afterRepeatedHeader = false;
  }

  if (header === null) {
    if (invalid.size > 0) {
      // The lines that are not UTF-8 were never read for cells: say why, not "no cells".
      const first = source.invalidUtf8[0]! + 1;
      throw new ParseError(file, first, 'no-header',
        `no table header found; ${invalid.size} line(s) are not valid UTF-8 (the first is line ${first}): save the document as UTF-8`);
    }
    const hint = firstTabbed
      ? `; line ${firstTabbed} has cells, but they do not name the columns (an ambito, an obiettivo and the organismi partecipati at least)`
      : '; no line has tab-separated cells';
    throw new ParseError(file, firstTabbed || 1, 'no-header', `no table header found${hint}`);
  }

  return {
    file,
    sha256: source.sha256,
    meta: readMeta(titlesBefore, titles),
    rows: table.rows,
    lineKinds,
    rawLines: new DocumentRawLines(lines, lineKinds),
    extraColumns,
    diagnostics,
  };
}
