/**
 * The organism ranking: who carries the most of the plan, by level of objective or by a
 * network measure. Pure: (index, basis) → rows. Ties share a rank (competition ranking,
 * "1, 2, 2, 4"); their order is then by management objectives, actions and name, so the
 * list is the same on every screen.
 */
import { scaleLinear } from 'd3-scale';
import type { PlanIndex } from '../model/plan-index';
import { formatNumber, formatPercent, type Lang } from '../i18n/index';
import { LOAD_LEVELS, METRIC_IDS, type LoadLevel, type MetricId, type PayloadNode } from '../types';
import { isLoadLevel } from './measure';

/** What the ranking is ordered by: a level of objectives carried, or a network measure. */
export type RankBasis = LoadLevel | MetricId;
export const RANK_BASES: readonly RankBasis[] = [...LOAD_LEVELS, ...METRIC_IDS];
export const DEFAULT_BASIS: RankBasis = 'management_objective';

/** A sortable column of the ranking table: the name, the share, or any basis. */
export type RankColumn = 'label' | 'share' | RankBasis;
export type SortDirection = 'ascending' | 'descending';

export interface RankingRow {
  id: string;
  label: string;
  /** The value of the basis the ranking is ordered by. */
  value: number;
  /** 1-based competition rank by `value` among the rows. */
  rank: number;
  node: PayloadNode;
}

/** Value of a column for an organism; a missing measure (eigenvector not converged) is NaN. */
export function columnValue(node: PayloadNode, column: Exclude<RankColumn, 'label'>): number {
  if (column === 'share') return node.load?.share ?? 0;
  if (isLoadLevel(column)) return node.load?.[column] ?? 0;
  const v = node.metrics[column];
  return typeof v === 'number' ? v : NaN;
}

/** Organisms ranked by `basis`, highest first; only those in `visible` when it is given. */
export function rankingRows(index: PlanIndex, basis: RankBasis = DEFAULT_BASIS, visible?: Set<string>): RankingRow[] {
  const rows = index.byKind('organism').map((node) => ({ id: node.id, label: node.label, value: columnValue(node, basis), rank: 0, node }));
  rows.sort((a, b) => compareDesc(a.value, b.value) || tieBreak(a.node, b.node));
  // Ranked over the whole plan, then filtered: the values are the whole plan's (the load
  // is not recounted under a filter), and ranks renumbered among the rows shown ("5." for
  // the plan's 7th) beside them, or beside the details panel's "7° su 10", contradicted them.
  assignCompetitionRanks(rows);
  return visible ? rows.filter((r) => visible.has(r.id)) : rows;
}

/** Rows re-ordered by a table column; ranks are kept (they belong to the basis). */
export function sortRows(rows: readonly RankingRow[], column: RankColumn, direction: SortDirection): RankingRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (column === 'label') return sign * a.label.localeCompare(b.label, 'it', { sensitivity: 'base' });
    const va = columnValue(a.node, column);
    const vb = columnValue(b.node, column);
    // Missing values go last whichever way the column is sorted.
    if (Number.isNaN(va) !== Number.isNaN(vb)) return Number.isNaN(va) ? 1 : -1;
    return sign * ((va || 0) - (vb || 0)) || tieBreak(a.node, b.node);
  });
}

/** The direction a column takes on its first click: names A→Z, numbers largest first. */
export function defaultDirection(column: RankColumn): SortDirection {
  return column === 'label' ? 'ascending' : 'descending';
}

/** Bar widths in percent of the track, from 0 to the largest value (d3 linear scale). */
export function barWidths(rows: readonly RankingRow[]): Map<string, number> {
  const max = rows.reduce((m, r) => (Number.isFinite(r.value) && r.value > m ? r.value : m), 0);
  const scale = scaleLinear().domain([0, max || 1]).range([0, 100]).clamp(true);
  return new Map(rows.map((r) => [r.id, Number.isFinite(r.value) ? scale(r.value) : 0]));
}

/** Counts as integers, shares as percentages, centralities with three significant digits. */
export function formatColumnValue(lang: Lang, column: Exclude<RankColumn, 'label'> | 'load', value: number): string {
  if (Number.isNaN(value)) return '–';
  if (column === 'share') return formatPercent(lang, value);
  if (isLoadLevel(column) || column === 'degree' || column === 'load') return formatNumber(lang, value);
  // Eigenvector and PageRank of peripheral nodes fall to 1e-6 and below: a plain decimal would be all zeros.
  if (value !== 0 && Math.abs(value) < 0.001) return powerOfTen(lang, value);
  return formatNumber(lang, value, { maximumSignificantDigits: 3 });
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** "7,21 × 10⁻⁴" / "7.21 × 10⁻⁴": as people write it, where Intl's scientific notation gives "7,21E-4". */
function powerOfTen(lang: Lang, value: number): string {
  const exponent = Math.floor(Math.log10(Math.abs(value)));
  let mantissa = Number((value / 10 ** exponent).toPrecision(3));
  let power = exponent;
  // Rounding can carry the mantissa to 10 (9.996e-4 → 10.0): write it as 1 × 10 to the next power.
  if (Math.abs(mantissa) >= 10) {
    mantissa /= 10;
    power += 1;
  }
  const digits = [...String(Math.abs(power))].map((d) => SUPERSCRIPT[Number(d)]).join('');
  return `${formatNumber(lang, mantissa, { maximumSignificantDigits: 3 })} × 10${power < 0 ? '⁻' : ''}${digits}`;
}

/**
 * Competition rank of `value` among `values` (higher is better): 1 + how many are strictly
 * greater. Used for "2° su 10" in the details panel as well.
 */
export function competitionRank(values: readonly number[], value: number): number {
  let greater = 0;
  for (const v of values) if (v > value) greater++;
  return greater + 1;
}

function assignCompetitionRanks(rows: RankingRow[]): void {
  rows.forEach((r, i) => {
    const prev = rows[i - 1];
    r.rank = prev && sameValue(prev.value, r.value) ? prev.rank : i + 1;
  });
}

function sameValue(a: number, b: number): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

function compareDesc(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) === Number.isNaN(b) ? 0 : Number.isNaN(a) ? 1 : -1;
  return b - a;
}

function tieBreak(a: PayloadNode, b: PayloadNode): number {
  return (
    (b.load?.management_objective ?? 0) - (a.load?.management_objective ?? 0) ||
    (b.load?.action ?? 0) - (a.load?.action ?? 0) ||
    a.label.localeCompare(b.label, 'it', { sensitivity: 'base' }) ||
    a.id.localeCompare(b.id)
  );
}
