/**
 * What a tour is made of. A step says what to show (the nodes to light and to fit) and
 * which explorer state to put on screen (view, focus, filters), as a plain object shaped
 * like the explorer's URL state, so a step can be saved to a file, shared and reopened.
 */
import type { Filters } from '../view/filters';
import { VIEWS, type Focus, type View } from '../view/url-state';

/** The explorer's views, as its URL state names them (hierarchy, network, …). */
export const TOUR_VIEWS = VIEWS;
export type TourView = View;

export const STEP_KINDS = ['opening', 'area', 'ranking', 'organism', 'closing', 'custom'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/** The explorer state a step applies: the same fields, same meaning, as its URL state (ViewState). */
export interface StepState {
  view: TourView;
  /** Focus mode (depth 0 = the node's chain); null shows the whole (filtered) graph. */
  focus: Focus | null;
  /** Node shown in the details panel; null leaves nothing selected. */
  selection: string | null;
  filters: Filters;
}

export interface TourStep {
  /** Stable within a tour: `opening`, `area:<id>`, `organism:<id>`, `custom-3`… */
  id: string;
  kind: StepKind;
  /** Short heading shown large (a name from the document, or a UI word). Plain text. */
  title: string;
  /** The sentence(s) shown under the title. Plain text, never markup. */
  caption: string;
  /** For the presenter only (presenter view): what to say, figures to quote. */
  notes: string;
  /** Node ids drawn lit; everything else dims. Empty = nothing dimmed. */
  light: string[];
  /** Node ids the camera fits; empty = the whole graph. */
  fit: string[];
  state: StepState;
}

export const TOUR_FILE_VERSION = 1;

/** A tour of one's own, as kept in localStorage and saved to a .json file. */
export interface Tour {
  version: typeof TOUR_FILE_VERSION;
  /** Format marker so a stray JSON file is recognised as "not a tour". */
  format: 'trama-tour';
  title: string;
  /** sha256 of each source document the tour was made on (payload.meta.sources). */
  documents: string[];
  created: string;
  steps: TourStep[];
}

export type TourMode = 'auto' | 'custom';
