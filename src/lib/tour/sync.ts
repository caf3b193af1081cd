/**
 * Messages between the main window and the presenter view over BroadcastChannel
 * ('trama-presenter'). The main window is the source of truth and announces its state;
 * the presenter view asks for it when it opens and sends commands (next, prev, goto).
 * Every message is checked on arrival: another tab or an old build may talk on the channel.
 */
import type { TourStep } from './types';

export const CHANNEL_NAME = 'trama-presenter';

export interface PresenterSnapshot {
  active: boolean;
  mode: 'auto' | 'custom';
  step: number;
  black: boolean;
  /** ms since epoch when the presentation started; the presenter view's timer counts from it. */
  startedAt: number;
  steps: TourStep[];
}

export type SyncMessage =
  | { type: 'state'; snapshot: PresenterSnapshot }
  | { type: 'hello' }
  | { type: 'command'; command: 'next' | 'prev' | 'black' | 'exit' }
  | { type: 'goto'; step: number };

const COMMANDS = new Set(['next', 'prev', 'black', 'exit']);

export function readSyncMessage(data: unknown): SyncMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  switch (m.type) {
    case 'hello':
      return { type: 'hello' };
    case 'command':
      return typeof m.command === 'string' && COMMANDS.has(m.command) ? { type: 'command', command: m.command as 'next' } : null;
    case 'goto':
      return Number.isInteger(m.step) && (m.step as number) >= 0 ? { type: 'goto', step: m.step as number } : null;
    case 'state': {
      const s = m.snapshot as Record<string, unknown> | undefined;
      if (!s || typeof s !== 'object' || !Array.isArray(s.steps) || !Number.isInteger(s.step)) return null;
      if (typeof s.active !== 'boolean' || typeof s.black !== 'boolean' || typeof s.startedAt !== 'number') return null;
      if (s.mode !== 'auto' && s.mode !== 'custom') return null;
      const okSteps = s.steps.every((x) => typeof x === 'object' && x !== null && typeof (x as TourStep).title === 'string' && typeof (x as TourStep).caption === 'string' && typeof (x as TourStep).notes === 'string');
      return okSteps ? { type: 'state', snapshot: s as unknown as PresenterSnapshot } : null;
    }
    default:
      return null;
  }
}

/** The bits of BroadcastChannel the model uses; tests pass a fake pair. */
export interface SyncChannel {
  postMessage(message: SyncMessage): void;
  close(): void;
  onmessage: ((ev: { data: unknown }) => void) | null;
}

export function openChannel(): SyncChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  try {
    return new BroadcastChannel(CHANNEL_NAME) as unknown as SyncChannel;
  } catch {
    return null; // some file:// contexts refuse it; the presenter view is then unavailable
  }
}
