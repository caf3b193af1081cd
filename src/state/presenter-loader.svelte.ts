/**
 * Presenter mode, loaded when it is needed: its code stays out of the first draw. Until
 * it has loaded this stands in for the bridge with the values of "not presenting" (the
 * canvas lights the explorer's chain, the history sync is not held), and keeps what must
 * not be missed meanwhile: the presenter view's messages wait in a buffer, and P or the
 * Present button load the code and then act.
 */
import type { Lang } from '../lib/i18n';
import type { PlanIndex } from '../lib/model/plan-index';
import { isEditableTarget, keyAction } from '../lib/tour/keys';
import { openChannel, type SyncChannel } from '../lib/tour/sync';
import type { ExplorerState } from './explorer.svelte';
import type { PresenterBridge } from './presenter-bridge.svelte';
import type { PresenterModel } from './presenter.svelte';

/** What the loader needs from the presenter's module (src/components/presenter/presenter-kit.ts). */
export interface PresenterKitBase {
  PresenterBridge: typeof PresenterBridge;
}

export interface PresenterLoaderOptions {
  /** The line to the presenter view, open from the start (default: a BroadcastChannel; null: none). */
  channel?: SyncChannel | null;
  onerror?: (e: unknown) => void;
}

type Pending = (model: PresenterModel, bridge: PresenterBridge) => void;

export class PresenterLoader<Kit extends PresenterKitBase> {
  kit = $state.raw<Kit | null>(null);
  bridge = $state.raw<PresenterBridge | null>(null);
  /** The last load failed (a later request tries again); the explorer works on without it. */
  failed = $state(false);

  readonly model = $derived(this.bridge?.model ?? null);
  readonly active = $derived(this.bridge?.active ?? false);
  readonly highlight = $derived.by(() => (this.bridge ? this.bridge.highlight : this.#explorer.highlight));
  readonly staged = $derived(this.bridge?.staged ?? null);
  readonly fit = $derived(this.bridge?.fit ?? null);
  /** The explorer's history sync stays quiet while this is true. */
  get ownsHistory(): boolean {
    return this.bridge?.ownsHistory ?? false;
  }

  readonly #explorer: ExplorerState;
  readonly #importKit: () => Promise<Kit>;
  readonly #onerror: (e: unknown) => void;
  #loading: Promise<Kit | null> | null = null;
  #channel: BufferedChannel | null | undefined;
  #pending: Pending | null = null;

  constructor(explorer: ExplorerState, importKit: () => Promise<Kit>, options: PresenterLoaderOptions = {}) {
    this.#explorer = explorer;
    this.#importKit = importKit;
    this.#onerror = options.onerror ?? ((e) => console.error('Trama: presenter mode could not be loaded', e));
    const raw = options.channel !== undefined ? options.channel : openChannel();
    this.#channel = raw ? new BufferedChannel(raw) : null;
  }

  /** Loads presenter mode (once); resolves to null when its code could not be loaded. */
  load(): Promise<Kit | null> {
    this.#loading ??= this.#importKit().then(
      (kit) => {
        this.kit = kit;
        this.bridge ??= new kit.PresenterBridge(this.#explorer);
        this.failed = false;
        return kit;
      },
      (e: unknown) => {
        this.#loading = null;
        this.failed = true;
        this.#onerror(e);
        return null;
      },
    );
    return this.#loading;
  }

  /**
   * Gives the bridge a model for these data and language (the app calls it whenever they
   * change, once loaded); runs the action that was waiting for it. Returns the detach.
   */
  connect(index: PlanIndex, lang: Lang, startAt?: string): () => void {
    const bridge = this.bridge;
    if (!bridge) return () => {};
    // The first model takes the line opened at start, with what arrived on it since.
    const channel = this.#channel;
    this.#channel = undefined;
    const stop = bridge.attach(index, lang, startAt, undefined, channel);
    const model = bridge.model;
    const pending = this.#pending;
    if (model && pending) {
      this.#pending = null;
      pending(model, bridge);
    }
    return stop;
  }

  /** Runs `fn` on the model now, or once presenter mode has loaded and has its data. */
  withModel(fn: Pending): void {
    const model = this.model;
    if (model && this.bridge) return fn(model, this.bridge);
    this.#pending = fn;
    void this.load();
  }

  /**
   * A window keydown before the presenter's own keyboard is there: P (the only key it
   * takes while not presenting, by the same rule) loads it and starts the tour.
   */
  earlyKey(e: KeyboardEvent): void {
    if (this.model || e.defaultPrevented || e.isComposing) return;
    if ((e.target as Element | null)?.closest?.('dialog, [role="dialog"]')) return;
    const input = { key: e.key, shiftKey: e.shiftKey, ctrlKey: e.ctrlKey, altKey: e.altKey, metaKey: e.metaKey, inEditable: isEditableTarget(e.target) };
    if (keyAction(input, { active: false, buffer: '' })?.type !== 'enter') return;
    e.preventDefault();
    this.withModel((model) => void model.enter('auto', 0));
  }
}

/** How many early messages are kept: the presenter view sends one or two. */
const BUFFER_LIMIT = 32;

/**
 * A channel that keeps what arrives before anyone listens and hands it over, in order,
 * to the first listener: the presenter view's "hello" must not be lost while presenter
 * mode is still loading.
 */
export class BufferedChannel implements SyncChannel {
  readonly #raw: SyncChannel;
  #queue: unknown[] = [];
  #listener: SyncChannel['onmessage'] = null;

  constructor(raw: SyncChannel) {
    this.#raw = raw;
    raw.onmessage = (ev) => {
      if (this.#listener) this.#listener(ev);
      else if (this.#queue.length < BUFFER_LIMIT) this.#queue.push(ev.data);
    };
  }

  get onmessage(): SyncChannel['onmessage'] {
    return this.#listener;
  }
  set onmessage(fn: SyncChannel['onmessage']) {
    this.#listener = fn;
    if (!fn) return;
    const queued = this.#queue;
    this.#queue = [];
    for (const data of queued) fn({ data });
  }

  postMessage(message: Parameters<SyncChannel['postMessage']>[0]): void {
    this.#raw.postMessage(message);
  }
  close(): void {
    this.#queue = [];
    this.#listener = null;
    this.#raw.onmessage = null;
    this.#raw.close();
  }
}
