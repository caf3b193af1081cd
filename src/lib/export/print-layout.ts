/**
 * The print page as data: page size and orientation, title, legend, source line, date,
 * the picture's plan, and the table of the scope (kind, text, ambito, load) in document
 * hierarchy order. PrintLayout.svelte only renders this; @page rules use `page.css`.
 */
import { formatDate, formatNumber, translate, type Lang, type MessageKey } from '../i18n';
import { KIND_ORDER, type PlanIndex } from '../model/plan-index';
import { measureValue } from '../view/measure';
import { PRINT_PRESETS } from './png-plan';
import type { Decorations, LegendEntry, PrintPreset, Scope } from './types';

export const PRINT_TABLE_LIMIT = 500;

export interface PrintRow {
  id: string;
  kind: string;
  label: string;
  ambito: string;
  load: string;
}

export interface PrintModel {
  preset: PrintPreset;
  /** CSS for @page, e.g. "A4 landscape". */
  pageCss: string;
  mm: [number, number];
  title: string | null;
  source: string | null;
  date: string;
  legend: LegendEntry[];
  alt: string;
  rows: PrintRow[];
  /** Rows left out past PRINT_TABLE_LIMIT (0 when the table is complete). */
  more: number;
}

export function printModel(
  lang: Lang,
  index: PlanIndex,
  scope: Scope,
  preset: PrintPreset,
  decorations: Decorations,
  date: Date = new Date(),
): PrintModel {
  const ordered = [...scope.nodes].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  const rows = ordered.slice(0, PRINT_TABLE_LIMIT).map((n) => ({
    id: n.id,
    kind: translate(lang, `kind.${n.kind}` as MessageKey),
    label: n.label,
    ambito: n.kind === 'area' ? '' : (n.areas.map((a) => index.node(a)?.label ?? a).join(' · ')),
    load: formatNumber(lang, measureValue(index, n, 'load')),
  }));
  return {
    preset,
    pageCss: `${preset.toUpperCase()} landscape`,
    mm: PRINT_PRESETS[preset].mm,
    title: decorations.title,
    source: decorations.source,
    date: translate(lang, 'export.print.date', { date: formatDate(lang, date) }),
    legend: decorations.legend,
    alt: decorations.alt,
    rows,
    more: Math.max(0, ordered.length - PRINT_TABLE_LIMIT),
  };
}
