/**
 * Table rows: cell count, carry-down of merged cells, and continuation across page breaks.
 *
 * A row whose leading cells (ambito, obiettivo strategico, obiettivo operativo) are all
 * empty is one of two things:
 * - directly after a repeated header (only blank lines between), it is the rest of the
 *   previous page's last row, split by the page break: each non-empty cell is appended to
 *   the same cell of that row. A fragment that opens with a block tag (<p>, <br>, <li>…) adds
 *   new paragraphs (for AZIONI: new actions); otherwise its first paragraph continues the
 *   cell's last paragraph, joined by a space (the page cut a sentence: "…le possibili" +
 *   "interazioni"), and any further paragraphs follow as new ones;
 * - anywhere else, a row of its own: its empty leading cells, up to the first filled one
 *   and the management objective too, carry down from the row above, as when a merged cell
 *   is printed once. An empty cell after a filled one is an error.
 * Trailing cells beyond the header's are accepted when empty (an exporter's trailing tabs);
 * fewer cells than the header, or extra cells with text, reject the line.
 */
import type { Diagnostic, DiagnosticLevel, LineKind } from '../types';
import { COLUMNS, type Column, type ParsedRow } from './types';
import type { Header } from './header';
import { cleanParagraphs, startsWithParagraph } from './text';
import { OrganismLists, type OrganismList } from './organism-list';
import { actionsOf } from './action-list';
import { startsWithListMarker } from './list-marker';
import { nameAcrossBreak } from './organisms';
import { CellCleaner, LABEL, NO_EXTRA, appendParagraphs, chainsOf, cleanLine, isFilled, rawOf, type CleanLine } from './row-cells';

/** The cells that hold lists, one item per paragraph. */
const LISTS: ReadonlySet<Column> = new Set<Column>(['actions', 'organisms']);

export class TableAssembler {
  readonly rows: ParsedRow[] = [];
  readonly #cleaner = new CellCleaner();
  readonly #organisms = new OrganismLists();
  #lastRejected = false;
  /** chainsOf(header) for the header rows come under (worked out once per header). */
  #chainsHeader: Header | undefined;
  #chains: ReturnType<typeof chainsOf> | undefined;
  /** The last row's no-actions / no-organisms warnings: a continuation that fills the
   *  cell after the page break takes them back (the row was whole, only split). */
  #emptyWarnings: { row: ParsedRow; actions?: Diagnostic; organisms?: Diagnostic } | null = null;

  constructor(
    private readonly file: string,
    private readonly diagnostics: Diagnostic[],
  ) {}

