/**
 * Presenter mode loaded on demand: nothing of it runs before it is asked for, what the
 * presenter view says meanwhile is kept, and P / the Present button still start the tour.
 */
import { describe, expect, it, vi } from 'vitest';
import { flushSync, untrack } from 'svelte';
import { readFileSync } from 'node:fs';
import { ExplorerState } from '../../../src/state/explorer.svelte';
import { BufferedChannel, PresenterLoader } from '../../../src/state/presenter-loader.svelte';
import { PresenterBridge } from '../../../src/state/presenter-bridge.svelte';
import type { SyncChannel, SyncMessage } from '../../../src/lib/tour/sync';

const text = readFileSync('test/fixtures/payload/mini.json', 'utf8');
const respond = (async () => new Response(text, { status: 200 })) as typeof fetch;

/** Two ends of one channel, delivering synchronously; a sender never hears itself. */
function channelPair() {
  const heard: { a: unknown[]; b: unknown[] } = { a: [], b: [] };
  const make = (side: 'a' | 'b'): SyncChannel & { other?: SyncChannel; closed: boolean } => ({
    onmessage: null,
    closed: false,
    postMessage(m: SyncMessage) {
      heard[side === 'a' ? 'b' : 'a'].push(m);
      this.other?.onmessage?.({ data: structuredClone(m) });
    },
    close() {
      this.closed = true;
    },
  });
  const a = make('a');
  const b = make('b');
  a.other = b;
  b.other = a;
  return { a, b, heard };
}

async function loadedExplorer(): Promise<ExplorerState> {
  const ex = new ExplorerState();
  expect(await ex.load('./data/graph.json', respond)).toBe(true);
  return ex;
}

/** What App.svelte does: connect whenever the bridge and the data are there. */
function connectLikeTheApp(loader: PresenterLoader<{ PresenterBridge: typeof PresenterBridge }>, ex: ExplorerState) {
  return $effect.root(() => {
    $effect(() => {
      const index = ex.index;
      const lang = ex.lang;
      if (!index || !loader.bridge) return;
      return untrack(() => loader.connect(index, lang));
    });
  });
}

