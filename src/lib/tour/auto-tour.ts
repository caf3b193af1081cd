/**
 * The tour Trama builds by itself from the data: an opening (document, edition, counts),
 * one step per ambito (its subtree lit), the organism ranking, one step per leading
 * organism (its chain across the ambiti) and a closing overview. Pure: (index, lang) → steps.
 */
import { formatPercent, formatRank, translate, type Lang } from '../i18n';
import type { PlanIndex } from '../model/plan-index';
import { EMPTY_FILTERS } from '../view/filters';
import { NODE_KINDS, type NodeKind, type PayloadNode } from '../types';
import { leadingOrganisms, managementLoad, managementRank, organismsByRank } from './leading';
import type { StepState, TourStep, TourView } from './types';
import { countOf, endSentence, listOf, listSome } from './words';

/** Captions stay readable from the back of a room: long lists are cut, the notes keep them whole. */
const CAPTION_LIST_MAX = 4;

/** The explorer state of an automatic step: the view, the node in the details panel, no filters. */
function state(view: TourView, selection: string | null = null): StepState {
  return { view, focus: null, selection, filters: { ...EMPTY_FILTERS } };
}

const labels = (nodes: Iterable<PayloadNode>) => [...nodes].map((n) => n.label);

function ofKind(index: PlanIndex, ids: Iterable<string>, kind: NodeKind): PayloadNode[] {
  const out: PayloadNode[] = [];
  for (const id of ids) {
    const n = index.node(id);
    if (n?.kind === kind) out.push(n);
  }
  return out;
}

function opening(index: PlanIndex, lang: Lang): TourStep {
  const { meta } = index.payload;
  const counts = NODE_KINDS.map((k) => countOf(lang, k, index.byKind(k).length));
  const parts = [meta.section, meta.edition && translate(lang, 'presenter.edition', { edition: meta.edition })];
  const intro = parts.filter(Boolean).join(' — ');
  const caption = (intro ? `${intro}. ` : '') + translate(lang, 'presenter.opening.counts', { counts: listOf(lang, counts) });
  const files = meta.sources.map((s) => s.file).join(', ');
  return {
    id: 'opening',
    kind: 'opening',
    title: meta.title,
    caption,
    notes: translate(lang, 'presenter.opening.notes', { citation: meta.citation, files, edges: meta.counts.edges }),
    light: [],
    fit: [],
    state: state('hierarchy'),
  };
}

function areaStep(index: PlanIndex, lang: Lang, area: PayloadNode, i: number, total: number): TourStep {
  const below = index.descendants(area.id);
  const strategic = ofKind(index, index.children(area.id), 'strategic_objective');
  const organisms = organismsByRank(index).filter((o) => below.has(o.id));
  const count = countOf(lang, 'strategic_objective', strategic.length);
  const objectives = endSentence(strategic.length ? `${count}: ${listSome(lang, labels(strategic), CAPTION_LIST_MAX)}` : count);
  const carried = organisms.length
    ? endSentence(translate(lang, 'presenter.area.carriedBy', { list: listSome(lang, labels(organisms), CAPTION_LIST_MAX) }))
    : translate(lang, 'presenter.area.carriedByNone');
  const figures = (['operational_objective', 'management_objective', 'action'] as const).map((k) =>
    countOf(lang, k, ofKind(index, below, k).length),
  );
  const lit = [area.id, ...below];
  return {
    id: area.id,
    kind: 'area',
    title: area.label,
    caption: `${translate(lang, 'presenter.area.position', { i, n: total })}. ${objectives} ${carried}`,
    notes: [
      translate(lang, 'presenter.area.figures', { figures: listOf(lang, figures) }),
      ...strategic.map((s) => `• ${s.label}`),
      translate(lang, 'presenter.area.carriedByAll', { list: listOf(lang, labels(organisms)) || '—' }),
    ].join('\n'),
    light: lit,
    fit: lit,
    state: state('hierarchy', area.id),
  };
}

