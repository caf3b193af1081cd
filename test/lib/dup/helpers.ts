/** Small builders for parser tests: documents as arrays of cells, and line-kind tallies. */
import { countLineKinds } from '../../../src/lib/dup/counts';
import type { ParsedDocument } from '../../../src/lib/dup/types';

export const SEED_HEADER = ['AMBITO STRATEGICO', 'OBIETTIVO STRATEGICO', 'OBIETTIVI OPERATIVI', 'OBIETTIVI GESTIONALI', 'AZIONI', 'ORGANISMI PARTECIPATI ASSEGNATARI'];

/** A document from lines given as strings (titles) or arrays of cells (tab-joined). */
export function doc(lines: Array<string | string[]>, eol = '\n'): string {
  return lines.map((l) => (Array.isArray(l) ? l.join('\t') : l)).join(eol);
}

export function kinds(d: ParsedDocument) {
  return countLineKinds(d.lineKinds);
}

export function codes(d: ParsedDocument, level?: string): string[] {
  return d.diagnostics.filter((x) => !level || x.level === level).map((x) => `${x.line}:${x.code}`);
}
