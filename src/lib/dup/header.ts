/**
 * Header recognition: a line is the table's header when its cells name the columns.
 * Names are compared by their words, after the match key (case, accents, spacing) and
 * with Italian plurals brought to the singular, so "AMBITI STRATEGICI", "Ambito strategico"
 * and "ambito" all name the area column. Columns are then mapped by name, in any order;
 * cells that name no known column are extra columns, kept as row attributes.
 */
import { COLUMNS, type Column } from './types';
import { matchKey } from './match-key';
import { cleanText } from './text';

export interface Header {
  /** 1-based line of the header. */
  line: number;
  /** Number of cells a row under this header must have. */
  width: number;
  /** For each cell position: the column it holds, or null for an extra column. */
  columns: Array<Column | null>;
  /** For each cell position: the extra column's name (as written, cleaned), or null. */
  extras: Array<string | null>;
  /** Known columns the header does not have. */
  missing: Column[];
  /** Known columns named twice: the second one is kept as an extra column. */
  duplicated: Column[];
  /** 0-based positions of cells with no name (kept as extra columns named `#n`). */
  unnamed: number[];
}

/** Plural and feminine forms to the singular the rules below test for. */
const LEMMA: Record<string, string> = {
  ambiti: 'ambito', aree: 'area', obiettivi: 'obiettivo',
  strategici: 'strategico', strategica: 'strategico', strategiche: 'strategico',
  operativi: 'operativo', operativa: 'operativo', operative: 'operativo',
  gestionali: 'gestionale', azioni: 'azione', organismi: 'organismo',
  partecipati: 'partecipato', partecipata: 'partecipato', partecipate: 'partecipato',
  assegnatari: 'assegnatario', assegnataria: 'assegnatario', assegnatarie: 'assegnatario',
  enti: 'ente', soggetti: 'soggetto', attuatori: 'attuatore', attuatrice: 'attuatore',
  coinvolti: 'coinvolto', coinvolta: 'coinvolto', coinvolte: 'coinvolto',
  indirizzi: 'indirizzo', linee: 'linea',
  // Abbreviations of a dense table's header ("Ob. strategico", "Obiett. gest."): after the
  // match key, "Ob." is the word "ob".
  ob: 'obiettivo', obb: 'obiettivo', obiett: 'obiettivo', strat: 'strategico', oper: 'operativo', gest: 'gestionale',
};
/** A letter numbering a column ("A. Ambito", "b) Obiettivo…"). Digits need no rule ("1." is a
 *  word of its own), but the match key joins an initial to the next word, as "F. Datini":
 *  "A. Ambito" would read "aambito". */
const LETTERED = /^\s*\(?[A-Za-z][.)]\s+/;
/** Column names are short; longer cells are data, never a column name. */
const MAX_NAME_LENGTH = 80;
const MAX_NAME_WORDS = 8;

function has(words: Set<string>, ...any: string[]): boolean {
  return any.some((w) => words.has(w));
}

/** The known column a header cell names, or null. */
export function columnOf(name: string): Column | null {
  if (name.length > MAX_NAME_LENGTH) return null;
  const list = matchKey(name.replace(LETTERED, '')).split(' ').filter((w) => w !== '');
  if (list.length === 0 || list.length > MAX_NAME_WORDS) return null;
  const w = new Set(list.map((x) => LEMMA[x] ?? x));
  if (w.has('obiettivo')) {
    if (w.has('strategico')) return 'strategic';
    if (w.has('operativo')) return 'operational';
    if (has(w, 'gestionale', 'gestione')) return 'management';
    return null;
  }
  if (has(w, 'organismo', 'partecipato', 'assegnatario')) return 'organisms';
  if (has(w, 'soggetto', 'ente') && has(w, 'attuatore', 'coinvolto')) return 'organisms';
  if (w.has('ambito') || (w.has('area') && (w.size === 1 || w.has('strategico')))) return 'area';
  if (has(w, 'indirizzo', 'linea') && w.has('strategico')) return 'strategic';
  if (has(w, 'azione', 'attivita')) return 'actions';
  return null;
}

