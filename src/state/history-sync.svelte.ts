/**
 * Keeps the address bar and the explorer in step: each view change pushes a history
 * entry (so Back/Forward undo and redo it), popstate restores the state it recorded, and
 * a rapid run of changes to the same numeric control (the minimum slider) makes one
 * entry, not fifty. The first write after start only normalises the URL (replace).
 */
import type { ExplorerState } from './explorer.svelte';
import { sameQuery } from '../lib/view/url-state';

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
