/** The presenter model with a fake host, a memory store and a fake BroadcastChannel pair. */
import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { PresenterModel, type PresenterHost } from '../../../src/state/presenter.svelte';
import { PresenterFollower, formatElapsed } from '../../../src/state/presenter-view.svelte';
import type { SyncChannel, SyncMessage } from '../../../src/lib/tour/sync';
import { serializeTour } from '../../../src/lib/tour/tour-file';
import { tourStorageKey, type KeyValueStore } from '../../../src/lib/tour/storage';
import { EMPTY_FILTERS } from '../../../src/lib/view/filters';
import type { TourStep } from '../../../src/lib/tour/types';
import { index, miniPayload } from './helpers';

class Store implements KeyValueStore {
  map = new Map<string, string>();
  getItem = (k: string) => this.map.get(k) ?? null;
  setItem = (k: string, v: string) => void this.map.set(k, v);
  removeItem = (k: string) => void this.map.delete(k);
}

/** Two ends of one channel; like BroadcastChannel, a sender never hears itself. Delivery is synchronous here. */
function channelPair(): [SyncChannel, SyncChannel] {
  const make = (): SyncChannel & { other?: SyncChannel } => ({
    onmessage: null,
    postMessage(m: SyncMessage) {
      this.other?.onmessage?.({ data: structuredClone(m) });
    },
    close() {},
  });
  const a = make();
  const b = make();
  a.other = b;
  b.other = a;
  return [a, b];
}

function setup(options: { store?: Store; channel?: SyncChannel } = {}) {
  const payload = miniPayload();
  const ix = index(payload);
  const applied: TourStep[] = [];
  const located: Array<unknown> = [];
  const calls: string[] = [];
  const area = ix.byKind('area')[0];
  const host: PresenterHost = {
    apply: (s) => void applied.push(s),
    begin: () => void calls.push('begin'),
    end: () => void calls.push('end'),
    current: () => ({ state: { view: 'radial', focus: { id: area.id, depth: 1 }, selection: area.id, filters: EMPTY_FILTERS }, shown: [area.id] }),
    located: (at) => void located.push(at),
  };
  let t = 1_000;
  const model = new PresenterModel(ix, 'en', host, { storage: options.store ?? new Store(), channel: options.channel ?? null, now: () => t });
  return { model, applied, located, calls, ix, area, tick: (ms: number) => (t += ms) };
}