describe('PresenterLoader', () => {
  it('stands in for the bridge until loaded: not presenting, the explorer’s chain lit, history free', async () => {
    const ex = await loadedExplorer();
    const importKit = vi.fn(async () => ({ PresenterBridge }));
    const loader = new PresenterLoader(ex, importKit, { channel: null });
    ex.select(ex.payload!.nodes[0].id);
    flushSync();
    expect(importKit).not.toHaveBeenCalled();
    expect(loader.bridge).toBeNull();
    expect(loader.active).toBe(false);
    expect(loader.ownsHistory).toBe(false);
    expect(loader.staged).toBeNull();
    expect(loader.fit).toBeNull();
    expect(loader.highlight?.nodes).toEqual(ex.highlight?.nodes);
    // Loading twice fetches the code once.
    const [k1, k2] = await Promise.all([loader.load(), loader.load()]);
    expect(k1).toBe(k2);
    expect(importKit).toHaveBeenCalledOnce();
    expect(loader.bridge).toBeInstanceOf(PresenterBridge);
    expect(loader.highlight?.nodes).toEqual(ex.highlight?.nodes);
  });

  it('the Present button before loading: loads, then starts the tour once the model has its data', async () => {
    const ex = await loadedExplorer();
    const loader = new PresenterLoader(ex, async () => ({ PresenterBridge }), { channel: null });
    const stop = connectLikeTheApp(loader, ex);
    let started: boolean | null = null;
    loader.withModel((model) => (started = model.enter('auto', 0)));
    expect(started).toBeNull();
    await loader.load();
    flushSync();
    expect(started).toBe(true);
    expect(loader.active).toBe(true);
    expect(loader.model?.step).toBe(0);
    // Once loaded, the action runs at once.
    loader.withModel((model) => model.next());
    expect(loader.model?.step).toBe(1);
    stop();
  });

  it('keeps the presenter view’s hello from before loading and answers it once connected', async () => {
    const ex = await loadedExplorer();
    const { a, b, heard } = channelPair();
    const loader = new PresenterLoader(ex, async () => ({ PresenterBridge }), { channel: a });
    b.postMessage({ type: 'hello' });
    expect(heard.b).toEqual([]);
    const stop = connectLikeTheApp(loader, ex);
    await loader.load();
    flushSync();
    expect(heard.b).toHaveLength(1);
    expect((heard.b[0] as SyncMessage).type).toBe('state');
    // Commands now reach the model directly.
    loader.model!.enter('auto', 0);
    b.postMessage({ type: 'command', command: 'next' });
    expect(loader.model?.step).toBe(1);
    stop();
    expect(a.closed).toBe(true);
  });

  it('a failed load is reported, leaves the explorer alone, and a later request tries again', async () => {
    const ex = await loadedExplorer();
    const onerror = vi.fn();
    const importKit = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue({ PresenterBridge });
    const loader = new PresenterLoader(ex, importKit, { channel: null, onerror });
    expect(await loader.load()).toBeNull();
    expect(loader.failed).toBe(true);
    expect(onerror).toHaveBeenCalledOnce();
    expect(loader.bridge).toBeNull();
    expect(await loader.load()).not.toBeNull();
    expect(loader.failed).toBe(false);
    expect(importKit).toHaveBeenCalledTimes(2);
  });

  it('P before the presenter’s keyboard is there starts the tour; other keys, text fields, dialogs and Ctrl+P do not', async () => {
    const ex = await loadedExplorer();
    const loader = new PresenterLoader(ex, async () => ({ PresenterBridge }), { channel: null });
    const stop = connectLikeTheApp(loader, ex);
    const press = (key: string, target: Element, init: KeyboardEventInit = {}) => {
      const e = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
      target.addEventListener('keydown', (ev) => loader.earlyKey(ev as KeyboardEvent), { once: true });
      target.dispatchEvent(e);
      return e.defaultPrevented;
    };
    const input = document.body.appendChild(document.createElement('input'));
    const dialog = document.body.appendChild(document.createElement('dialog'));
    const inDialog = dialog.appendChild(document.createElement('button'));
    expect(press('p', input)).toBe(false);
    expect(press('p', inDialog)).toBe(false);
    expect(press('p', document.body, { ctrlKey: true })).toBe(false);
    expect(press('PageDown', document.body)).toBe(false);
    expect(loader.bridge).toBeNull(); // none of those loaded presenter mode
    expect(press('P', document.body)).toBe(true);
    await loader.load();
    flushSync();
    expect(loader.active).toBe(true);
    // Loaded: the presenter's own keyboard takes over, this one stands aside.
    expect(press('p', document.body)).toBe(false);
    stop();
    input.remove();
    dialog.remove();
  });
});

describe('BufferedChannel', () => {
  it('hands what arrived before anyone listened to the first listener, in order, then passes messages straight on', () => {
    const { a, b } = channelPair();
    const buffered = new BufferedChannel(a);
    b.postMessage({ type: 'hello' });
    b.postMessage({ type: 'goto', step: 2 });
    const got: unknown[] = [];
    buffered.onmessage = (ev) => got.push(ev.data);
    expect(got).toEqual([{ type: 'hello' }, { type: 'goto', step: 2 }]);
    b.postMessage({ type: 'command', command: 'prev' });
    expect(got).toHaveLength(3);
    const back: unknown[] = [];
    b.onmessage = (ev) => back.push(ev.data);
    buffered.postMessage({ type: 'hello' });
    expect(back).toEqual([{ type: 'hello' }]);
    buffered.close();
    expect(a.closed).toBe(true);
    expect(buffered.onmessage).toBeNull();
  });

  it('keeps a bounded number of early messages', () => {
    const { a, b } = channelPair();
    const buffered = new BufferedChannel(a);
    for (let i = 0; i < 100; i++) b.postMessage({ type: 'goto', step: i });
    const got: unknown[] = [];
    buffered.onmessage = (ev) => got.push(ev.data);
    expect(got.length).toBeGreaterThan(0);
    expect(got.length).toBeLessThan(100);
    expect(got[0]).toEqual({ type: 'goto', step: 0 });
  });
});
