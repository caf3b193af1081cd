/**
 * What the Download button does for each format: build the bytes and the file name from
 * the dialog's choice. Kept out of the component so the component only lays out choices.
 */
import { buildDecorations } from '../../lib/export/decorations';
import { DATA_FORMAT_SPECS } from '../../lib/export/data-formats';
import { csvCompanionName } from '../../lib/export/csv';
import { exportFileName } from '../../lib/export/file-name';
import { legendText } from '../../lib/export/legend-layout';
import { planPng, type PngRequest } from '../../lib/export/png-plan';
import { printModel } from '../../lib/export/print-layout';
import { writeSvg } from '../../lib/export/svg';
import { sceneRegion } from '../../lib/export/svg-geometry';
import type { CsvSeparator, CsvTable, ExportFormat, ExportSource, PngPlan, PrintPreset, Scope } from '../../lib/export/types';
import { translate, type Lang } from '../../lib/i18n';
import { ringBands, ringKeyLine } from '../../lib/view/ring-key';
import type { PlanIndex } from '../../lib/model/plan-index';
import { printPage } from './print';

export interface ExportChoice {
  format: ExportFormat;
  scope: Scope;
  focusId: string | null;
  decorations: boolean;
  png: Omit<PngRequest, 'decorations'>;
  preset: PrintPreset;
  sep: CsvSeparator;
  table: CsvTable;
  /** In the Radiale view: what its rings measure and how values are written, for the legend's key. */
  ringKey?: { name: string; format: (value: number) => string } | null;
}

export interface ExportFile {
  blob: Blob;
  name: string;
}

const ids = (scope: Scope) => new Set(scope.nodes.map((n) => n.id));

/** `source`: where the picture comes from; its rings (the Radiale view) get a line in the legend. */
export function decorationsFor(lang: Lang, index: PlanIndex, c: ExportChoice, source?: ExportSource | null) {
  const d = buildDecorations(lang, index, c.scope, { include: c.decorations, focusId: c.focusId });
  const rings = c.decorations && c.ringKey ? source?.rings?.(ids(c.scope)) : undefined;
  if (rings?.length && c.ringKey) {
    const key = ringKeyLine(ringBands(rings, c.ringKey.format));
    d.legend.push({ type: 'rings', label: `${translate(lang, 'explorer.rings.title', { measure: c.ringKey.name })}: ${key}` });
  }
  return d;
}

/** The plan the PNG (or SVG, at 1×) will follow; throws ExportError on an empty scope or bad width. */
export function planFor(lang: Lang, index: PlanIndex, source: ExportSource, c: ExportChoice, png = true): PngPlan {
  const d = decorationsFor(lang, index, c, source);
  const req: PngRequest = png ? { ...c.png, decorations: null } : { size: { mode: 'scale', scale: 1 }, full: true, background: c.png.background, decorations: null };
  req.decorations = c.decorations ? { title: !!d.title, source: !!d.source, legend: d.legend.map(legendText) } : null;
  return planPng(req, source.extent(ids(c.scope), req.full));
}

export async function buildFile(lang: Lang, index: PlanIndex, source: ExportSource | null, c: ExportChoice, date = new Date()): Promise<ExportFile> {
  const slug = index.payload.meta.slug;
  if (c.format === 'png' || c.format === 'svg') {
    if (!source) throw new Error('no picture source');
    const d = decorationsFor(lang, index, c, source);
    if (c.format === 'png') {
      const plan = planFor(lang, index, source, c);
      return { blob: await source.png(plan, ids(c.scope), d), name: exportFileName(slug, c.scope.token, 'png', date) };
    }
    const scene = source.scene(ids(c.scope));
    const svg = writeSvg({ scene, plan: planFor(lang, index, source, c, false), region: sceneRegion(scene), decorations: d });
    return { blob: new Blob([svg], { type: 'image/svg+xml' }), name: exportFileName(slug, c.scope.token, 'svg', date) };
  }
  if (c.format === 'print') throw new Error('print is not a file');
  const spec = DATA_FORMAT_SPECS[c.format];
  const positions = source?.positions(ids(c.scope));
  const text = spec.write(index, c.scope, { positions: positions?.size ? positions : undefined, sep: c.sep, table: c.table });
  const name = exportFileName(slug, c.scope.token, spec.ext, date);
  return { blob: new Blob([text], { type: spec.mime }), name: c.format === 'csv' ? csvCompanionName(name, c.table) : name };
}

/**
 * Builds the print page (scene, plan, picture: the steps that can fail) and returns what
 * prints it, so the dialog can report a failure while it is still open.
 */
export function preparePrint(lang: Lang, index: PlanIndex, source: ExportSource, c: ExportChoice): () => Promise<void> {
  const d = decorationsFor(lang, index, { ...c, decorations: true }, source);
  const scene = source.scene(ids(c.scope));
  const plan = planPng({ size: { mode: 'preset', preset: c.preset }, full: true, background: 'white', decorations: null }, source.extent(ids(c.scope), true));
  // The page prints title, legend and source as text; the picture carries only the graph.
  const svg = writeSvg({ scene, plan, region: sceneRegion(scene), decorations: { ...d, title: null, source: null, legend: [] } });
  const model = printModel(lang, index, c.scope, c.preset, c.decorations ? d : { ...d, title: null, source: null, legend: [] });
  return () => printPage(model, svg, lang);
}
