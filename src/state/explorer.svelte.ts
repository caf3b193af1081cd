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
  isLoneSelection,
  unknownIds,
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
  /** The primary node: the details panel shows it and its chain lights up. */
  selection = $state<string | null>(null);
  /** The selection set (Shift/Ctrl-click, box, Shift+Enter), in the order its members came; what "the selection" exports. */
  selected = $state.raw<string[]>([]);
  focus = $state.raw<Focus | null>(null);
  hover = $state<string | null>(null);
  /**
   * Ids the opening link named (selection, focus, filters) that the first plan loaded does
   * not hold: they were dropped, the rest of the link applied, and the app says so until
   * the notice is dismissed.
   */
  unknownLinkIds = $state.raw<string[]>([]);
  /** Bumped when the selection should be brought into view (search, keyboard). */
  centreRequest = $state(0);
  #cameFrom: string | null = null;

  index = $derived(this.payload ? new PlanIndex(this.payload) : null);
  searchIndex = $derived.by(() => {
    const index = this.index;
    if (!index) return null;
    return new SearchIndex(index.payload.nodes, (id) => {
      const parent = index.parents(id)[0];
      return parent === undefined ? undefined : index.node(parent)?.label;
    });
  });
  /** What the filters leave, before any focus. */
  filtered = $derived(this.index ? visibleNodeIds(this.index, this.filters, this.measure, this.level) : EMPTY);
  /** What is drawn: the filtered nodes, narrowed to the focus when there is one. */
  visible = $derived(this.index ? focusedIds(this.index, this.focus, this.filtered) : EMPTY);
  selectedSet = $derived(new Set(this.selected));
  /** More than the primary node alone is selected: the canvas says how many. */
  multiSelection = $derived(!isLoneSelection(this.selection, this.selected));
  hiddenCount = $derived(this.payload ? this.payload.nodes.length - this.filtered.size : 0);
  sizes = $derived(this.index ? nodeSizes(this.index, this.index.payload.nodes, this.measure, this.level) : new Map<string, number>());
  elements = $derived<ElementSet>(this.#buildElements());
  /** What the canvas draws (the Organismi view draws only organisms). */
  drawn = $derived(new Set(this.elements.nodes.map((n) => n.data.id)));
  /** Preset positions of the view; for the network view, fcose's starting point. */
  layout = $derived<PresetLayout | null>(this.#buildLayout());
  /** The whole chain of the selection, lit while the rest fades. */
  highlight = $derived(this.index && this.selection && this.index.has(this.selection) ? this.index.chain(this.selection) : null);
  viewState = $derived<ViewState>({
    view: this.view,
    orientation: this.orientation,
    filters: this.filters,
    selection: this.selection,
    selected: this.selected,
    focus: this.focus,
    measure: this.measure,
    level: this.level,
    lang: this.lang,
  });
  query = $derived(viewQuery(this.viewState));

  /** Loads the payload at `url` (or validates `text`, its body already asked for) and shows it. */
  async load(url?: string, fetchImpl?: typeof fetch, text?: string | Promise<string>): Promise<boolean> {
    this.loading = true;
    try {
      const payload = await loadPayload(url, fetchImpl, text);
      const first = this.payload === null;
      this.payload = payload;
      this.error = null;
      // Ids from the URL that these data do not hold are dropped, not kept dangling. The
      // first plan is checked against the link the page opened with, and the app tells of
      // what it dropped; a reload checks the view's own ids, which no link named.
      const query = viewQuery(this.viewState);
      const ids = this.#ids();
      if (first && ids) this.unknownLinkIds = unknownIds(query, ids);
      this.applyState(decodeViewState(query, ids));
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
    this.selected = s.selected;
  }

  dismissLinkNotice(): void {
    this.unknownLinkIds = [];
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

  /** A plain click, Enter, a search hit: this node alone (null: nothing). */
  select(id: string | null, options: { centre?: boolean } = {}): void {
    if (id !== null && !this.index?.has(id)) return;
    this.#setPrimary(id);
    this.selected = id ? [id] : [];
    if (id && options.centre) this.centreRequest++;
  }

  /**
   * Shift/Ctrl-click or Shift+Enter: a node joins the set and becomes the primary one, or
   * leaves it. When the primary leaves, the last one added before it takes its place;
   * with `cursor` (the keyboard) it stays primary, so the keyboard's place does not jump.
   */
  toggle(id: string, options: { cursor?: boolean } = {}): void {
    if (!this.index?.has(id)) return;
    if (!this.selectedSet.has(id)) {
      this.selected = [...this.selected, id];
      this.#setPrimary(id);
      return;
    }
    this.selected = this.selected.filter((x) => x !== id);
    if (this.selection === id && !options.cursor) this.#setPrimary(this.selected.at(-1) ?? null);
  }

  /** Box selection (Shift+drag): the nodes join the set; the primary node stays. */
  addToSelection(ids: Iterable<string>): void {
    const index = this.index;
    if (!index) return;
    const have = this.selectedSet;
    const fresh = [...new Set(ids)].filter((id) => index.has(id) && !have.has(id));
    if (fresh.length) this.selected = [...this.selected, ...fresh];
  }

  #setPrimary(id: string | null): void {
    this.#cameFrom = this.selection;
    this.selection = id;
  }

  setHover(id: string | null): void {
    this.hover = id;
  }

  /** Show only the node's chain (depth 0) or its neighbourhood at depth 1–3. */
  focusOn(id: string, depth = 0): void {
    if (!this.index?.has(id)) return;
    this.focus = { id, depth: Math.max(0, Math.min(MAX_FOCUS_DEPTH, Math.trunc(depth))) };
    // A member of the set becomes the primary one; any other node is selected alone.
    if (this.selectedSet.has(id)) this.#setPrimary(id);
    else this.select(id);
  }
  clearFocus(): void {
    this.focus = null;
  }

  /** Esc: first the selection (the whole set) goes, then the focus. */
  clear(): void {
    if (this.selection || this.selected.length) this.select(null);
    else if (this.focus) this.clearFocus();
  }

  /**
   * Arrow keys in the graph: the next node is selected alone; with `keep` (Shift held)
   * only the primary node moves and the set stays, so Shift+Enter can add the node reached.
   * Returns the newly selected id.
   */
  walk(m: Move, options: { keep?: boolean } = {}): string | null {
    const level = new Map(this.elements.nodes.map((n) => [n.data.id, n.data.kind]));
    const graph: NavGraph = { up: this.elements.up, down: this.elements.down, order: this.#drawOrder(), level };
    const next = move(graph, this.selection && this.visible.has(this.selection) ? this.selection : null, m, this.#cameFrom);
    if (!next || next === this.selection) return next;
    if (options.keep) {
      this.#setPrimary(next);
      this.centreRequest++;
    } else this.select(next, { centre: true });
    return next;
  }

  /**
   * The current view's layout of these nodes as if nothing hid them, for pictures of a
   * scope the canvas does not wholly draw: rings in the Radiale view, else the hierarchy.
   */
  layoutOf(ids: ReadonlySet<string>): { elements: ElementSet; layout: PresetLayout } | null {
    const index = this.index;
    if (!index || ids.size === 0) return null;
    const elements = planElements(index, ids);
    const layout =
      this.view === 'radial'
        ? radialLayout(index, elements, { measure: this.measure, level: this.level })
        : hierarchyLayout(index, elements, { orientation: this.orientation });
    return { elements, layout };
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
