/**
 * Presenter mode ↔ explorer: applies a tour step through the explorer's own state (view,
 * filters, selection, focus), and holds what the canvas needs besides (the nodes to light,
 * the step's projector-size layout and the camera that frames it). The explorer's view is
 * saved on entry and given back on exit, so presenting never loses the user's place; the
 * browser history holds one entry per step meanwhile (presenter-history.svelte.ts).
 */
import type { Lang } from '../lib/i18n';
import type { PlanIndex } from '../lib/model/plan-index';
import { openChannel, type SyncChannel } from '../lib/tour/sync';
import { decodePresent, encodePresent, type PresentLocation } from '../lib/tour/step-url';
import { PRESENTER_TOOLBAR_PX, naturalBandPx, projectorFontSize } from '../lib/tour/projector-style';
import type { ElementSet } from '../lib/view/elements';
import type { PresetLayout, Point } from '../lib/view/layouts/geometry';
import { stageElements, stageLayout, type Stage } from '../lib/view/layouts/stage';
import type { KeyValueStore } from '../lib/tour/storage';
import type { TourStep } from '../lib/tour/types';
import type { ViewState } from '../lib/view/url-state';
import type { ExplorerState } from './explorer.svelte';
import { PresenterModel } from './presenter.svelte';
import { PresenterHistory, type HistoryWindow } from './presenter-history.svelte';

export interface FitRequest {
  ids: string[];
  /** Bumped on every request, so the same ids fit again. */
  seq: number;
  /** The step's own camera (its projector layout was made for it); else fit `ids`. */
  camera?: { zoom: number; centre: Point };
  /** Px at the top of the canvas under the presenter's button bar: the fit frames the canvas below them. */
  top?: number;
}

/**
 * What a step may use of the canvas while presenting: the window above the caption band
 * (the canvas ends there) less the strip under the button bar at the top (`top`, which the
 * canvas does cover). `height` is the free part, the one a step's layout is made for.
 * `band` is the caption band's height when a long caption grew it (px); else 24vh.
 */
export function presentingScreen(
  win: { innerWidth: number; innerHeight: number },
  band: number | null = null,
): {
  width: number;
  height: number;
  top: number;
  viewportHeight: number;
} {
  const canvas = Math.max(0, win.innerHeight - (band ?? naturalBandPx(win.innerHeight)));
  const top = Math.min(PRESENTER_TOOLBAR_PX, Math.floor(canvas / 2));
  return { width: win.innerWidth, height: canvas - top, top, viewportHeight: win.innerHeight };
}

function browserStorage(): KeyValueStore | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // file:// in some browsers, or storage disabled
  }
}

