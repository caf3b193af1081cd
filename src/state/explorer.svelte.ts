/**
 * The explorer's state: what is loaded, what is shown and how. Methods are the only way
 * to change it; everything else (visible set, elements, layouts, the URL query) is
 * derived, so the canvas, the panels and the address bar always agree.
 */
import { PlanIndex } from '../lib/model/plan-index';
import { PayloadError } from '../lib/payload/validate';
import type { LoadLevel, Payload } from '../lib/types';
import type { Lang } from '../lib/i18n';
import { EMPTY_FILTERS, type Filters, visibleNodeIds } from '../lib/view/filters';
import type { Measure } from '../lib/view/measure';
import { focusedIds } from '../lib/view/focus';
import { planElements, organismElements, type ElementSet } from '../lib/view/elements';
import { nodeSizes } from '../lib/view/sizing';
import { hierarchyLayout, type Orientation } from '../lib/view/layouts/hierarchy';
import { radialLayout } from '../lib/view/layouts/radial';
import { organismsLayout } from '../lib/view/layouts/organisms';
import type { PresetLayout } from '../lib/view/layouts/geometry';
import { SearchIndex } from '../lib/view/search';
import { move, type Move, type NavGraph } from '../lib/view/keyboard-nav';
import {
  DEFAULT_VIEW_STATE,
  MAX_FOCUS_DEPTH,
  decodeViewState,
  viewQuery,
  type Focus,
  type View,
  type ViewState,
} from '../lib/view/url-state';
import { loadPayload } from './load-payload';

const EMPTY = new Set<string>();

export class ExplorerState {
  payload = $state.raw<Payload | null>(null);
  error = $state.raw<PayloadError | null>(null);
  errorUrl = $state('');
  loading = $state(false);

  view = $state<View>(DEFAULT_VIEW_STATE.view);
  orientation = $state<Orientation>(DEFAULT_VIEW_STATE.orientation);
  measure = $state<Measure>(DEFAULT_VIEW_STATE.measure);
  level = $state<LoadLevel>(DEFAULT_VIEW_STATE.level);
  lang = $state<Lang>(DEFAULT_VIEW_STATE.lang);
  filters = $state.raw<Filters>(EMPTY_FILTERS);
  selection = $state<string | null>(null);
  focus = $state.raw<Focus | null>(null);
  hover = $state<string | null>(null);
  /** Bumped when the selection should be brought into view (search, keyboard). */
  centreRequest = $state(0);
  #cameFrom: string | null = null;

