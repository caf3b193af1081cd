/**
 * When the side panels arrive. They are not needed for the first frame, so their code
 * loads after the graph is drawn and they mount one at a time (filters, legend, details,
 * ranking), each in a task of its own after a frame: no single task
 * holds the page for long, and the graph is usable meanwhile. The Tabella view has no
 * canvas to wait for, and a first draw that never comes (fcose failing to load) must not
 * keep the panels away: `showAll` and the fallback cover those.
 */

/** How many groups of panels there are, in mounting order (App.svelte numbers them). */
export const PANEL_GROUPS = 4;

export interface PanelLoaderOptions<Kit> {
  importKit: () => Promise<Kit>;
  /** Waits for a quiet moment (default: the frame after this one, then an idle period of at most 500 ms). */
  whenIdle?: (fn: () => void) => void;
  /** Between groups (default: after the next frame, in a task of its own). */
  afterFrame?: (fn: () => void) => void;
  onerror?: (e: unknown) => void;
}

function idleAfterFrame(fn: () => void): void {
  requestAnimationFrame(() => (typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 500 }) : setTimeout(fn, 0)));
}
function taskAfterFrame(fn: () => void): void {
  requestAnimationFrame(() => setTimeout(fn, 0));
}

export class PanelLoader<Kit> {
  kit = $state.raw<Kit | null>(null);
  /** Groups mounted so far (0…PANEL_GROUPS). */
  shown = $state(0);
  /** Every panel is up (or has given up waiting for its code): data-panels="true". */
  readonly ready = $derived(this.shown >= PANEL_GROUPS);

  readonly #options: Required<PanelLoaderOptions<Kit>>;
  #loading: Promise<Kit | null> | null = null;
  #started = false;

  constructor(options: PanelLoaderOptions<Kit>) {
    this.#options = {
      whenIdle: idleAfterFrame,
      afterFrame: taskAfterFrame,
      onerror: (e) => console.error('Trama: the panels could not be loaded', e),
      ...options,
    };
  }

  /** Fetches the panels' code (once; a failure lets a later call try again). */
  load(): Promise<Kit | null> {
    this.#loading ??= this.#options.importKit().then(
      (kit) => (this.kit = kit),
      (e: unknown) => {
        this.#loading = null;
        this.#options.onerror(e);
        return null;
      },
    );
    return this.#loading;
  }

  /** The graph is drawn: load the code, then mount the groups one by one when the page is quiet. */
  afterFirstDraw(): void {
    if (this.#started || this.ready) return;
    this.#started = true;
    const next = () => {
      if (this.ready) return;
      this.shown++;
      if (!this.ready) this.#options.afterFrame(next);
    };
    // Fetched only then too: its code must not be evaluated between the layout and the frame
    // that shows it; and the first group waits a frame more, so evaluating the code and
    // mounting a panel are two tasks, not one long one.
    this.#options.whenIdle(() => void this.load().then(() => this.#options.afterFrame(next)));
  }

  /** Everything at once: the Tabella view, or the first draw took too long. */
  showAll(): void {
    void this.load();
    this.shown = PANEL_GROUPS;
  }
}
