/**
 * Presenter mode: which tour, which step, black screen, the digits typed for a jump, and
 * one's own tour being edited. The model never touches Cytoscape: it hands each step to
 * its host (the shell), which applies it through the explorer's state. It keeps a second
 * window (the presenter view) in step over BroadcastChannel and obeys its Next/Prev.
 */
import type { Lang } from '../lib/i18n';
import { translate } from '../lib/i18n';
import type { PlanIndex } from '../lib/model/plan-index';
import { buildAutoTour } from '../lib/tour/auto-tour';
import { addStep, deleteStep, editStep, emptyTour, moveStep, renameTour, tourFileName, type CurrentView } from '../lib/tour/edit';
import { keyAction, type KeyInput, type PresenterAction } from '../lib/tour/keys';
import { clampStep, type PresentLocation } from '../lib/tour/step-url';
import { loadStoredTour, saveStoredTour, type KeyValueStore } from '../lib/tour/storage';
import { detectSwipe } from '../lib/tour/swipe';
import { readSyncMessage, type PresenterSnapshot, type SyncChannel } from '../lib/tour/sync';
import { parseTour, serializeTour, TourFileError } from '../lib/tour/tour-file';
import type { Tour, TourMode, TourStep } from '../lib/tour/types';
import type { ProjectorTheme } from '../lib/tour/projector-style';

export interface PresenterHost {
  /** Put a step on screen (explorer state, lit nodes, camera fit; animate unless reduced motion). */
  apply(step: TourStep): void;
  /** Presenter mode starts: remember what was on screen. */
  begin?(): void;
  /** Presenter mode ends: give back what was on screen before it started. */
  end?(): void;
  /** What the explorer shows now, for "add this view as a step". */
  current(): CurrentView;
  /** The step's place changed (step URLs); null when leaving. */
  located?(at: PresentLocation | null): void;
}

export interface PresenterOptions {
  storage?: KeyValueStore | null;
  channel?: SyncChannel | null;
  now?: () => number;
}

export class PresenterModel {
  readonly index: PlanIndex;
  readonly lang: Lang;
  active = $state(false);
  mode = $state<TourMode>('auto');
  step = $state(0);
  black = $state(false);
  buffer = $state('');
  theme = $state<ProjectorTheme>('light');
  startedAt = $state(0);
  custom = $state.raw<Tour>(null as unknown as Tour);
  /** Last problem to tell the user (a tour file that would not open, storage refused). */
  error = $state<string | null>(null);
  /** Last confirmation to announce (tour saved, tour opened). */
  notice = $state<string | null>(null);

  readonly steps = $derived.by<TourStep[]>(() => (this.mode === 'auto' ? this.autoSteps : this.custom.steps));
  readonly total = $derived(this.steps.length);
  readonly current = $derived<TourStep | null>(this.steps[this.step] ?? null);
  readonly nextStep = $derived<TourStep | null>(this.steps[this.step + 1] ?? null);

  #host: PresenterHost;
  #autoSteps: TourStep[] | null = null;
  #storage: KeyValueStore | null;
  #channel: SyncChannel | null;
  #now: () => number;

