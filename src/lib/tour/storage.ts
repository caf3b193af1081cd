/**
 * Keeps one's own tour in the browser, one per document: the key is made of the source
 * documents' sha256s, so a tour made on the 2022/2024 DUP is not offered on another.
 * Storage is injected (localStorage in the app, a Map in tests); a broken or foreign entry
 * is reported, never thrown at the user's face, and never silently overwritten on read.
 */
import type { PayloadMeta } from '../types';
import { parseTour, serializeTour, TourFileError } from './tour-file';
import type { Tour } from './types';

export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const PREFIX = 'trama.tour.';

export function documentShas(meta: Pick<PayloadMeta, 'sources'>): string[] {
  return meta.sources.map((s) => s.sha256).sort();
}

export function tourStorageKey(meta: Pick<PayloadMeta, 'sources'>): string {
  return PREFIX + documentShas(meta).join('+');
}

export type StoredTour = { tour: Tour } | { tour: null; error?: TourFileError };

export function loadStoredTour(store: KeyValueStore, meta: Pick<PayloadMeta, 'sources'>): StoredTour {
  const key = tourStorageKey(meta);
  let text: string | null;
  try {
    text = store.getItem(key);
  } catch {
    return { tour: null }; // storage disabled (private mode, file:// policies)
  }
  if (text === null) return { tour: null };
  try {
    return { tour: parseTour(text, `localStorage:${key}`) };
  } catch (e) {
    if (e instanceof TourFileError) return { tour: null, error: e };
    throw e;
  }
}

/** False when the browser refused (quota, disabled storage): the caller tells the user. */
export function saveStoredTour(store: KeyValueStore, meta: Pick<PayloadMeta, 'sources'>, tour: Tour): boolean {
  try {
    store.setItem(tourStorageKey(meta), serializeTour(tour));
    return true;
  } catch {
    return false;
  }
}

export function clearStoredTour(store: KeyValueStore, meta: Pick<PayloadMeta, 'sources'>): void {
  try {
    store.removeItem(tourStorageKey(meta));
  } catch {
    /* nothing kept, nothing to clear */
  }
}
