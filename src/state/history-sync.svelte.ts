/**
 * Keeps the address bar and the explorer in step: each view change pushes a history
 * entry (so Back/Forward undo and redo it), popstate restores the state it recorded, and
 * a rapid run of changes to the same numeric control (the minimum slider) makes one
 * entry, not fifty. The first write after start only normalises the URL (replace).
 */
import type { ExplorerState } from './explorer.svelte';
import { sameQuery } from '../lib/view/url-state';
import { decodePresent, encodePresent, type PresentLocation } from '../lib/tour/step-url';

export interface HistoryLike {
  pushState(data: unknown, unused: string, url?: string): void;
  replaceState(data: unknown, unused: string, url?: string): void;
}
export interface WindowLike {
  location: { search: string; pathname: string; hash: string };
  history: HistoryLike;
  addEventListener(type: 'popstate', fn: () => void): void;
  removeEventListener(type: 'popstate', fn: () => void): void;
}

/** Parameters whose quick successive changes collapse into one history entry. */
const COALESCE = new Set(['min']);
const COALESCE_MS = 800;

export function changedKeys(a: string, b: string): Set<string> {
  const pa = new URLSearchParams(a);
  const pb = new URLSearchParams(b);
  const out = new Set<string>();
  for (const k of new Set([...pa.keys(), ...pb.keys()])) {
    if (pa.getAll(k).join('\u0000') !== pb.getAll(k).join('\u0000')) out.add(k);
  }
  return out;
}

/** Starts syncing; returns the function that stops it. */
export function syncWithHistory(explorer: ExplorerState, win: WindowLike, now: () => number = Date.now): () => void {
  let first = true;
  let lastWrite = 0;
  let lastKeys = new Set<string>();
  const onPop = () => explorer.applyQuery(win.location.search);
  win.addEventListener('popstate', onPop);
  const stop = $effect.root(() => {
    $effect(() => {
      const query = explorer.query;
      if (!explorer.payload) return;
      const current = win.location.search;
      if (sameQuery(query, current)) {
        first = false;
        return;
      }
      const url = `${win.location.pathname}${query}${win.location.hash}`;
      const keys = changedKeys(current, query);
      const t = now();
      const coalesce =
        lastKeys.size > 0 && [...keys, ...lastKeys].every((k) => COALESCE.has(k)) && t - lastWrite < COALESCE_MS;
      if (first || coalesce) win.history.replaceState(null, '', url);
      else win.history.pushState(null, '', url);
      first = false;
      lastWrite = t;
      lastKeys = keys;
    });
  });
  return () => {
    win.removeEventListener('popstate', onPop);
    stop();
  };
}

/** `url` (path?query#hash) with the presenter's parameters set to `at` (removed when null). */
export function withPresent(url: string, at: PresentLocation | null): string {
  const m = /^([^?#]*)(\?[^#]*)?(#.*)?$/.exec(url)!;
  return `${m[1]}${encodePresent(m[2] ?? '', at)}${m[3] ?? ''}`;
}

/**
 * The window as the explorer's history sync should see it: without the presenter's
 * parameters (present, step). While presenting owns the history (`owns`), the sync's
 * writes are dropped, so its entries never land among the tour's steps; otherwise they
 * keep whatever step parameters the current entry carries (a page opened at a step URL,
 * before presenting has taken over). It lives here, not with presenter mode, because the
 * sync needs it from the start and presenter mode loads later.
 */
export function presentAwareWindow(win: Window, owns: () => boolean): WindowLike {
  const write = (how: 'pushState' | 'replaceState') => (d: unknown, u: string, url?: string) => {
    if (owns()) return;
    win.history[how](d, u, url === undefined ? url : withPresent(url, decodePresent(win.location.search)));
  };
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
    history: { pushState: write('pushState'), replaceState: write('replaceState') },
    addEventListener: (type, fn) => win.addEventListener(type, fn),
    removeEventListener: (type, fn) => win.removeEventListener(type, fn),
  };
}
