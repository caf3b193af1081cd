/**
 * The browser benchmark's result, as the bench entry's reports (scripts/bench/suite.ts):
 * the figures per payload, the bare page's milestones, and the targets with a plain
 * ok / MISSED verdict each.
 */
import { CHROMIUM_PATH, VIEWPORT } from '../chromium';
import { formatReport, type BenchReport } from '../suite';
import { BIG_PAYLOAD, SMALL_PAYLOAD, loadsFor } from './runs';
import { fmt, ratio } from './stats';
import { verdict, type SizeFigures, type TargetResult } from './targets';

export interface BrowserReport {
  sizes: SizeFigures[];
  targets: TargetResult[];
  runs: number;
  /** Loads actually measured per payload (the smaller of app and bare). */
  loads: Record<string, number>;
  gestureMs: number;
  seconds: number;
  /** Median milestones of the bare page (ms since navigation start), per payload. */
  breakdown: Array<{ name: string; bare: Record<string, number> }>;
  /** 1-minute load average at the start and the end: a busy machine explains slow figures. */
  load: [number, number];
  notes: string[];
}

const pair = (a?: number, b?: number, digits = 0) => `${fmt(a, digits)} / ${fmt(b, digits)}`;

export function toBenchReports(r: BrowserReport): BenchReport[] {
  const problems = r.sizes.flatMap((s) => [
    ...(s.app.error ? [`${s.name} app: ${s.app.error}`] : []),
    ...(s.bare.error ? [`${s.name} bare: ${s.bare.error}`] : []),
    ...(s.app.panOnBackground === false ? [`${s.name} app: no empty background to start the pan on; the drag may have moved a node`] : []),
  ]);
  const figures: BenchReport = {
    title: 'Browser: the app against a bare Cytoscape page drawing the same elements',
    header: ['payload', 'nodes', 'edges', 'loads', 'first picture ms app / bare', 'ratio', 'first draw ms app / bare', 'ratio', 'interactive ms', 'pan fps app / bare', 'ratio', 'zoom fps app / bare', 'ratio'],
    rows: r.sizes.map((s) => [
      s.name,
      String(s.nodes),
      String(s.edges),
      String(r.loads[s.name] ?? 0),
      pair(s.app.firstPicture, s.bare.firstPicture) + (s.app.previews ? ' (preview)' : ''),
      fmt(ratio(s.app.firstPicture ?? NaN, s.bare.firstPicture ?? NaN), 2),
      pair(s.app.firstDraw, s.bare.firstDraw),
      fmt(ratio(s.app.firstDraw ?? NaN, s.bare.firstDraw ?? NaN), 2),
      fmt(s.app.interactive),
      pair(s.app.panFps, s.bare.panFps, 1),
      fmt(ratio(s.app.panFps ?? NaN, s.bare.panFps ?? NaN), 2),
      pair(s.app.zoomFps, s.bare.zoomFps, 1),
      fmt(ratio(s.app.zoomFps ?? NaN, s.bare.zoomFps ?? NaN), 2),
    ]),
    notes: [
      `headless Chromium (${CHROMIUM_PATH}), ${VIEWPORT.width}×${VIEWPORT.height}, fresh profile per load; figures are medians over the loads shown (up to ${loadsFor(SMALL_PAYLOAD, r.runs)} per page up to ${SMALL_PAYLOAD.toLocaleString('en')} nodes, ${r.runs} above, ${loadsFor(BIG_PAYLOAD, r.runs)} from ${BIG_PAYLOAD.toLocaleString('en')} nodes up), app and bare interleaved`,
      'first draw: navigation start → the frame after data-ready="true" is set on the graph container (both pages set it when Cytoscape\'s first layout stops); first picture: the first frame with the whole graph on screen, the app\'s preview (painted without Cytoscape while it builds, from 10k elements up) or else the first draw; interactive: the end of the last long task (> 50 ms) before 500 ms without one',
      `fps: requestAnimationFrame callbacks during a ${(r.gestureMs / 1000).toFixed(1)} s mouse drag from the background (pan) and ${(r.gestureMs / 1000).toFixed(1)} s of wheel in then out (zoom), mouse down to mouse up`,
      `load average ${r.load[0].toFixed(1)} at the start, ${r.load[1].toFixed(1)} at the end (2 cores); ${r.seconds.toFixed(0)} s in all`,
      ...problems,
      ...r.notes,
    ],
  };
  const milestones: BenchReport = {
    title: 'Browser: where the bare page spends its first draw (ms since navigation start)',
    header: ['payload', 'data fetched', 'parsed', 'scene built', 'Cytoscape created', 'first frame'],
    rows: r.breakdown.map((b) => [b.name, ...['fetched', 'parsed', 'scene', 'created', 'drawn'].map((k) => fmt(b.bare[k]))]),
    notes: [],
  };
  const targets: BenchReport = {
    title: 'Browser: targets (issues 3 and 6)',
    header: ['target', 'measured', 'verdict'],
    rows: r.targets.map((t) => [t.target, t.measured, verdict(t)]),
    notes: r.targets.filter((t) => t.met === false).map((t) => `MISSED: ${t.target} (measured ${t.measured})`),
  };
  return [figures, milestones, targets];
}

export function formatBrowserReport(r: BrowserReport): string {
  return toBenchReports(r).map(formatReport).join('\n\n');
}
