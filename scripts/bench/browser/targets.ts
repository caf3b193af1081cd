/**
 * The speed targets of issues 3 and 6, checked against one run's medians. A benchmark
 * never fails the build: a missed target is printed as MISSED, plainly, with its figure.
 */
import { fmt, ratio } from './stats';

export interface SizeFigures {
  /** "1k", "5k", "20k" or "seed". */
  name: string;
  nodes: number;
  edges: number;
  app: Figures;
  bare: Figures;
}
export interface Figures {
  /** Cytoscape's graph on screen. */
  firstDraw?: number;
  /** The whole graph on screen, as the preview or as Cytoscape's first frame, whichever came first. */
  firstPicture?: number;
  /** How many loads painted a preview first. */
  previews?: number;
  interactive?: number;
  panFps?: number;
  zoomFps?: number;
  /** False when a pan gesture could not start on the background (it may have dragged a node). */
  panOnBackground?: boolean;
  error?: string;
}

export interface TargetResult {
  target: string;
  measured: string;
  /** undefined when it could not be measured. */
  met?: boolean;
}

export const FIRST_DRAW_RATIO = 1.2;
export const FPS_5K = 30;
export const FIRST_DRAW_20K_MS = 3000;
export const PAN_FPS_20K = 10;
export const SEED_INTERACTIVE_MS = 1000;

const check = (target: string, value: number | undefined, shown: string, ok: (v: number) => boolean): TargetResult =>
  value === undefined || !Number.isFinite(value) ? { target, measured: 'not measured' } : { target, measured: shown, met: ok(value) };

export function evaluateTargets(sizes: SizeFigures[]): TargetResult[] {
  const out: TargetResult[] = [];
  for (const s of sizes) {
    const r = ratio(s.app.firstDraw ?? NaN, s.bare.firstDraw ?? NaN);
    out.push(check(`${s.name}: app first draw ≤ ${FIRST_DRAW_RATIO}× bare`, r, `${fmt(r, 3)}×`, (v) => v <= FIRST_DRAW_RATIO));
  }
  const k5 = sizes.find((s) => s.name === '5k');
  if (k5) {
    out.push(check(`5k: app ≥ ${FPS_5K} fps panning`, k5.app.panFps, `${fmt(k5.app.panFps, 1)} fps`, (v) => v >= FPS_5K));
    out.push(check(`5k: app ≥ ${FPS_5K} fps zooming`, k5.app.zoomFps, `${fmt(k5.app.zoomFps, 1)} fps`, (v) => v >= FPS_5K));
  }
  const k20 = sizes.find((s) => s.name === '20k');
  if (k20) {
    const how = k20.app.previews ? ` (preview; Cytoscape drawn at ${fmt(k20.app.firstDraw)} ms)` : '';
    out.push(check(`20k: app drawn ≤ ${FIRST_DRAW_20K_MS / 1000} s`, k20.app.firstPicture, `${fmt(k20.app.firstPicture)} ms${how}`, (v) => v <= FIRST_DRAW_20K_MS));
    out.push(check(`20k: app ≥ ${PAN_FPS_20K} fps panning`, k20.app.panFps, `${fmt(k20.app.panFps, 1)} fps`, (v) => v >= PAN_FPS_20K));
  }
  const seed = sizes.find((s) => s.name === 'seed')?.app;
  out.push(
    check(`seed: app interactive ≤ ${SEED_INTERACTIVE_MS / 1000} s`, seed?.interactive, `${fmt(seed?.interactive)} ms`, (v) => v <= SEED_INTERACTIVE_MS),
  );
  return out;
}

export function verdict(r: TargetResult): string {
  return r.met === undefined ? 'NOT MEASURED' : r.met ? 'ok' : 'MISSED';
}
