/**
 * CSV for spreadsheets: nodes with every measure, edges, and the organism ranking.
 * - UTF-8 with a BOM (Excel otherwise guesses a legacy code page), CRLF, RFC 4180 quoting.
 * - `comma`: numbers with a '.' decimal point (international, R, pandas).
 *   `semicolon`: numbers with a ',' decimal comma, as a spreadsheet set to Italian expects.
 * - Formula-injection guard: a text cell starting with = + - @ (or tab / CR) is prefixed
 *   with an apostrophe, so document text can never run as a formula (OWASP's advice).
 *   Numeric cells are written as numbers and never guarded.
 */
import type { PlanIndex } from '../model/plan-index';
import { LOAD_LEVELS, METRIC_IDS, type PayloadNode } from '../types';
import { nodeAttributeSpecs, type AttrValue } from './attributes';
import type { CsvSeparator, CsvTable, Scope } from './types';

export const BOM = '\uFEFF';
const EOL = '\r\n';

export function separatorChar(sep: CsvSeparator): string {
  return sep === 'semicolon' ? ';' : ',';
}

export function csvCell(value: AttrValue | null, sep: CsvSeparator): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    const s = Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12)));
    return sep === 'semicolon' ? s.replace('.', ',') : s;
  }
  let s = typeof value === 'boolean' ? (value ? 'true' : 'false') : value;
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  const needsQuotes = s.includes(separatorChar(sep)) || /["\r\n]/.test(s) || /^\s|\s$/.test(s);
  return needsQuotes ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvTable(header: string[], rows: AttrValue[][], sep: CsvSeparator): string {
  const c = separatorChar(sep);
  const lines = [header, ...rows].map((r) => r.map((v) => csvCell(v, sep)).join(c));
  return BOM + lines.join(EOL) + EOL;
}

export function nodesCsv(index: PlanIndex, scope: Scope, sep: CsvSeparator): string {
  const specs = nodeAttributeSpecs(index);
  return csvTable(
    ['id', ...specs.map((s) => s.name)],
    scope.nodes.map((n) => [n.id, ...specs.map((s) => s.get(n, index))]),
    sep,
  );
}

export function edgesCsv(index: PlanIndex, scope: Scope, sep: CsvSeparator): string {
  return csvTable(
    ['id', 'source', 'target', 'kind', 'source_label', 'target_label', 'sources'],
    scope.edges.map((e) => [
      e.id,
      e.source,
      e.target,
      e.kind,
      index.node(e.source)?.label,
      index.node(e.target)?.label,
      e.sources.map((s) => `${s.file}:${s.line}`).join('; '),
    ]),
    sep,
  );
}

/** Organisms of the scope by their rank in the plan (1 = carries the most management objectives). */
export function rankingCsv(index: PlanIndex, scope: Scope, sep: CsvSeparator): string {
  const organisms = scope.nodes
    .filter((n): n is PayloadNode & { load: NonNullable<PayloadNode['load']> } => n.kind === 'organism' && !!n.load)
    .sort((a, b) => a.load.rank - b.load.rank || a.label.localeCompare(b.label, 'it'));
  return csvTable(
    ['rank', 'id', 'label', 'canonical_name', ...LOAD_LEVELS.map((l) => `load_${l}`), 'load_share', ...METRIC_IDS],
    organisms.map((n) => [
      n.load.rank,
      n.id,
      n.label,
      n.organism?.canonical,
      ...LOAD_LEVELS.map((l) => n.load[l]),
      n.load.share,
      ...METRIC_IDS.map((m) => n.metrics[m]),
    ]),
    sep,
  );
}

export const CSV_TABLES: Record<CsvTable, (index: PlanIndex, scope: Scope, sep: CsvSeparator) => string> = {
  nodes: nodesCsv,
  edges: edgesCsv,
  ranking: rankingCsv,
};

/** Companion file names: the nodes file is the name given; the others add -edges / -ranking before .csv. */
export function csvCompanionName(fileName: string, table: CsvTable): string {
  if (table === 'nodes') return fileName;
  const base = fileName.replace(/\.csv$/i, '');
  return `${base}-${table}.csv`;
}
