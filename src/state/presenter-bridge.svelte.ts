/**
 * Presenter mode ↔ explorer: applies a tour step through the explorer's own state (view,
 * filters, selection, focus), and holds what the canvas needs besides (the nodes to light,
 * a request to fit the camera to the step's nodes). The explorer's view is saved on entry
 * and given back on exit, so presenting never loses the user's place.
 */
import type { Lang } from '../lib/i18n';
import type { PlanIndex } from '../lib/model/plan-index';
import { openChannel } from '../lib/tour/sync';
import { decodePresent, encodePresent, type PresentLocation } from '../lib/tour/step-url';
import type { KeyValueStore } from '../lib/tour/storage';
import type { TourStep } from '../lib/tour/types';
import type { ViewState } from '../lib/view/url-state';
import type { ExplorerState } from './explorer.svelte';
import type { WindowLike } from './history-sync.svelte';
import { PresenterModel } from './presenter.svelte';

export interface FitRequest {
  ids: string[];
  /** Bumped on every request, so the same ids fit again. */
  seq: number;
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
  #saved: ViewState | null = null;
  #seq = 0;

  readonly active = $derived(this.model?.active ?? false);
  /** What the canvas should light: the step's nodes while presenting, else the explorer's chain. */
  readonly highlight = $derived.by(() => (this.active ? this.lit : this.explorer.highlight));

  constructor(explorer: ExplorerState) {
    this.explorer = explorer;
  }

  /** A model for these data and this language; `startAt` is the query the page was opened with. */
  attach(index: PlanIndex, lang: Lang, startAt?: string): () => void {
    const model = new PresenterModel(index, lang, this.#host(index), { storage: browserStorage(), channel: openChannel() });
    this.model = model;
    const from = startAt ? decodePresent(startAt) : null;
    if (from) model.enter(from.mode, from.step);
    return () => {
      model.exit();
      model.dispose();
      if (this.model === model) this.model = null;
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
        ex.applyState({ ...ex.viewState, view, filters, selection, focus, lang: ex.lang });
        const nodes = new Set(step.light);
        this.lit = nodes.size ? { nodes, edges: index.edgesAmong(nodes) } : null;
        this.fit = { ids: [...step.fit], seq: ++this.#seq };
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
      }),
      located: (at: PresentLocation | null) => {
        this.at = at;
      },
    };
  }
}

/** `url` (path?query#hash) with the presenter's parameters set to `at` (removed when null). */
export function withPresent(url: string, at: PresentLocation | null): string {
  const m = /^([^?#]*)(\?[^#]*)?(#.*)?$/.exec(url)!;
  return `${m[1]}${encodePresent(m[2] ?? '', at)}${m[3] ?? ''}`;
}

/**
 * The window as the explorer's history sync should see it: without the presenter's
 * parameters (present, step), which every URL it writes then carries along, so step URLs
 * survive the explorer's own address-bar updates.
 */
export function presentAwareWindow(win: Window, at: () => PresentLocation | null): WindowLike {
  return {
    location: {
      get search() {
        return encodePresent(win.location.search, null);
      },
      get pathname() {
        return win.location.pathname;
      },
      get hash() {
        return win.location.hash;
      },
    },
    history: {
      pushState: (d, u, url) => win.history.pushState(d, u, url === undefined ? url : withPresent(url, at())),
      replaceState: (d, u, url) => win.history.replaceState(d, u, url === undefined ? url : withPresent(url, at())),
    },
    addEventListener: (type, fn) => win.addEventListener(type, fn),
    removeEventListener: (type, fn) => win.removeEventListener(type, fn),
  };
}