describe('PresenterModel', () => {
  it('walks the automatic tour with the clicker and stops at both ends', () => {
    const { model, applied, located, calls } = setup();
    expect(model.handleKey({ key: 'PageDown' })).toBe(false); // not presenting: the page keeps its keys
    expect(model.handleKey({ key: 'p' })).toBe(true);
    expect(model.active).toBe(true);
    expect(calls).toEqual(['begin']);
    const n = model.total;
    expect(n).toBe(model.autoSteps.length);
    for (let i = 1; i < n + 2; i++) model.handleKey({ key: 'PageDown' });
    expect(model.step).toBe(n - 1);
    expect(applied.at(-1)!.kind).toBe('closing');
    for (let i = 0; i < n + 2; i++) model.handleKey({ key: 'PageUp' });
    expect(model.step).toBe(0);
    expect(applied.map((s) => s.id).slice(0, n)).toEqual(model.autoSteps.map((s) => s.id));
    expect(located.at(-1)).toEqual({ mode: 'auto', step: 0 });
    model.handleKey({ key: 'End' });
    expect(model.step).toBe(n - 1);
    model.handleKey({ key: 'Home' });
    expect(model.step).toBe(0);
    model.handleKey({ key: 'Escape' });
    expect(model.active).toBe(false);
    expect(calls).toEqual(['begin', 'end']);
    expect(located.at(-1)).toBeNull();
  });

  it('jumps with digits then Enter, and Backspace edits the number', () => {
    const { model } = setup();
    model.enter();
    model.handleKey({ key: '1' });
    model.handleKey({ key: '9' });
    model.handleKey({ key: 'Backspace' });
    expect(model.buffer).toBe('1');
    model.handleKey({ key: '0' });
    model.handleKey({ key: 'Enter' });
    expect(model.buffer).toBe('');
    expect(model.step).toBe(Math.min(9, model.total - 1)); // 10 → clamped to the last step
    model.handleKey({ key: '2' });
    model.handleKey({ key: 'Enter' });
    expect(model.step).toBe(1);
    model.handleKey({ key: '3' });
    model.handleKey({ key: 'Escape' }); // first Esc clears the number, does not leave
    expect(model.active).toBe(true);
    expect(model.buffer).toBe('');
  });

  it('B blacks the screen; the next key brings the picture back on the same step', () => {
    const { model } = setup();
    model.enter('auto', 2);
    model.handleKey({ key: 'b' });
    expect(model.black).toBe(true);
    model.handleKey({ key: 'PageDown' });
    expect(model.black).toBe(false);
    expect(model.step).toBe(2);
  });

  it('enters at a step from the URL, clamped', () => {
    const { model } = setup();
    model.enter('auto', 99);
    expect(model.step).toBe(model.total - 1);
  });

  it('swipes only while presenting', () => {
    const { model } = setup();
    expect(model.swipe(-200, 0, 100)).toBe(false);
    model.enter();
    expect(model.swipe(-200, 0, 100)).toBe(true);
    expect(model.step).toBe(1);
    expect(model.swipe(200, 0, 100)).toBe(true);
    expect(model.step).toBe(0);
    expect(model.swipe(5, 0, 100)).toBe(false);
  });

  it('builds a custom tour from the current view, keeps it, and presents it', () => {
    const store = new Store();
    const { model, area } = setup({ store });
    expect(model.enter('custom')).toBe(false);
    expect(model.error).toMatch(/no steps/);
    model.addCurrentView('First', 'A caption');
    model.addCurrentView('  ', '');
    expect(model.custom.steps.map((s) => s.title)).toEqual(['First', 'Step 2']);
    expect(model.custom.steps[0].state.focus).toEqual({ id: area.id, depth: 1 });
    model.editStep(1, { title: 'Second' });
    model.moveStep(1, 0);
    expect(model.custom.steps.map((s) => s.title)).toEqual(['Second', 'First']);
    expect(store.map.get(tourStorageKey(model.index.payload.meta))).toContain('"Second"');
    expect(model.enter('custom', 1)).toBe(true);
    expect(model.current?.title).toBe('First');
    model.deleteStep(1);
    expect(model.step).toBe(0);
    model.deleteStep(0);
    expect(model.active).toBe(false); // nothing left to show

    // a second model on the same browser finds the tour again
    model.addCurrentView('Kept');
    const again = setup({ store }).model;
    expect(again.custom.steps.map((s) => s.title)).toEqual(['Kept']);
  });

  it('opens a tour file, or keeps the current tour and says why not', () => {
    const { model } = setup();
    model.addCurrentView('Mine');
    const { name, text } = model.tourFile();
    expect(name).toMatch(/^dup-2022-2024-mini-tour.*\.json$/);
    const other = setup().model;
    expect(other.openTourFile(text, name)).toBe(true);
    expect(other.custom).toEqual(model.custom);
    expect(other.notice).toMatch(/1 steps|1 step/);
    expect(other.openTourFile('{"format":"trama-tour","version":9}', 'old.json')).toBe(false);
    expect(other.error).toBe('The tour old.json could not be opened: version 9 is not supported (this version of Trama reads 1)');
    const bad = JSON.parse(text);
    bad.steps[0].light.push('organism:somebody-else');
    expect(other.openTourFile(serializeTour(bad), 'x.json')).toBe(false);
    expect(other.error).toContain('organism:somebody-else');
    expect(other.custom.steps.map((s) => s.title)).toEqual(['Mine']);
  });

  it('reports a damaged stored tour on start and starts with an empty one', () => {
    const store = new Store();
    const meta = miniPayload().meta;
    store.setItem(tourStorageKey(meta), 'not json');
    const { model } = setup({ store });
    expect(model.custom.steps).toEqual([]);
    expect(model.error).toMatch(/not valid JSON/);
  });

  it('keeps the presenter view in step and obeys its buttons', () => {
    const [main, side] = channelPair();
    const { model, tick } = setup({ channel: main });
    let now = 1_000;
    const view = new PresenterFollower(side, () => now);
    // its hello was answered at once: connected, but nobody is presenting yet
    flushSync();
    expect(view.connected).toBe(true);
    expect(view.snapshot?.active).toBe(false);
    tick(0);
    model.enter('auto', 1);
    expect(view.current?.id).toBe(model.autoSteps[1].id);
    expect(view.next?.id).toBe(model.autoSteps[2].id);
    view.nextStep();
    expect(model.step).toBe(2);
    view.prevStep();
    view.prevStep();
    expect(model.step).toBe(0);
    view.goto(3);
    expect(model.step).toBe(3);
    expect(view.current?.notes).toBe(model.autoSteps[3].notes);
    view.toggleBlack();
    expect(model.black).toBe(true);
    expect(view.snapshot?.black).toBe(true);
    now += 65_000;
    view.tick();
    expect(formatElapsed(view.elapsedMs)).toBe('1:05');
    view.resetTimer();
    expect(view.elapsedMs).toBe(0);
    model.exit();
    expect(view.snapshot?.active).toBe(false);
    // junk on the channel is ignored
    side.postMessage({ type: 'command', command: 'rm -rf' } as never);
    expect(model.active).toBe(false);
  });

  it('formats elapsed time', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(3_723_000)).toBe('1:02:03');
    expect(formatElapsed(-5)).toBe('0:00');
  });
});