export class PresenterBridge {
  readonly explorer: ExplorerState;
  model = $state.raw<PresenterModel | null>(null);
  /** The step's lit nodes and the payload edges among them; null = nothing dimmed. */
  lit = $state.raw<{ nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null>(null);
  fit = $state.raw<FitRequest | null>(null);
  at = $state.raw<PresentLocation | null>(null);
  editorOpen = $state(false);
  /** The canvas size presenting lays steps out for (updated on resize). */
  screen = $state.raw({ width: 1920, height: 821 - PRESENTER_TOOLBAR_PX, top: PRESENTER_TOOLBAR_PX, viewportHeight: 1080 });
  #saved: ViewState | null = null;
  #seq = 0;
  #history: PresenterHistory | null = null;
  #win: { innerWidth: number; innerHeight: number } | null = null;
  /** The caption band's height when the overlay grew it for a long caption (px); null = 24vh. */
  #band: number | null = null;

  readonly active = $derived(this.model?.active ?? false);
  /** What the canvas should light: the step's nodes while presenting, else the explorer's chain. */
  readonly highlight = $derived.by(() => (this.active ? this.lit : this.explorer.highlight));
  /**
   * The current step laid out for the projector (labels at projector size never overlap),
   * for the views with preset positions; null otherwise (the canvas draws the explorer's).
   */
  readonly stage = $derived.by<Stage | null>(() => {
    // Not presenting: nothing to stage, and the tour need not be built to say so.
    if (!this.active) return null;
    const step = this.model?.current;
    const ex = this.explorer;
    const index = ex.index;
    if (!step || !index || (ex.view !== 'hierarchy' && ex.view !== 'organisms')) return null;
    const drawn = ex.drawn;
    return stageLayout(index, ex.elements, {
      view: ex.view,
      lit: new Set(step.light.filter((id) => drawn.has(id))),
      screen: this.screen,
      fontPx: projectorFontSize(1, this.screen.viewportHeight),
      orientation: ex.orientation,
    });
  });
  /** What the canvas draws while a stage is on: the explorer's elements with projector labels. */
  readonly staged = $derived.by<{ elements: ElementSet; layout: PresetLayout } | null>(() => {
    const stage = this.stage;
    return stage ? { elements: stageElements(this.explorer.elements, stage), layout: stage } : null;
  });
  /** The explorer's history sync stays quiet while this is true. */
  get ownsHistory(): boolean {
    return this.#history?.owns ?? false;
  }

  constructor(explorer: ExplorerState) {
    this.explorer = explorer;
  }

  /**
   * A model for these data and this language; `startAt` is the query the page was opened
   * with; `channel` the line to the presenter view (by default a new one).
   */
  attach(
    index: PlanIndex,
    lang: Lang,
    startAt?: string,
    win: (HistoryWindow & Window) | null = typeof window === 'undefined' ? null : window,
    channel: SyncChannel | null = openChannel(),
  ): () => void {
    const model = new PresenterModel(index, lang, this.#host(index), { storage: browserStorage(), channel });
    this.model = model;
    const history = win
      ? new PresenterHistory(win, {
          query: () => this.explorer.query,
          show: (at) => void model.enter(at.mode, at.step),
          leave: () => model.exit(),
        })
      : null;
    this.#history = history;
    this.#win = win;
    const onresize = () => {
      if (!win) return;
      this.screen = presentingScreen(win, this.#band);
      if (model.active) this.#refit(model.current?.fit ?? []);
    };
    if (win) {
      this.screen = presentingScreen(win, this.#band);
      win.addEventListener('resize', onresize);
    }
    const from = startAt ? decodePresent(startAt) : null;
    if (from) model.enter(from.mode, from.step);
    return () => {
      win?.removeEventListener('resize', onresize);
      model.exit();
      model.dispose();
      history?.dispose();
      if (this.#history === history) this.#history = null;
      if (this.model === model) this.model = null;
      if (this.#win === win) this.#win = null;
    };
  }

  /**
   * The overlay's word that a long caption made its band taller (px), or that it is back
   * to 24vh (null): the step is laid out and framed again for the canvas left above it.
   */
  captionBand(px: number | null): void {
    if (px === this.#band) return;
    this.#band = px;
    const win = this.#win;
    if (!win) return;
    this.screen = presentingScreen(win, px);
    if (this.model?.active) this.#refit(this.model.current?.fit ?? []);
  }

  #refit(ids: string[]): void {
    const stage = this.stage;
    this.fit = {
      ids: [...ids],
      seq: ++this.#seq,
      top: this.screen.top,
      ...(stage ? { camera: { zoom: stage.zoom, centre: stage.centre } } : {}),
    };
  }

  /** The address bar's query while presenting: the explorer's, plus present & step. */
  query(explorerQuery: string): string {
    return encodePresent(explorerQuery, this.at);
  }

  #host(index: PlanIndex) {
    const ex = this.explorer;
    return {
      apply: (step: TourStep) => {
        const { view, filters, selection, focus } = step.state;
        // The step's node alone is selected: a set left from exploring would show a count over the picture.
        ex.applyState({ ...ex.viewState, view, filters, selection, selected: selection ? [selection] : [], focus, lang: ex.lang });
        const nodes = new Set(step.light);
        this.lit = nodes.size ? { nodes, edges: index.edgesAmong(nodes) } : null;
        // The model sets its step before applying it: the stage read here is this step's.
        this.#refit(step.fit);
      },
      begin: () => {
        this.#saved = { ...ex.viewState };
      },
      end: () => {
        if (this.#saved) ex.applyState({ ...this.#saved, lang: ex.lang });
        this.#saved = null;
        this.lit = null;
        this.fit = { ids: [], seq: ++this.#seq };
      },
      current: () => ({
        state: { view: ex.view, focus: ex.focus, selection: ex.selection, filters: ex.filters },
        shown: [...ex.visible],
        // What the canvas lights outside presenting (the selection's chain): the step lights the same.
        lit: ex.highlight ? [...ex.highlight.nodes] : null,
      }),
      located: (at: PresentLocation | null) => {
        this.at = at;
        this.#history?.located(at);
      },
    };
  }
}

// Moved beside the history sync, which needs them before presenter mode loads; kept here for importers.
export { presentAwareWindow, withPresent } from './history-sync.svelte';
