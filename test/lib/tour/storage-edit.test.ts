import { describe, expect, it } from 'vitest';
import { addStep, deleteStep, editStep, emptyTour, moveStep, renameTour, tourFileName } from '../../../src/lib/tour/edit';
import { clearStoredTour, loadStoredTour, saveStoredTour, tourStorageKey, type KeyValueStore } from '../../../src/lib/tour/storage';
import { EMPTY_FILTERS } from '../../../src/lib/view/filters';
import { miniPayload } from './helpers';

class MemoryStore implements KeyValueStore {
  map = new Map<string, string>();
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
}
const refusing: KeyValueStore = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
};

const view = (id: string) => ({ state: { view: 'network' as const, focus: null, selection: id, filters: EMPTY_FILTERS }, shown: [id] });

describe('editing a tour', () => {
  const meta = miniPayload().meta;
  const base = () => [1, 2, 3].reduce((t, n) => addStep(t, view(`n${n}`), `T${n}`), emptyTour(meta, 'Mio'));

  it('adds the current view as a step, with fresh ids and a copy of the state', () => {
    const v = view('a');
    const t = addStep(emptyTour(meta, 'x'), v, 'Titolo', 'Didascalia');
    expect(t.steps[0]).toMatchObject({ id: 'custom-1', kind: 'custom', title: 'Titolo', caption: 'Didascalia', light: ['a'], fit: ['a'] });
    expect(t.steps[0].state).toEqual(v.state);
    expect(t.steps[0].state).not.toBe(v.state);
    const again = addStep(deleteStep(base(), 0), view('b'), 'T4');
    expect(new Set(again.steps.map((s) => s.id)).size).toBe(3);
  });

  it('renames, reorders and deletes without touching the original', () => {
    const t = base();
    expect(editStep(t, 1, { title: 'Nuovo', caption: 'c' }).steps[1]).toMatchObject({ title: 'Nuovo', caption: 'c' });
    expect(moveStep(t, 0, 2).steps.map((s) => s.title)).toEqual(['T2', 'T3', 'T1']);
    expect(moveStep(t, 2, 0).steps.map((s) => s.title)).toEqual(['T3', 'T1', 'T2']);
    expect(moveStep(t, 0, -5).steps.map((s) => s.title)).toEqual(['T1', 'T2', 'T3']);
    expect(moveStep(t, 0, 99).steps.map((s) => s.title)).toEqual(['T2', 'T3', 'T1']);
    expect(deleteStep(t, 1).steps.map((s) => s.title)).toEqual(['T1', 'T3']);
    expect(deleteStep(t, 7)).toBe(t);
    expect(editStep(t, 7, { title: 'x' })).toBe(t);
    expect(renameTour(t, 'Altro').title).toBe('Altro');
    expect(t.steps.map((s) => s.title)).toEqual(['T1', 'T2', 'T3']);
  });

  it('names the saved file safely', () => {
    expect(tourFileName(renameTour(base(), 'Città: è «bello»/?'), 'dup-2022-2024')).toBe('dup-2022-2024-tour-citta-e-bello.json');
    expect(tourFileName(renameTour(base(), '***'), 'dup')).toBe('dup-tour.json');
    // The default titles start with the word the name already has.
    expect(tourFileName(renameTour(base(), 'Tour del 1 dicembre 2026'), 'dup')).toBe('dup-tour-1-dicembre-2026.json');
    expect(tourFileName(renameTour(base(), 'Tour of 1 December 2026'), 'dup')).toBe('dup-tour-1-december-2026.json');
    expect(tourFileName(renameTour(base(), 'Tour'), 'dup')).toBe('dup-tour.json');
    expect(tourFileName(renameTour(base(), 'Touring Prato'), 'dup')).toBe('dup-tour-touring-prato.json');
  });
});

describe('keeping a tour in the browser', () => {
  const meta = miniPayload().meta;

  it('keys by the documents sha256s, whatever their order', () => {
    const two = { sources: [...meta.sources, { ...meta.sources[0], file: 'b.txt', sha256: '00ff' }] };
    const swapped = { sources: [...two.sources].reverse() };
    expect(tourStorageKey(two)).toBe(tourStorageKey(swapped));
    expect(tourStorageKey(two)).not.toBe(tourStorageKey(meta));
    expect(tourStorageKey(meta)).toContain(meta.sources[0].sha256);
  });

  it('saves, loads, keeps tours of other documents apart and clears', () => {
    const store = new MemoryStore();
    const t = addStep(emptyTour(meta, 'Mio'), view('a'), 'T');
    expect(saveStoredTour(store, meta, t)).toBe(true);
    expect(loadStoredTour(store, meta)).toEqual({ tour: t });
    expect(loadStoredTour(store, { sources: [{ ...meta.sources[0], sha256: 'other' }] })).toEqual({ tour: null });
    clearStoredTour(store, meta);
    expect(loadStoredTour(store, meta)).toEqual({ tour: null });
  });

  it('reports a damaged entry instead of throwing, and leaves it in place', () => {
    const store = new MemoryStore();
    store.setItem(tourStorageKey(meta), '{"format":"trama-tour","version":1,"title":');
    const r = loadStoredTour(store, meta);
    expect(r.tour).toBeNull();
    expect('error' in r && r.error?.code).toBe('json');
    expect(store.getItem(tourStorageKey(meta))).not.toBeNull();
  });

  it('survives a browser that refuses storage', () => {
    expect(loadStoredTour(refusing, meta)).toEqual({ tour: null });
    expect(saveStoredTour(refusing, meta, emptyTour(meta, 'x'))).toBe(false);
    expect(() => clearStoredTour(refusing, meta)).not.toThrow();
  });
});