// A header names an area, an objective and the organisms, each in a short cell. These words
// carry no accent past their first letter (no entity spells the rest), so raw cells must
// contain them once invisible characters are out: a test that rejects nearly every data
// row before any cleaning. "Àmbito" (and "&Agrave;mbito") is still an ambito: "mbit".
const MAY_NAME_AREA = /mbit|are[ae]/i;
const MAY_NAME_OBJECTIVE = /obiett|\bobb?\b|indirizz|line[ae]/i;
const MAY_NAME_ORGANISMS = /organism|partecipat|assegnatar|soggett|\bent[ei]\b/i;
const INVISIBLE = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const INVISIBLE_TEST = new RegExp(INVISIBLE.source);

function namesAllThree(cells: string[]): boolean {
  let area = false;
  let objective = false;
  let organisms = false;
  for (const cell of cells) {
    if (cell.length > 4 * MAX_NAME_LENGTH) continue;
    area ||= MAY_NAME_AREA.test(cell);
    objective ||= MAY_NAME_OBJECTIVE.test(cell);
    organisms ||= MAY_NAME_ORGANISMS.test(cell);
  }
  return area && objective && organisms;
}

/**
 * Whether a header split over raw lines `a` and `b` may be there: `a` has an objective word
 * (the objective names are the longest, so they wrap, their first word on the first line),
 * and the two lines hold an organisms and an area word between them. Each line is tested
 * alone: a joined copy of the two cost more than the tests.
 */
export function mayNameColumns(a: string, b: string, invisibleFree: boolean): boolean {
  if (!invisibleFree) {
    a = a.replace(INVISIBLE, '');
    b = b.replace(INVISIBLE, '');
  }
  return MAY_NAME_OBJECTIVE.test(a) && (MAY_NAME_ORGANISMS.test(a) || MAY_NAME_ORGANISMS.test(b)) &&
    (MAY_NAME_AREA.test(a) || MAY_NAME_AREA.test(b));
}

/** False when `text` (a whole document) has none of the invisible characters headers are
 *  read through: then no line of it needs testing for them. */
export function mayHoldInvisible(text: string | undefined): boolean {
  return text === undefined || INVISIBLE_TEST.test(text);
}

function mayBeHeader(rawCells: string[], rawLine: string, invisibleFree: boolean): boolean {
  // Every data row comes here. Without invisible characters, a header has an organisms
  // word in some cell, hence in its line (no pattern can span a tab): one test rejects
  // nearly every row. (One regular expression for both tests was slower, measured.)
  const invisible = !invisibleFree && INVISIBLE_TEST.test(rawLine);
  if (!invisible && !MAY_NAME_ORGANISMS.test(rawLine)) return false;
  if (namesAllThree(rawCells)) return true;
  return invisible && namesAllThree(rawCells.map((c) => c.replace(INVISIBLE, '')));
}

/**
 * The header these raw cells form, or null when they do not name the table's columns.
 * `rawLine` is the line the cells were split from (by tabs); `invisibleFree`, that the
 * document holds no invisible character (see mayHoldInvisible).
 */
export function recognizeHeader(
  rawCells: string[], line: number, rawLine: string = rawCells.join('\t'), invisibleFree = false,
): Header | null {
  if (rawCells.length < 3 || !mayBeHeader(rawCells, rawLine, invisibleFree)) return null;
  const names = rawCells.map(cleanText);
  // Trailing empty cells (a line ending in a tab) are an exporter's artefact, not columns.
  while (names.length > 0 && names[names.length - 1] === '') names.pop();
  const found = names.map(columnOf);
  const seen = new Set<Column>();
  const duplicated: Column[] = [];
  const columns = found.slice(0, names.length).map((c) => {
    if (c === null) return null;
    if (seen.has(c)) {
      duplicated.push(c);
      return null;
    }
    seen.add(c);
    return c;
  });
  const objective = seen.has('strategic') || seen.has('operational') || seen.has('management');
  if (!seen.has('area') || !objective || !seen.has('organisms')) return null;
  const unnamed: number[] = [];
  const taken = new Set<string>();
  const extras = columns.map((c, i) => {
    if (c !== null) return null;
    let name = names[i]!;
    if (name === '') {
      unnamed.push(i);
      name = `#${i + 1}`;
    }
    // Two extra columns with one name would overwrite each other's values.
    for (let n = 2; taken.has(name); n++) name = `${names[i] || `#${i + 1}`} (${n})`;
    taken.add(name);
    return name;
  });
  return {
    line,
    width: names.length,
    columns,
    extras,
    missing: COLUMNS.filter((c) => !seen.has(c)),
    duplicated,
    unnamed,
  };
}
