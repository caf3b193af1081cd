/**
 * Tour files: a tour prepared on one computer, shown on another. `parseTour` accepts only
 * what `serializeTour` writes (format marker, version, every field typed) and says which
 * field of which file is wrong; with an index it also refuses steps naming unknown nodes,
 * so a tour made for another document never lights half a graph.
 */
import type { PlanIndex } from '../model/plan-index';
import type { Filters } from '../view/filters';
import { NODE_KINDS } from '../types';
import { MAX_FOCUS_DEPTH } from '../view/url-state';
import { STEP_KINDS, TOUR_FILE_VERSION, TOUR_VIEWS, type StepState, type Tour, type TourStep } from './types';

export type TourFileErrorCode = 'json' | 'format' | 'version' | 'shape' | 'node';

/** `params` fill the i18n message `presenter.file.<code>`; `message` is the English form for logs and tests. */
export class TourFileError extends Error {
  readonly code: TourFileErrorCode;
  readonly file: string;
  readonly params: Record<string, string | number>;
  constructor(code: TourFileErrorCode, file: string, detail: string, params: Record<string, string | number> = {}) {
    super(`tour-file: ${file}: ${detail}`);
    this.name = 'TourFileError';
    this.code = code;
    this.file = file;
    this.params = params;
  }
}

export function serializeTour(tour: Tour): string {
  return JSON.stringify(tour, null, 2) + '\n';
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** 1-based line of a JSON.parse failure, read from the engine's message (position or line). */
export function jsonErrorLine(text: string, message: string): number {
  const line = /line (\d+)/i.exec(message);
  if (line) return Number(line[1]);
  const pos = /position (\d+)/i.exec(message);
  if (pos) return text.slice(0, Number(pos[1])).split('\n').length;
  return text.split('\n').length; // unexpected end: the last line
}

export function parseTour(text: string, file: string, index?: PlanIndex): Tour {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const line = jsonErrorLine(text, (e as Error).message);
    throw new TourFileError('json', file, `not valid JSON (line ${line}): ${(e as Error).message}`, { line });
  }
  if (!isObj(value) || value.format !== 'trama-tour') throw new TourFileError('format', file, 'not a Trama tour file');
  if (value.version !== TOUR_FILE_VERSION) {
    const found = JSON.stringify(value.version) ?? 'undefined';
    throw new TourFileError('version', file, `version ${found} is not supported (expected ${TOUR_FILE_VERSION})`, {
      found,
      expected: TOUR_FILE_VERSION,
    });
  }
  const f = new Fields(file);
  const tour: Tour = {
    version: TOUR_FILE_VERSION,
    format: 'trama-tour',
    title: f.string(value.title, 'title'),
    documents: f.strings(value.documents, 'documents'),
    created: f.string(value.created, 'created'),
    steps: f.array(value.steps, 'steps').map((s, i) => step(f, s, `steps[${i}]`)),
  };
  const ids = new Set<string>();
  tour.steps.forEach((s, i) => {
    if (ids.has(s.id)) f.fail(`steps[${i}].id`, `a unique step id ("${s.id}" appears twice)`);
    ids.add(s.id);
  });
  if (index) checkNodes(tour, index, file);
  return tour;
}

function step(f: Fields, v: unknown, at: string): TourStep {
  const s = f.object(v, at);
  const kind = f.string(s.kind, `${at}.kind`);
  if (!(STEP_KINDS as readonly string[]).includes(kind)) f.fail(`${at}.kind`, `one of ${STEP_KINDS.join(', ')}`);
  return {
    id: f.string(s.id, `${at}.id`, true),
    kind: kind as TourStep['kind'],
    title: f.string(s.title, `${at}.title`),
    caption: f.string(s.caption, `${at}.caption`),
    notes: f.string(s.notes ?? '', `${at}.notes`),
    light: f.strings(s.light, `${at}.light`),
    fit: f.strings(s.fit, `${at}.fit`),
    state: stepState(f, s.state, `${at}.state`),
  };
}

function stepState(f: Fields, v: unknown, at: string): StepState {
  const s = f.object(v, at);
  const view = f.string(s.view, `${at}.view`);
  if (!(TOUR_VIEWS as readonly string[]).includes(view)) f.fail(`${at}.view`, `one of ${TOUR_VIEWS.join(', ')}`);
  const fl = f.object(s.filters, `${at}.filters`);
  const hiddenKinds = f.strings(fl.hiddenKinds, `${at}.filters.hiddenKinds`);
  hiddenKinds.forEach((k, i) => {
    if (!(NODE_KINDS as readonly string[]).includes(k)) f.fail(`${at}.filters.hiddenKinds[${i}]`, 'a node kind');
  });
  const min = fl.minMeasure;
  if (typeof min !== 'number' || !Number.isFinite(min) || min < 0) f.fail(`${at}.filters.minMeasure`, 'a number ≥ 0');
  const filters: Filters = {
    hiddenAreas: f.strings(fl.hiddenAreas, `${at}.filters.hiddenAreas`),
    organisms: f.strings(fl.organisms, `${at}.filters.organisms`),
    hiddenKinds: hiddenKinds as Filters['hiddenKinds'],
    minMeasure: min as number,
  };
  return { view: view as StepState['view'], focus: focus(f, s.focus, `${at}.focus`), selection: f.nullableString(s.selection, `${at}.selection`), filters };
}

function focus(f: Fields, v: unknown, at: string): StepState['focus'] {
  if (v === null || v === undefined) return null;
  const o = f.object(v, at);
  const depth = o.depth;
  if (!Number.isInteger(depth) || (depth as number) < 0 || (depth as number) > MAX_FOCUS_DEPTH) f.fail(`${at}.depth`, `an integer from 0 to ${MAX_FOCUS_DEPTH}`);
  return { id: f.string(o.id, `${at}.id`, true), depth: depth as number };
}

function checkNodes(tour: Tour, index: PlanIndex, file: string): void {
  tour.steps.forEach((s, i) => {
    const { focus, selection, filters } = s.state;
    const named = [...s.light, ...s.fit, ...filters.hiddenAreas, ...filters.organisms, focus?.id ?? null, selection];
    for (const id of named) {
      if (id !== null && !index.has(id)) {
        throw new TourFileError('node', file, `step ${i + 1} names a node that does not exist in this data: ${id}`, { step: i + 1, id });
      }
    }
  });
}

/** Typed field readers; each failure names the field path. */
class Fields {
  constructor(readonly file: string) {}
  fail(path: string, expected: string): never {
    throw new TourFileError('shape', this.file, `field ${path}: expected ${expected}`, { path, expected });
  }
  object(v: unknown, path: string): Obj {
    return isObj(v) ? v : this.fail(path, 'an object');
  }
  array(v: unknown, path: string): unknown[] {
    return Array.isArray(v) ? v : this.fail(path, 'an array');
  }
  string(v: unknown, path: string, nonEmpty = false): string {
    if (typeof v !== 'string' || (nonEmpty && v.length === 0)) this.fail(path, nonEmpty ? 'a non-empty string' : 'a string');
    return v as string;
  }
  nullableString(v: unknown, path: string): string | null {
    return v === null || v === undefined ? null : this.string(v, path);
  }
  strings(v: unknown, path: string): string[] {
    return this.array(v, path).map((x, i) => this.string(x, `${path}[${i}]`));
  }
}
