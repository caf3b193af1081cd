/**
 * What a picture carries besides the graph: title, legend of the kinds and ambiti it
 * shows, the source line from payload.meta.citation, and an alternative text (what it
 * shows, counts, top organisms). Shared by SVG, PNG and print so they always agree.
 */
import { translate, type Lang, type MessageKey } from '../i18n';
import { KIND_ORDER, type PlanIndex } from '../model/plan-index';
import { NODE_KINDS, type PayloadNode } from '../types';
import { areaStyles } from '../view/palette';
import { KIND_SHAPES } from '../view/shapes';
import type { Decorations, LegendEntry, Scope } from './types';
import { countOf } from '../tour/words';

export function legendEntries(lang: Lang, index: PlanIndex, scope: Scope): LegendEntry[] {
  const kinds = new Set(scope.nodes.map((n) => n.kind));
  const out: LegendEntry[] = NODE_KINDS.filter((k) => kinds.has(k)).map((kind) => ({
    type: 'kind',
    kind,
    shape: KIND_SHAPES[kind],
    label: translate(lang, `kind.${kind}` as MessageKey),
  }));
  const areasShown = new Set(scope.nodes.flatMap((n) => n.areas));
  for (const [areaId, style] of areaStyles(index.payload)) {
    if (!areasShown.has(areaId)) continue;
    out.push({ type: 'area', areaId, color: style.color, pattern: style.pattern, index: style.index, label: index.node(areaId)?.label ?? areaId });
  }
  return out;
}

export function sourceLine(lang: Lang, index: PlanIndex): string {
  return translate(lang, 'export.source', { citation: index.payload.meta.citation });
}

/** Organisms of the scope that carry the most management objectives (plan-wide load). */
export function topOrganisms(scope: Scope, n = 3): PayloadNode[] {
  return scope.nodes
    .filter((x) => x.kind === 'organism')
    .sort(
      (a, b) =>
        (b.load?.management_objective ?? 0) - (a.load?.management_objective ?? 0) ||
        (a.load?.rank ?? Infinity) - (b.load?.rank ?? Infinity) ||
        a.label.localeCompare(b.label, 'it'),
    )
    .slice(0, n);
}

export function altText(lang: Lang, index: PlanIndex, scope: Scope, focusId?: string | null): string {
  const t = (k: MessageKey, p?: Record<string, string | number>) => translate(lang, k, p);
  // "What is on the canvas" with nothing filtered out is the whole graph: not "filtered".
  const whole = scope.kind === 'visible' && scope.nodes.length === index.payload.nodes.length && scope.edges.length === index.payload.edges.length;
  const parts = [
    t('export.alt.intro', {
      what: t(`export.alt.${whole ? 'all' : scope.kind}` as MessageKey),
      title: index.payload.meta.title,
      nodes: scope.nodes.length,
      edges: scope.edges.length,
    }),
  ];
  const focus = focusId ? index.node(focusId) : undefined;
  if (focus && scope.kind === 'focus') parts.push(t('export.alt.focusOn', { label: focus.label }));
  const counts = NODE_KINDS.map((k) => [k, scope.nodes.filter((n) => n.kind === k).length] as const)
    .filter(([, c]) => c > 0)
    .sort((a, b) => KIND_ORDER[a[0]] - KIND_ORDER[b[0]])
    .map(([k, c]) => countOf(lang, k, c));
  if (counts.length) parts.push(t('export.alt.counts', { list: counts.join(', ') }));
  const top = topOrganisms(scope);
  parts.push(
    top.length
      ? t('export.alt.top', {
          list: top.map((o) => `${o.organism?.short ?? o.label} (${o.load?.management_objective ?? 0})`).join(', '),
        })
      : t('export.alt.noOrganisms'),
  );
  return parts.join(' ');
}

export interface DecorationChoice {
  /** Title, legend and source line (on by default). */
  include: boolean;
  focusId?: string | null;
}

export function buildDecorations(lang: Lang, index: PlanIndex, scope: Scope, choice: DecorationChoice = { include: true }): Decorations {
  return {
    title: choice.include ? index.payload.meta.title : null,
    source: choice.include ? sourceLine(lang, index) : null,
    legend: choice.include ? legendEntries(lang, index, scope) : [],
    alt: altText(lang, index, scope, choice.focusId),
  };
}
