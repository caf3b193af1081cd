/**
 * Editing one's own tour, as pure producers: (tour, args) → new tour. The presenter model
 * keeps the current tour and replaces it with what these return, so every change can be
 * saved as a whole and undone by keeping the previous value.
 */
import type { PayloadMeta } from '../types';
import { documentShas } from './storage';
import { TOUR_FILE_VERSION, type StepState, type Tour, type TourStep } from './types';

export function emptyTour(meta: Pick<PayloadMeta, 'sources'>, title: string, now: Date = new Date()): Tour {
  return { version: TOUR_FILE_VERSION, format: 'trama-tour', title, documents: documentShas(meta), created: now.toISOString(), steps: [] };
}

/** What the explorer shows right now, as the presenter captures it. */
export interface CurrentView {
  state: StepState;
  /** Nodes on screen (visible and, when focused, in focus). */
  shown: string[];
  /** What the explorer lights among them (the selection's chain); absent or null = nothing is lit, all shown counts. */
  lit?: string[] | null;
}

/**
 * The nodes a step made from `view` lights and fits: what the explorer lights, so the
 * step shows the view as it was built (a searched organism's chain lit, the rest dim,
 * the camera on the chain). Lighting everything shown drew the whole plan at full
 * strength with only a ring on the selection. Nothing lit on screen: all that is shown.
 */
export function viewLight(view: CurrentView): string[] {
  if (!view.lit) return [...view.shown];
  const shown = new Set(view.shown);
  const lit = view.lit.filter((id) => shown.has(id));
  return lit.length ? lit : [...view.shown];
}

/** A step id not used yet in the tour: custom-1, custom-2… */
function freshId(tour: Tour): string {
  const used = new Set(tour.steps.map((s) => s.id));
  let n = tour.steps.length + 1;
  while (used.has(`custom-${n}`)) n++;
  return `custom-${n}`;
}

export function addStep(tour: Tour, view: CurrentView, title: string, caption = ''): Tour {
  const light = viewLight(view);
  const step: TourStep = {
    id: freshId(tour),
    kind: 'custom',
    title,
    caption,
    notes: '',
    light,
    fit: [...light],
    state: structuredClone(view.state),
  };
  return { ...tour, steps: [...tour.steps, step] };
}

export function editStep(tour: Tour, index: number, patch: Partial<Pick<TourStep, 'title' | 'caption' | 'notes'>>): Tour {
  if (!tour.steps[index]) return tour;
  return { ...tour, steps: tour.steps.map((s, i) => (i === index ? { ...s, ...patch } : s)) };
}

/** Moves step `from` to position `to` (both 0-based, clamped). */
export function moveStep(tour: Tour, from: number, to: number): Tour {
  if (!tour.steps[from]) return tour;
  const target = Math.min(Math.max(0, to), tour.steps.length - 1);
  if (target === from) return tour;
  const steps = [...tour.steps];
  const [s] = steps.splice(from, 1);
  steps.splice(target, 0, s);
  return { ...tour, steps };
}

export function deleteStep(tour: Tour, index: number): Tour {
  if (!tour.steps[index]) return tour;
  return { ...tour, steps: tour.steps.filter((_, i) => i !== index) };
}

export function renameTour(tour: Tour, title: string): Tour {
  return { ...tour, title };
}

/** File name for saving: the tour's title, made safe for every file system. */
export function tourFileName(tour: Tour, slug: string): string {
  const base = tour.title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    // "Tour del 1 dicembre" would give "…-tour-tour-del-1-dicembre": the word is there once.
    .replace(/^(?:tour|the-tour)(?:-(?:del|dello|della|di|of))?(?:-|$)/, '');
  return `${slug}-tour${base ? `-${base}` : ''}.json`;
}