function rankingLine(index: PlanIndex, lang: Lang, o: PayloadNode): string {
  const share = o.load ? ` (${formatPercent(lang, o.load.share)})` : '';
  return `${managementRank(index, o)}. ${o.label}: ${countOf(lang, 'management_objective', managementLoad(o))}${share}`;
}

function ranking(index: PlanIndex, lang: Lang, leading: PayloadNode[]): TourStep {
  const ranked = organismsByRank(index);
  const shown = ranked.slice(0, Math.max(leading.length, 1));
  const rest = ranked.length - shown.length;
  const caption = endSentence(
    shown.map((o) => rankingLine(index, lang, o)).join('; ') + (rest > 0 ? `; ${translate(lang, 'presenter.andMore', { n: rest })}` : ''),
  );
  const ids = ranked.map((o) => o.id);
  return {
    id: 'ranking',
    kind: 'ranking',
    title: translate(lang, 'presenter.ranking.title'),
    caption,
    notes: ranked.map((o) => rankingLine(index, lang, o)).join('\n'),
    light: ids,
    fit: ids,
    state: state('organisms'),
  };
}

function organismStep(index: PlanIndex, lang: Lang, o: PayloadNode, total: number): TourStep {
  const chain = [...index.chain(o.id).nodes];
  const areas = o.areas.map((a) => index.node(a)?.label ?? a);
  const rank = formatRank(lang, managementRank(index, o), total, translate(lang, 'kinds.organism'));
  const caption = endSentence(translate(lang, 'presenter.organism.caption', {
    rank,
    objectives: countOf(lang, 'management_objective', managementLoad(o)),
    share: formatPercent(lang, o.load?.share ?? 0),
    actions: countOf(lang, 'action', o.load?.action ?? ofKind(index, index.parents(o.id), 'action').length),
    areas: countOf(lang, 'area', areas.length),
    list: listSome(lang, areas, CAPTION_LIST_MAX),
  }));
  const sole = index.soleCarried(o.id).filter((n) => n.kind === 'management_objective');
  return {
    id: o.id,
    kind: 'organism',
    title: o.label,
    caption,
    notes: [
      translate(lang, 'presenter.organism.sole', { n: sole.length }),
      ...sole.map((n) => `• ${n.label}`),
    ].join('\n'),
    light: chain,
    fit: chain,
    state: state('hierarchy', o.id),
  };
}

function closing(index: PlanIndex, lang: Lang): TourStep {
  const c = (k: NodeKind) => countOf(lang, k, index.byKind(k).length);
  const carriers = index.byKind('organism').filter((o) => index.parents(o.id).length > 0);
  const assigned = carriers.length;
  // From the ambiti to who carries them: both ends lit and named, the plan between them dimmed.
  const lit = [...index.byKind('area').map((a) => a.id), ...carriers.map((o) => o.id)];
  return {
    id: 'closing',
    kind: 'closing',
    title: translate(lang, 'presenter.closing.title'),
    caption: translate(lang, 'presenter.closing.caption', {
      organisms: countOf(lang, 'organism', assigned),
      objectives: c('management_objective'),
      actions: c('action'),
      areas: c('area'),
    }),
    notes: index.payload.meta.citation,
    light: lit,
    fit: lit,
    state: state('hierarchy'),
  };
}

export function buildAutoTour(index: PlanIndex, lang: Lang): TourStep[] {
  const areas = index.byKind('area');
  const leading = leadingOrganisms(index);
  const total = index.byKind('organism').length;
  return [
    opening(index, lang),
    ...areas.map((a, i) => areaStep(index, lang, a, i + 1, areas.length)),
    // No organisms, no ranking to show.
    ...(total > 0 ? [ranking(index, lang, leading)] : []),
    ...leading.map((o) => organismStep(index, lang, o, total)),
    closing(index, lang),
  ];
}
