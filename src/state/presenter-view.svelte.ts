/**
 * The presenter view's model (the second window, ?presenter-view=1): it follows what the
 * main window announces and sends back Next/Prev/black. It keeps no tour of its own: the
 * main window's snapshot carries the steps, so a custom tour shows the same in both.
 */
import { readSyncMessage, type PresenterSnapshot, type SyncChannel } from '../lib/tour/sync';
import type { TourStep } from '../lib/tour/types';

export class PresenterFollower {
  snapshot = $state.raw<PresenterSnapshot | null>(null);
  now = $state(0);
  /** The timer counts from here: the presentation's start, or when the presenter reset it. */
  #resetAt = $state<number | null>(null);

  readonly current = $derived<TourStep | null>(this.snapshot?.steps[this.snapshot.step] ?? null);
  readonly next = $derived<TourStep | null>(this.snapshot?.steps[this.snapshot.step + 1] ?? null);
  readonly elapsedMs = $derived.by(() => {
    const from = this.#resetAt ?? this.snapshot?.startedAt ?? 0;
    return this.snapshot?.active && from ? Math.max(0, this.now - from) : 0;
  });

  #channel: SyncChannel | null;
  #clock: () => number;

  constructor(channel: SyncChannel | null, clock: () => number = Date.now) {
    this.#channel = channel;
    this.#clock = clock;
    this.now = clock();
    if (channel) {
      channel.onmessage = (ev) => this.#receive(ev.data);
      channel.postMessage({ type: 'hello' });
    }
  }

  get connected(): boolean {
    return this.snapshot !== null;
  }

  tick(): void {
    this.now = this.#clock();
  }
  resetTimer(): void {
    this.#resetAt = this.#clock();
    this.tick();
  }
  nextStep(): void {
    this.#channel?.postMessage({ type: 'command', command: 'next' });
  }
  prevStep(): void {
    this.#channel?.postMessage({ type: 'command', command: 'prev' });
  }
  toggleBlack(): void {
    this.#channel?.postMessage({ type: 'command', command: 'black' });
  }
  goto(step: number): void {
    this.#channel?.postMessage({ type: 'goto', step });
  }
  dispose(): void {
    if (!this.#channel) return;
    this.#channel.onmessage = null;
    this.#channel.close();
  }

  #receive(data: unknown): void {
    const m = readSyncMessage(data);
    if (m?.type !== 'state') return;
    if (this.snapshot && m.snapshot.startedAt !== this.snapshot.startedAt) this.#resetAt = null;
    this.snapshot = m.snapshot;
    this.tick();
  }
}

/** "1:05:09" / "4:07": elapsed time as a presenter reads it at a glance. */
export function formatElapsed(ms: number): string {
  const s = Math.floor(Math.max(0, ms) / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