  #report(level: DiagnosticLevel, code: string, line: number, message: string): Diagnostic {
    const d: Diagnostic = { level, code, file: this.file, line, message };
    this.diagnostics.push(d);
    return d;
  }

  #retract(d: Diagnostic | undefined): void {
    const at = d ? this.diagnostics.lastIndexOf(d) : -1;
    if (at >= 0) this.diagnostics.splice(at, 1);
  }

  #reject(code: string, line: number, message: string): LineKind {
    this.#report('error', code, line, message);
    this.#lastRejected = true;
    return 'rejected';
  }

  /** Accounts for one tab-separated line under `header`. */
  take(rawCells: string[], line: number, header: Header, afterRepeatedHeader: boolean): LineKind {
    if (rawCells.length !== header.width && rawCells.every((c) => cleanParagraphs(c).length === 0)) return 'blank';
    if (rawCells.length < header.width) {
      return this.#reject('wrong-cell-count', line,
        `expected ${header.width} tab-separated cells as in the header at line ${header.line}, found ${rawCells.length}`);
    }
    for (let i = header.width; i < rawCells.length; i++) {
      if (cleanParagraphs(rawCells[i]!).length > 0) {
        return this.#reject('wrong-cell-count', line,
          `expected ${header.width} tab-separated cells as in the header at line ${header.line}, found ${rawCells.length} (cell ${i + 1} has text)`);
      }
    }
    const clean = cleanLine(rawCells, header, this.#cleaner);
    if (!isFilled(clean)) return 'blank';
    const last = this.rows[this.rows.length - 1];
    if (this.#chainsHeader !== header) {
      this.#chainsHeader = header;
      this.#chains = chainsOf(header);
    }
    const { leading, chain } = this.#chains!;
    let leadingEmpty = true;
    for (let k = 0; k < leading.length && leadingEmpty; k++) leadingEmpty = clean.cells[leading[k]!].paragraphs.length === 0;
    if (leadingEmpty && afterRepeatedHeader && last) {
      if (this.#lastRejected) {
        this.#report('warning', 'continue-after-rejected', line,
          `continues the row at line ${last.line}, but the table line before this page break was rejected: check it belongs there`);
      }
      this.#continue(last, clean, line);
      this.#lastRejected = false;
      return 'continuation';
    }
    const carried = this.#carryDown(clean, chain, last, line);
    if (carried !== null) return carried;
    this.rows.push(this.#row(clean, header, line));
    this.#lastRejected = false;
    return 'row';
  }

  /** Fills empty leading cells from the row above; returns 'rejected' when it cannot. */
  #carryDown(clean: CleanLine, chain: readonly Column[], last: ParsedRow | undefined, line: number): LineKind | null {
    let first = 0;
    while (first < chain.length && clean.cells[chain[first]!].paragraphs.length === 0) first++;
    if (first > 0) {
      if (!last) {
        return this.#reject('empty-required-cell', line,
          `empty ${LABEL[chain[0]!]} and no row above to take it from`);
      }
      if (this.#lastRejected) {
        this.#report('warning', 'carry-after-rejected', line,
          `empty cells taken from the row at line ${last.line}, but the table line before this one was rejected: check they belong there`);
      }
      for (let j = 0; j < first; j++) clean.cells[chain[j]!] = last.cells[chain[j]!];
    }
    let gap: Column | undefined;
    for (let j = first + 1; j < chain.length && !gap; j++) if (clean.cells[chain[j]!].paragraphs.length === 0) gap = chain[j];
    if (gap) return this.#reject('empty-required-cell', line, `empty ${LABEL[gap]} under a filled ${LABEL[chain[first]!]}`);
    return null;
  }

  #row(clean: CleanLine, header: Header, line: number): ParsedRow {
    let extra: Record<string, string> = NO_EXTRA;
    if (clean.extra !== NO_EXTRA) {
      extra = Object.create(null) as Record<string, string>;
      for (const [name, value] of Object.entries(clean.extra)) extra[name] = value.text;
    }
    const row: ParsedRow = {
      file: this.file, line, lines: [line], cells: clean.cells,
      actions: [], organisms: [], extra,
    };
    const organisms = this.#derive(row, true);
    let noActions: Diagnostic | undefined;
    let noOrganisms: Diagnostic | undefined;
    if (!header.missing.includes('actions') && row.actions.length === 0) {
      const how = row.cells.actions.paragraphs.length === 0 ? 'is empty' : `only says there is none ("${row.cells.actions.paragraphs[0]}")`;
      noActions = this.#report('warning', 'no-actions', line, `the AZIONI cell ${how}: the organisms are assigned to no action`);
    }
    // A cell that only says "tutte le partecipate" gets the one warning that says so.
    if (organisms.all.length > 0) this.#reportAll(line, organisms.all, row.organisms.length);
    else if (row.organisms.length === 0) {
      const none = row.cells.organisms.paragraphs.length === 0 ? '' : ` (the cell only says there is none: "${row.cells.organisms.paragraphs[0]}")`;
      noOrganisms = this.#report('warning', 'no-organisms', line, `no organism is assigned on this row${none}`);
    }
    this.#emptyWarnings = noActions || noOrganisms ? { row, actions: noActions, organisms: noOrganisms } : null;
    return row;
  }

  /** Actions and organisms from the row's cells (again after a continuation); the organism list they came from. */
  #derive(row: ParsedRow, report: boolean): OrganismList {
    // Shared with the cell, and the organisms with other rows: rows are read-only once parsed.
    row.actions = actionsOf(row.cells.actions.paragraphs);
    const list = this.#organisms.of(row.cells.organisms.paragraphs);
    if (report) {
      for (const name of list.repeated) this.#report('info', 'duplicate-organism', row.line, `"${name}" is named twice on this row; counted once`);
    }
    row.organisms = list.names;
    return list;
  }

  /** The organisms cell names all organisms ("tutte le partecipate") rather than any one: say what the row's actions go to. */
  #reportAll(line: number, phrases: readonly string[], named: number): void {
    const quoted = phrases.map((p) => `"${p}"`).join(', ');
    const what = phrases.length === 1 ? 'which names' : 'which name';
    const goes = named === 0 ? 'to no organism' : `only to the ${named === 1 ? 'organism' : `${named} organisms`} named`;
    this.#report('warning', 'organisms-all', line,
      `the organisms cell says ${quoted}, ${what} all organisms (or a group) rather than any one: no organism is made of it, and the row's actions are assigned ${goes}`);
  }

  #continue(last: ParsedRow, clean: CleanLine, line: number): void {
    const appended: string[] = [];
    const allBefore = this.#organisms.of(last.cells.organisms.paragraphs).all;
    for (const column of COLUMNS) {
      const fragment = clean.cells[column].paragraphs;
      if (fragment.length === 0) continue;
      const before = last.cells[column];
      // A fragment that opens with a bullet or a number is the list's next item, not the
      // rest of the last one's sentence ("Az" + "• seconda" was the action "Az • seconda").
      const newParagraph = startsWithParagraph(rawOf(clean, column)) || (LISTS.has(column) && startsWithListMarker(fragment[0]!));
      const after = appendParagraphs(before.paragraphs, fragment, newParagraph);
      if (column === 'organisms' && !newParagraph && before.paragraphs.length > 0) {
        const across = nameAcrossBreak(before.paragraphs[before.paragraphs.length - 1]!, fragment[0]!);
        if (across) (last.namesAcrossBreaks ??= []).push({ ...across, line });
      }
      // A carried-down cell is one object shared with the rows above: the merged cell the
      // page break split. Update every row that shares it, not only the last one.
      for (let i = this.rows.length - 1; i >= 0 && this.rows[i]!.cells[column] === before; i--) {
        this.rows[i]!.cells[column] = { paragraphs: after };
      }
      appended.push(LABEL[column]);
    }
    for (const [name, value] of Object.entries(clean.extra)) {
      if (value.text === '') continue;
      // The row was read under a header without extra columns: it shares NO_EXTRA.
      if (last.extra === NO_EXTRA) last.extra = Object.create(null) as Record<string, string>;
      const before = last.extra[name];
      last.extra[name] = appendParagraphs(before ? before.split('\n') : [], value.text.split('\n'), startsWithParagraph(value.raw)).join('\n');
      appended.push(name);
    }
    last.lines.push(line);
    const { all } = this.#derive(last, false);
    const empty = this.#emptyWarnings;
    if (empty?.row === last) {
      if (last.actions.length > 0) this.#retract(empty.actions);
      if (last.organisms.length > 0) this.#retract(empty.organisms);
      if (all.length > 0 && allBefore.length === 0) this.#retract(empty.organisms);
    }
    this.#report('info', 'continued-row', line,
      `continues the row at line ${last.line} across a page break (appended to: ${appended.join(', ')})`);
    // A phrase for all organisms the continuation brought (or completed: "tutte le" + "partecipate").
    const added = all.filter((p) => !allBefore.some((b) => this.#organisms.key(b) === this.#organisms.key(p)));
    if (added.length > 0) this.#reportAll(line, added, last.organisms.length);
  }
}