  index = $derived(this.payload ? new PlanIndex(this.payload) : null);
  searchIndex = $derived(this.payload ? new SearchIndex(this.payload.nodes) : null);
  /** What the filters leave, before any focus. */
  filtered = $derived(this.index ? visibleNodeIds(this.index, this.filters, this.measure, this.level) : EMPTY);
  /** What is drawn: the filtered nodes, narrowed to the focus when there is one. */
  visible = $derived(this.index ? focusedIds(this.index, this.focus, this.filtered) : EMPTY);
  hiddenCount = $derived(this.payload ? this.payload.nodes.length - this.filtered.size : 0);
  sizes = $derived(this.index ? nodeSizes(this.index, this.index.payload.nodes, this.measure, this.level) : new Map<string, number>());
  elements = $derived<ElementSet>(this.#buildElements());
  /** Preset positions of the view; for the network view, fcose's starting point. */
  layout = $derived<PresetLayout | null>(this.#buildLayout());
  /** The whole chain of the selection, lit while the rest fades. */
  highlight = $derived(this.index && this.selection && this.index.has(this.selection) ? this.index.chain(this.selection) : null);
  viewState = $derived<ViewState>({
    view: this.view,
    orientation: this.orientation,
    filters: this.filters,
    selection: this.selection,
    focus: this.focus,
    measure: this.measure,
    level: this.level,
    lang: this.lang,
  });
  query = $derived(viewQuery(this.viewState));

  async load(url?: string, fetchImpl?: typeof fetch): Promise<boolean> {
    this.loading = true;
    try {
      const payload = await loadPayload(url, fetchImpl);
      this.payload = payload;
      this.error = null;
      // Ids from the URL that these data do not hold are dropped, not kept dangling.
      this.applyState(decodeViewState(viewQuery(this.viewState), this.#ids()));
      return true;
    } catch (e) {
      // A failed (re)load keeps whatever was on screen; only the alert is new.
      this.error = e instanceof PayloadError ? e : new PayloadError('network', String((e as Error)?.message ?? e));
      this.errorUrl = url ?? './data/graph.json';
      return false;
    } finally {
      this.loading = false;
    }
  }

  applyQuery(query: string): void {
    this.applyState(decodeViewState(query, this.#ids()));
  }

  applyState(s: ViewState): void {
    this.view = s.view;
    this.orientation = s.orientation;
    this.filters = s.filters;
    this.measure = s.measure;
    this.level = s.level;
    this.lang = s.lang;
    this.focus = s.focus;
    this.selection = s.selection;
  }

  setView(view: View): void {
    this.view = view;
  }
  setOrientation(o: Orientation): void {
    this.orientation = o;
  }
  setMeasure(m: Measure): void {
    this.measure = m;
  }
  setLevel(l: LoadLevel): void {
    this.level = l;
  }
  setLang(l: Lang): void {
    this.lang = l;
  }
  setFilters(f: Filters): void {
    this.filters = f;
  }

  select(id: string | null, options: { centre?: boolean } = {}): void {
    if (id !== null && !this.index?.has(id)) return;
    this.#cameFrom = this.selection;
    this.selection = id;
    if (id && options.centre) this.centreRequest++;
  }

  setHover(id: string | null): void {
    this.hover = id;
  }

  /** Show only the node's chain (depth 0) or its neighbourhood at depth 1–3. */
  focusOn(id: string, depth = 0): void {
    if (!this.index?.has(id)) return;
    this.focus = { id, depth: Math.max(0, Math.min(MAX_FOCUS_DEPTH, Math.trunc(depth))) };
    this.selection = id;
  }
  clearFocus(): void {
    this.focus = null;
  }

  /** Esc: first the selection goes, then the focus. */
  clear(): void {
    if (this.selection) this.select(null);
    else if (this.focus) this.clearFocus();
  }

  /** Arrow keys in the graph. Returns the newly selected id. */
  walk(m: Move): string | null {
    const graph: NavGraph = { up: this.elements.up, down: this.elements.down, order: this.#drawOrder() };
    const next = move(graph, this.selection && this.visible.has(this.selection) ? this.selection : null, m, this.#cameFrom);
    if (next && next !== this.selection) this.select(next, { centre: true });
    return next;
  }

  #ids() {
    const index = this.index;
    if (!index) return undefined;
    return { has: (id: string) => index.has(id), kindOf: (id: string) => index.node(id)?.kind };
  }

  #buildElements(): ElementSet {
    const index = this.index;
    if (!index) return { nodes: [], edges: [], up: new Map(), down: new Map() };
    // Sizes are pushed to the canvas separately: a new measure must not rebuild elements or relayout.
    const options = { bridgeKinds: new Set(this.filters.hiddenKinds) };
    return this.view === 'organisms' ? organismElements(index, this.visible, options) : planElements(index, this.visible, options);
  }

  #buildLayout(): PresetLayout | null {
    const index = this.index;
    if (!index || this.elements.nodes.length === 0) return null;
    switch (this.view) {
      case 'hierarchy':
      case 'table':
        return hierarchyLayout(index, this.elements, { orientation: this.orientation });
      case 'radial':
        return radialLayout(index, this.elements, { measure: this.measure, level: this.level });
      case 'organisms':
        return organismsLayout(index, this.elements);
      case 'network':
        // fcose starts from the hierarchy, never from wherever the last view left nodes.
        return hierarchyLayout(index, this.elements, { orientation: this.orientation });
    }
  }

  /** Position along the level in the hierarchy, whatever the view: siblings keep one order. */
  #drawOrder(): Map<string, number> {
    const order = new Map<string, number>();
    const index = this.index;
    if (!index) return order;
    const layout = this.view === 'hierarchy' || this.view === 'table' ? this.layout : hierarchyLayout(index, this.elements, { orientation: this.orientation });
    const along = this.orientation === 'tb' ? 'x' : 'y';
    for (const [id, p] of layout?.positions ?? []) order.set(id, p[along]);
    return order;
  }
}
