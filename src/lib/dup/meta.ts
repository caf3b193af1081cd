/**
 * Document metadata from the title lines around the table: the title (the DUP and its
 * edition), whether it is the "Nota di aggiornamento", and the section the table is in.
 * The DUP is a family of documents defined by law (D.Lgs. 118/2011), so its fixed names
 * are recognised whatever their case; anything else is kept as written.
 */
import type { DocumentMeta } from './types';
import { matchKey } from './match-key';

const FOOTERS = [
  /^(?:pag(?:ina|\.)?|p\.|page)\s*\d{1,5}(?:\s*(?:di|of|\/)\s*\d{1,5})?$/i,
  /^[-–—]?\s*\d{1,5}\s*[-–—]?$/,
  /^\d{1,5}\s*\/\s*\d{1,5}$/,
];
const EDITION = /(?<!\d)((?:19|20)\d\d)\s*[/\-–—]\s*((?:19|20)\d\d)(?!\d)/;
const NUMBERED_HEADING = /^\d{1,2}(?:\.\d{1,2})*\.?\s+\p{L}/u;
const DUP_NAME = 'Documento Unico di Programmazione';

/** Page numbers and "pag. 212" footers: title lines that are no metadata. */
export function isPageFooter(text: string): boolean {
  return FOOTERS.some((re) => re.test(text));
}

/** "2022/2024" from "2022-2024", "2022 – 2024"…, when the span is a plausible plan period. */
export function editionOf(text: string): string | undefined {
  const m = EDITION.exec(text);
  if (!m) return undefined;
  const span = Number(m[2]) - Number(m[1]);
  return span > 0 && span <= 10 ? `${m[1]}/${m[2]}` : undefined;
}

function sectionName(key: string): string | undefined {
  if (/\bsezione operativa\b/.test(key)) return 'Sezione Operativa (SeO)';
  if (/\bsezione strategica\b/.test(key)) return 'Sezione Strategica (SeS)';
  return undefined;
}

/**
 * Metadata from cleaned title lines (footers already left out). `beforeTable` are those
 * above the first header: the section is taken from them, as the table's own heading.
 */
export function readMeta(beforeTable: readonly string[], all: readonly string[]): DocumentMeta {
  const meta: DocumentMeta = { titleLines: [...all] };
  let part: string | undefined;
  let heading: string | undefined;
  for (const line of beforeTable.length > 0 ? beforeTable : all) {
    const key = matchKey(line);
    part ??= sectionName(key);
    if (NUMBERED_HEADING.test(line)) heading = line;
  }
  for (const line of all) {
    const key = matchKey(line);
    const isDup = key.includes('documento unico di programmazione') || /\bdup\b/.test(key);
    if (isDup && meta.title === undefined) {
      const edition = editionOf(line);
      if (edition) meta.edition = edition;
      meta.title = key.includes('documento unico di programmazione') ? `${DUP_NAME}${edition ? ` ${edition}` : ''}` : line;
    }
    if (meta.update === undefined && key.includes('nota di aggiornamento')) meta.update = 'Nota di aggiornamento';
  }
  if (meta.edition === undefined) {
    for (const line of all) {
      const edition = editionOf(line);
      if (edition) {
        meta.edition = edition;
        break;
      }
    }
  }
  if (meta.title === undefined) {
    meta.title = all.find((l) => !sectionName(matchKey(l)) && !NUMBERED_HEADING.test(l) && !matchKey(l).includes('nota di aggiornamento'));
    if (meta.title === undefined) delete meta.title;
  }
  const section = [part, heading].filter((s): s is string => s !== undefined).join(' – ');
  if (section !== '') meta.section = section;
  return meta;
}