  constructor(index: PlanIndex, lang: Lang, host: PresenterHost, options: PresenterOptions = {}) {
    this.index = index;
    this.lang = lang;
    this.#host = host;
    this.#storage = options.storage ?? null;
    this.#channel = options.channel ?? null;
    this.#now = options.now ?? Date.now;
    const stored = this.#storage ? loadStoredTour(this.#storage, index.payload.meta) : { tour: null };
    this.custom = stored.tour ?? emptyTour(index.payload.meta, this.#defaultTitle());
    if ('error' in stored && stored.error) this.error = this.#fileMessage(stored.error);
    if (this.#channel) this.#channel.onmessage = (ev) => this.#receive(ev.data);
  }

  /** The automatic tour, built on first use: loading presenter mode need not pay for it. */
  get autoSteps(): TourStep[] {
    return (this.#autoSteps ??= buildAutoTour(this.index, this.lang));
  }

  /** Starts presenting `mode` at `step` (0-based, clamped). False when that tour has no steps. */
  enter(mode: TourMode = 'auto', step = 0): boolean {
    const steps = mode === 'auto' ? this.autoSteps : this.custom.steps;
    if (steps.length === 0) {
      this.error = translate(this.lang, 'presenter.tour.empty');
      return false;
    }
    if (!this.active) {
      this.#host.begin?.();
      this.startedAt = this.#now();
    }
    this.mode = mode;
    this.active = true;
    this.black = false;
    this.buffer = '';
    this.#go(step);
    return true;
  }

  exit(): void {
    if (!this.active) return;
    this.active = false;
    this.black = false;
    this.buffer = '';
    this.#host.end?.();
    this.#host.located?.(null);
    this.#broadcast();
  }

  next(): void {
    if (this.black) return this.toggleBlack();
    this.#go(this.step + 1);
  }
  prev(): void {
    if (this.black) return this.toggleBlack();
    this.#go(this.step - 1);
  }
  first(): void {
    this.#go(0);
  }
  last(): void {
    this.#go(this.total - 1);
  }
  goto(step: number): void {
    this.#go(step);
  }
  toggleBlack(): void {
    if (!this.active) return;
    this.black = !this.black;
    this.#broadcast();
  }
  setTheme(theme: ProjectorTheme): void {
    this.theme = theme;
  }

  /** Runs a key through the presenter's keyboard; true when it was taken (the caller prevents the default). */
  handleKey(k: KeyInput): boolean {
    const action = keyAction(k, { active: this.active, buffer: this.buffer });
    if (!action) return false;
    this.perform(action);
    return true;
  }

  perform(a: PresenterAction): void {
    if (a.type !== 'digit' && a.type !== 'backspace') this.buffer = '';
    switch (a.type) {
      case 'enter': return void this.enter('auto', 0);
      case 'next': return this.next();
      case 'prev': return this.prev();
      case 'first': return this.first();
      case 'last': return this.last();
      case 'black': return this.toggleBlack();
      case 'exit': return this.exit();
      case 'digit': this.buffer = (this.buffer + a.digit).replace(/^0+/, '').slice(0, 4); return;
      case 'backspace': this.buffer = this.buffer.slice(0, -1); return;
      case 'jump': return this.goto(a.step);
      case 'clear': return;
    }
  }

  /** A finished pointer stroke; true when it was a swipe. */
  swipe(dx: number, dy: number, durationMs: number): boolean {
    if (!this.active) return false;
    const dir = detectSwipe(dx, dy, durationMs);
    if (dir === 'next') this.next();
    else if (dir === 'prev') this.prev();
    return dir !== null;
  }

  // — one's own tour —

  addCurrentView(title: string, caption = ''): void {
    const name = title.trim() || translate(this.lang, 'presenter.custom.title', { n: this.custom.steps.length + 1 });
    this.#setCustom(addStep(this.custom, this.#host.current(), name, caption.trim()));
  }
  editStep(i: number, patch: Partial<Pick<TourStep, 'title' | 'caption' | 'notes'>>): void {
    this.#setCustom(editStep(this.custom, i, patch));
  }
  moveStep(from: number, to: number): void {
    this.#setCustom(moveStep(this.custom, from, to));
  }
  deleteStep(i: number): void {
    this.#setCustom(deleteStep(this.custom, i));
  }
  renameTour(title: string): void {
    this.#setCustom(renameTour(this.custom, title));
  }

  /** The file to save: name and text (the component turns it into a download). */
  tourFile(): { name: string; text: string } {
    return { name: tourFileName(this.custom, this.index.payload.meta.slug), text: serializeTour(this.custom) };
  }

  /** Opens a tour file; on a bad file keeps the current tour, sets `error` and returns false. */
  openTourFile(text: string, file: string): boolean {
    try {
      const tour = parseTour(text, file, this.index);
      this.#setCustom(tour);
      this.notice = translate(this.lang, 'presenter.editor.loaded', { title: tour.title, n: tour.steps.length });
      return true;
    } catch (e) {
      if (!(e instanceof TourFileError)) throw e;
      this.error = this.#fileMessage(e);
      return false;
    }
  }

  snapshot(): PresenterSnapshot {
    return {
      active: this.active,
      mode: this.mode,
      step: this.step,
      black: this.black,
      startedAt: this.startedAt,
      steps: $state.snapshot(this.steps) as TourStep[],
    };
  }

  dispose(): void {
    if (this.#channel) {
      this.#channel.onmessage = null;
      this.#channel.close();
    }
  }

  #go(step: number): void {
    if (!this.active) return;
    this.step = clampStep(step, this.total);
    this.black = false;
    const s = this.current;
    if (s) this.#host.apply(s);
    this.#host.located?.({ mode: this.mode, step: this.step });
    this.#broadcast();
  }

  #setCustom(tour: Tour): void {
    this.custom = tour;
    this.error = null;
    if (this.mode === 'custom' && this.active) {
      if (tour.steps.length === 0) this.exit();
      else this.#go(this.step);
    }
    if (this.#storage && !saveStoredTour(this.#storage, this.index.payload.meta, tour)) {
      this.error = translate(this.lang, 'presenter.storage.refused');
    }
  }

  #receive(data: unknown): void {
    const m = readSyncMessage(data);
    if (!m) return;
    if (m.type === 'hello') this.#broadcast();
    else if (m.type === 'goto') this.goto(m.step);
    else if (m.type === 'command') {
      if (m.command === 'next') this.next();
      else if (m.command === 'prev') this.prev();
      else if (m.command === 'black') this.toggleBlack();
      else this.exit();
    }
  }

  #broadcast(): void {
    this.#channel?.postMessage({ type: 'state', snapshot: this.snapshot() });
  }

  #fileMessage(e: TourFileError): string {
    const detail = translate(this.lang, `presenter.file.${e.code}`, e.params);
    return translate(this.lang, 'presenter.file.error', { file: e.file, detail });
  }

  #defaultTitle(): string {
    const date = new Intl.DateTimeFormat(this.lang === 'it' ? 'it-IT' : 'en-GB', { dateStyle: 'long' }).format(new Date(this.#now()));
    return translate(this.lang, 'presenter.editor.defaultTitle', { date });
  }
}
