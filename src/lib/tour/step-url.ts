/**
 * Step URLs: `?present=auto&step=3` opens the automatic tour at its third step,
 * `?present=custom&step=1` one's own tour; `?presenter-view=1` is the second window.
 * Steps are 1-based in URLs because people read them aloud. Other parameters (lang, view…)
 * pass through untouched.
 */
import type { TourMode } from './types';

export interface PresentLocation {
  mode: TourMode;
  /** 0-based; the caller clamps it to the tour's length. */
  step: number;
}

export const PRESENT_PARAM = 'present';
export const STEP_PARAM = 'step';
export const PRESENTER_VIEW_PARAM = 'presenter-view';

export function decodePresent(search: string | URLSearchParams): PresentLocation | null {
  const q = typeof search === 'string' ? new URLSearchParams(search) : search;
  const mode = q.get(PRESENT_PARAM);
  if (mode !== 'auto' && mode !== 'custom') return null;
  const raw = q.get(STEP_PARAM);
  const n = raw !== null && /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : 1;
  return { mode, step: Math.max(0, n - 1) };
}

/** The query string for a step, keeping every other parameter; null leaves presenter mode. */
export function encodePresent(search: string | URLSearchParams, at: PresentLocation | null): string {
  const q = new URLSearchParams(search);
  if (at) {
    q.set(PRESENT_PARAM, at.mode);
    q.set(STEP_PARAM, String(at.step + 1));
  } else {
    q.delete(PRESENT_PARAM);
    q.delete(STEP_PARAM);
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

export function isPresenterView(search: string | URLSearchParams): boolean {
  const q = typeof search === 'string' ? new URLSearchParams(search) : search;
  const v = q.get(PRESENTER_VIEW_PARAM);
  return v !== null && v !== '0' && v !== 'false';
}

export function clampStep(step: number, length: number): number {
  if (length <= 0) return 0;
  return Math.min(Math.max(0, Math.trunc(step)), length - 1);
}
