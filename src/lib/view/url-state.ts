/**
 * The view's state ↔ the URL's query, so a link reproduces what the sender saw and
 * Back/Forward walk through view changes. Decoding never throws: anything unknown or
 * malformed falls back to the default, and ids the payload does not hold are dropped.
 * Defaults are left out of the query to keep links short.
 *
 * The selection is two things: `node`, the primary node (the details panel's, whose
 * chain lights up), and `sel` (repeated), the set an export of "the selection" takes.
 * `sel` is written only when the set is not just the primary node; a lone empty `sel=`
 * records an empty set beside a primary node (the keyboard cursor after a multi-selection).
 */
import { NODE_KINDS, type LoadLevel, type NodeKind } from '../types';
import { parseLang, type Lang } from '../i18n';
import { EMPTY_FILTERS, type Filters } from './filters';
import { isLoadLevel, isMeasure, type Measure } from './measure';
import type { Orientation } from './layouts/hierarchy';

export const VIEWS = ['hierarchy', 'network', 'organisms', 'radial', 'table'] as const;
export type View = (typeof VIEWS)[number];
export const MAX_FOCUS_DEPTH = 3;

/** depth 0 = the node's whole chain; 1–3 = its neighbourhood at that depth. */
export interface Focus {
  id: string;
  depth: number;
}

export interface ViewState {
  view: View;
  orientation: Orientation;
  filters: Filters;
  selection: string | null;
  /** The selection set, in the order its members were added (no duplicates). */
  selected: string[];
  focus: Focus | null;
  measure: Measure;
  level: LoadLevel;
  lang: Lang;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  view: 'hierarchy',
  orientation: 'lr',
  filters: EMPTY_FILTERS,
  selection: null,
  selected: [],
  focus: null,
  measure: 'load',
  level: 'management_objective',
  lang: 'it',
};

/** What decoding may check ids against; without it every well-formed id is kept. */
export interface IdCheck {
  has(id: string): boolean;
  kindOf?(id: string): NodeKind | undefined;
}

const KINDS = new Set<string>(NODE_KINDS);
const MAX_ID = 300;
/** More than this many `sel` ids in a link is not a selection anyone made by hand: the rest is ignored. */
export const MAX_SELECTED = 5000;

export function isView(v: unknown): v is View {
  return typeof v === 'string' && (VIEWS as readonly string[]).includes(v);
}

export function encodeViewState(s: ViewState): URLSearchParams {
  const p = new URLSearchParams();
  const d = DEFAULT_VIEW_STATE;
  if (s.view !== d.view) p.set('view', s.view);
  if (s.orientation !== d.orientation) p.set('orient', s.orientation);
  for (const a of s.filters.hiddenAreas) p.append('hide-area', a);
  for (const k of s.filters.hiddenKinds) p.append('hide-kind', k);
  for (const o of s.filters.organisms) p.append('organism', o);
  if (s.filters.minMeasure > 0) p.set('min', String(s.filters.minMeasure));
  if (s.measure !== d.measure) p.set('measure', s.measure);
  if (s.level !== d.level) p.set('level', s.level);
  if (s.selection) p.set('node', s.selection);
  if (!isLoneSelection(s.selection, s.selected)) {
    if (s.selected.length === 0) p.append('sel', '');
    for (const id of s.selected) p.append('sel', id);
  }
  if (s.focus) {
    p.set('focus', s.focus.id);
    if (s.focus.depth > 0) p.set('depth', String(s.focus.depth));
  }
  if (s.lang !== d.lang) p.set('lang', s.lang);
  return p;
}

export function decodeViewState(input: URLSearchParams | string, ids?: IdCheck): ViewState {
  const p = typeof input === 'string' ? new URLSearchParams(input) : input;
  const d = DEFAULT_VIEW_STATE;
  const id = (v: string | null): string | null => (v && v.length <= MAX_ID && (!ids || ids.has(v)) ? v : null);
  const ofKind = (kind: NodeKind) => (v: string) => id(v) !== null && (!ids?.kindOf || ids.kindOf(v) === kind);
  const unique = (xs: string[]) => [...new Set(xs)];
  const view = p.get('view');
  const orient = p.get('orient');
  const measure = p.get('measure');
  const level = p.get('level');
  const min = Number(p.get('min'));
  const focusId = id(p.get('focus'));
  const depth = Math.trunc(Number(p.get('depth')));
  const selection = id(p.get('node'));
  const sel = p.getAll('sel');
  const selected = sel.length ? unique(sel.slice(0, MAX_SELECTED * 2).filter((v) => id(v) !== null)).slice(0, MAX_SELECTED) : selection ? [selection] : [];
  return {
    view: isView(view) ? view : d.view,
    orientation: orient === 'tb' || orient === 'lr' ? orient : d.orientation,
    filters: {
      hiddenAreas: unique(p.getAll('hide-area').filter(ofKind('area'))),
      hiddenKinds: unique(p.getAll('hide-kind').filter((k) => KINDS.has(k))) as NodeKind[],
      organisms: unique(p.getAll('organism').filter(ofKind('organism'))),
      minMeasure: Number.isFinite(min) && min > 0 ? min : 0,
    },
    measure: isMeasure(measure) ? measure : d.measure,
    level: isLoadLevel(level) ? level : d.level,
    selection,
    selected,
    focus: focusId ? { id: focusId, depth: depth >= 1 && depth <= MAX_FOCUS_DEPTH ? depth : 0 } : null,
    lang: parseLang(p.get('lang')),
  };
}

/** The parameters whose values are node ids. */
const ID_PARAMS = ['node', 'sel', 'focus', 'hide-area', 'organism'] as const;

/**
 * The ids a query names that the payload does not hold, each once, in the order they
 * first appear: what decoding with `ids` drops, so the app can say a link named nodes
 * the plan lacks. An id of the wrong kind (`organism=` an area) is in the plan and is not
 * counted; nor is the empty `sel=` that records an empty set.
 */
export function unknownIds(input: URLSearchParams | string, ids: IdCheck): string[] {
  const p = typeof input === 'string' ? new URLSearchParams(input) : input;
  const out = new Set<string>();
  for (const key of ID_PARAMS) for (const v of p.getAll(key)) if (v && !ids.has(v)) out.add(v);
  return [...out];
}

/** The set is the primary node alone (or both are empty): the usual single selection. */
export function isLoneSelection(primary: string | null, selected: readonly string[]): boolean {
  return primary ? selected.length === 1 && selected[0] === primary : selected.length === 0;
}

/** The query string for a state ('' for the default view), with a leading '?' when not empty. */
export function viewQuery(s: ViewState): string {
  const q = encodeViewState(s).toString();
  return q ? `?${q}` : '';
}

/** Two queries describe the same view (parameter order does not matter). */
export function sameQuery(a: string, b: string): boolean {
  const norm = (q: string) => [...new URLSearchParams(q).entries()].map(([k, v]) => `${k}=${v}`).sort().join('&');
  return norm(a) === norm(b);
}
