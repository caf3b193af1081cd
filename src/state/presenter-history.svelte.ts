/**
 * Presenter mode and the browser's history. While presenting, each step is one history
 * entry (`?…&present=auto&step=N`), so Back and Forward walk the tour's steps; the
 * explorer's own history sync is held quiet meanwhile (see `owns`). Leaving goes back to
 * the entry presenting started from, so the explorer's history is as it was; entering
 * from a step URL makes that entry the explorer's again. Back past the first step leaves
 * the mode; Forward onto a step entry comes back to it.
 */
import { decodePresent, encodePresent, type PresentLocation } from '../lib/tour/step-url';

export interface HistoryWindow {
  location: { search: string; pathname: string; hash: string };
  history: {
    readonly state: unknown;
    pushState(data: unknown, unused: string, url?: string): void;
    replaceState(data: unknown, unused: string, url?: string): void;
    go(delta: number): void;
  };
  addEventListener(type: 'popstate', fn: () => void): void;
  removeEventListener(type: 'popstate', fn: () => void): void;
}

export interface PresenterHistoryHandlers {
  /** The explorer's query now (the step's state once applied). */
  query(): string;
  /** A popped entry is a step: show it (entering the mode if needed). */
  show(at: PresentLocation): void;
  /** A popped entry is not a step: leave the mode. */
  leave(): void;
}

const MARK = 'tramaPresent';
interface Mark {
  [MARK]: true;
  /** Entries above the one presenting started from. */
  depth: number;
  /** Whether that first entry was the explorer's or a step URL the page was opened at. */
  base: 'explorer' | 'step';
}

function readMark(state: unknown): Mark | null {
  const m = state as Partial<Mark> | null;
  return m && m[MARK] === true && Number.isInteger(m.depth) && m.depth! >= 0 && (m.base === 'explorer' || m.base === 'step') ? (m as Mark) : null;
}

const same = (a: PresentLocation | null, b: PresentLocation | null) => !!a && !!b && a.mode === b.mode && a.step === b.step;

export class PresenterHistory {
  #win: HistoryWindow;
  #on: PresenterHistoryHandlers;
  #active = false;
  #depth = 0;
  #base: Mark['base'] = 'explorer';
  /** Applying a popped entry: the entry is already there, write nothing. */
  #popping = false;
  /** history.go() back to the first entry is in flight. */
  #leaving = false;

  constructor(win: HistoryWindow, handlers: PresenterHistoryHandlers) {
    this.#win = win;
    this.#on = handlers;
    win.addEventListener('popstate', this.#onPop);
  }

  /** While true, the explorer's history sync must not write (its entries would land among the steps). */
  get owns(): boolean {
    return this.#active || this.#leaving;
  }

  /** The presenter's place changed (null: it left the mode). */
  located(at: PresentLocation | null): void {
    if (this.#popping) {
      this.#active = at !== null;
      return;
    }
    if (!at) return this.#leave();
    const here = decodePresent(this.#win.location.search);
    if (!this.#active) {
      this.#active = true;
      const mark = readMark(this.#win.history.state);
      if (here) {
        // Opened at a step URL (or reloaded while presenting): this entry belongs to the tour.
        this.#depth = mark?.depth ?? 0;
        this.#base = mark?.base ?? 'step';
        return this.#write('replace', at);
      }
      this.#depth = 0;
      this.#base = 'explorer';
    }
    if (same(here, at)) return this.#write('replace', at);
    this.#depth++;
    this.#write('push', at);
  }

  dispose(): void {
    this.#win.removeEventListener('popstate', this.#onPop);
  }

  #url(at: PresentLocation | null): string {
    const { pathname, hash } = this.#win.location;
    return `${pathname}${encodePresent(this.#on.query(), at)}${hash}`;
  }

  #write(how: 'push' | 'replace', at: PresentLocation): void {
    const mark: Mark = { [MARK]: true, depth: this.#depth, base: this.#base };
    if (how === 'push') this.#win.history.pushState(mark, '', this.#url(at));
    else this.#win.history.replaceState(mark, '', this.#url(at));
  }

  #leave(): void {
    if (!this.#active) return;
    this.#active = false;
    if (this.#depth > 0) {
      this.#leaving = true;
      this.#win.history.go(-this.#depth); // finished in #onPop
    } else this.#settle();
  }

  /** Back at the first entry: a step URL the page was opened at becomes the explorer's entry. */
  #settle(): void {
    this.#leaving = false;
    this.#depth = 0;
    if (this.#base === 'step' && decodePresent(this.#win.location.search)) this.#win.history.replaceState(null, '', this.#url(null));
    this.#base = 'explorer';
  }

  #onPop = (): void => {
    if (this.#leaving) return this.#settle();
    const at = decodePresent(this.#win.location.search);
    const mark = readMark(this.#win.history.state);
    this.#popping = true;
    try {
      if (at) {
        this.#depth = mark?.depth ?? 0;
        this.#base = mark?.base ?? this.#base;
        this.#on.show(at);
      } else if (this.#active) {
        this.#depth = 0;
        this.#on.leave();
      }
    } finally {
      this.#popping = false;
    }
  };
}
