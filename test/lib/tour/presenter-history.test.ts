/**
 * Step entries in the browser history, against a fake window that keeps a real entry
 * stack (push drops the forward entries, go() moves and fires popstate later, as browsers
 * do) and the real presenter model on the mini fixture.
 */
import { describe, expect, it } from 'vitest';
import { PresenterModel } from '../../../src/state/presenter.svelte';
import { PresenterHistory, type HistoryWindow } from '../../../src/state/presenter-history.svelte';
import { decodePresent } from '../../../src/lib/tour/step-url';
import { EMPTY_FILTERS } from '../../../src/lib/view/filters';
import { index, miniPayload } from './helpers';

class FakeWindow implements HistoryWindow {
  entries: Array<{ url: string; state: unknown }>;
  at = 0;
  #listeners = new Set<() => void>();
  pending: Array<() => void> = [];
  constructor(url: string) {
    this.entries = [{ url, state: null }];
  }
  get #u() {
    return new URL(this.entries[this.at].url, 'http://x');
  }
  location = ((self: FakeWindow) => ({
    get search() {
      return self.#u.search;
    },
    get pathname() {
      return self.#u.pathname;
    },
    get hash() {
      return self.#u.hash;
    },
  }))(this);
  history = ((self: FakeWindow) => ({
    get state() {
      return self.entries[self.at].state;
    },
    pushState(state: unknown, _u: string, url?: string) {
      self.entries = [...self.entries.slice(0, self.at + 1), { url: url ?? self.entries[self.at].url, state }];
      self.at++;
    },
    replaceState(state: unknown, _u: string, url?: string) {
      self.entries[self.at] = { url: url ?? self.entries[self.at].url, state };
    },
    go(delta: number) {
      self.pending.push(() => self.#move(delta));
    },
  }))(this);
  back = () => this.#move(-1);
  forward = () => this.#move(1);
  /** Runs the traversals history.go() queued (browsers do them asynchronously). */
  flush() {
    for (const f of this.pending.splice(0)) f();
  }
  #move(delta: number) {
    const to = Math.min(Math.max(0, this.at + delta), this.entries.length - 1);
    if (to === this.at) return;
    this.at = to;
    for (const fn of this.#listeners) fn();
  }
  addEventListener(_t: 'popstate', fn: () => void) {
    this.#listeners.add(fn);
  }
  removeEventListener(_t: 'popstate', fn: () => void) {
    this.#listeners.delete(fn);
  }
  get urls() {
    return this.entries.map((e) => e.url);
  }
}

function setup(start = '/?lang=en&view=radial') {
  const win = new FakeWindow(start);
  const ix = index(miniPayload());
  let explorerQuery = new URL(start, 'http://x').search.replace(/[?&](present|step)=[^&]*/g, '') || '?lang=en';
  // eslint-disable-next-line prefer-const
  let history: PresenterHistory;
  const model = new PresenterModel(ix, 'en', {
    apply: (s) => void (explorerQuery = `?lang=en&view=${s.state.view}&sel=${s.id}`),
    end: () => void (explorerQuery = '?lang=en&view=radial'),
    current: () => ({ state: { view: 'hierarchy', focus: null, selection: null, filters: EMPTY_FILTERS }, shown: [] }),
    located: (at) => history.located(at),
  });
  history = new PresenterHistory(win, {
    query: () => explorerQuery,
    show: (at) => void model.enter(at.mode, at.step),
    leave: () => model.exit(),
  });
  const step = () => decodePresent(win.location.search)?.step ?? null;
  return { win, model, history, step };
}

describe('PresenterHistory', () => {
  it('makes one entry per step: Back and Forward walk the steps, Back past the first leaves', () => {
    const { win, model, history, step } = setup();
    expect(history.owns).toBe(false);
    model.enter('auto', 0);
    expect(history.owns).toBe(true);
    model.next();
    model.next();
    expect(win.entries).toHaveLength(4); // the explorer's entry + three steps
    expect(step()).toBe(2);
    expect(win.location.search).toContain('sel=');
    win.back();
    expect(model.step).toBe(1);
    expect(win.entries).toHaveLength(4); // walking writes nothing
    win.forward();
    expect(model.step).toBe(2);
    win.back();
    win.back();
    expect(model.step).toBe(0);
    win.back();
    expect(model.active).toBe(false);
    expect(history.owns).toBe(false);
    expect(win.location.search).toBe('?lang=en&view=radial');
    win.forward(); // Forward onto a step entry comes back to the tour
    expect(model.active).toBe(true);
    expect(model.step).toBe(0);
  });

  it('leaving (Esc) goes back to the entry presenting started from: the explorer history is as it was', () => {
    const { win, model, history } = setup();
    const before = [...win.urls];
    model.enter('auto', 0);
    model.next();
    model.goto(4);
    model.exit();
    expect(history.owns).toBe(true); // until the browser has gone back: the explorer's sync stays quiet
    win.flush();
    expect(history.owns).toBe(false);
    expect(win.at).toBe(0);
    expect(win.urls[0]).toBe(before[0]);
    expect(win.location.search).toBe('?lang=en&view=radial');
  });

  it('a page opened at a step URL keeps that entry for the tour, and hands it back to the explorer on leaving', () => {
    const { win, model, step } = setup('/?lang=en&present=auto&step=3');
    model.enter('auto', 2);
    expect(win.entries).toHaveLength(1);
    expect(step()).toBe(2);
    model.next();
    expect(win.entries).toHaveLength(2);
    model.exit();
    win.flush();
    expect(win.at).toBe(0);
    expect(decodePresent(win.location.search)).toBeNull();
    expect(win.location.search).toBe('?lang=en&view=radial');
  });

  it('a reload in the middle of the tour remembers how far above the explorer’s entry it is', () => {
    const { win, model } = setup();
    model.enter('auto', 0);
    model.next();
    model.next();
    // reload: a new page (model and history) on the same entries
    const ix = index(miniPayload());
    let q = '?lang=en';
    // eslint-disable-next-line prefer-const
    let h2: PresenterHistory;
    const m2 = new PresenterModel(ix, 'en', { apply: () => void (q = '?lang=en&r=1'), current: () => ({ state: { view: 'hierarchy', focus: null, selection: null, filters: EMPTY_FILTERS }, shown: [] }), located: (at) => h2.located(at) });
    h2 = new PresenterHistory(win, { query: () => q, show: (at) => void m2.enter(at.mode, at.step), leave: () => m2.exit() });
    m2.enter('auto', decodePresent(win.location.search)!.step);
    m2.exit();
    win.flush();
    expect(win.at).toBe(0);
    expect(win.location.search).toBe('?lang=en&view=radial');
    model.dispose();
  });

  it('re-applying the same step (an edited custom tour) replaces its entry instead of adding one', () => {
    const { win, model } = setup();
    model.enter('auto', 1);
    const n = win.entries.length;
    model.goto(1);
    expect(win.entries).toHaveLength(n);
  });
});
