/** Runs test/fixtures/graph/networkx_metrics.py: networkx's values for the given graphs. */
import { spawnSync } from 'node:child_process';
import type Graph from 'graphology';
import { expect } from 'vitest';
import { DEFAULT_METRIC_OPTIONS, METRICS, type MetricOptions } from '../../../../src/lib/graph/metrics';
import { fileURLToPath } from 'node:url';

export const PYTHON = '/usr/bin/python3';
const SCRIPT = fileURLToPath(new URL('../../../fixtures/graph/networkx_metrics.py', import.meta.url));

export interface NxGraph {
  name: string;
  nodes: string[];
  edges: Array<[string, string] | [string, string, number]>;
  weighted?: boolean;
}
export type NxValues = Record<string, Record<string, Record<string, number> | null>>;

/** Fails (never skips) when python3 or networkx is missing: CI installs python3-networkx. */
export function networkx(graphs: NxGraph[]): NxValues {
  const run = spawnSync(PYTHON, [SCRIPT], { input: JSON.stringify({ graphs }), encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.error) throw new Error(`cannot run ${PYTHON} (${run.error.message}): install python3 and python3-networkx`);
  if (run.status !== 0) {
    throw new Error(`${PYTHON} ${SCRIPT} failed (is networkx installed? apt-get install python3-networkx):\n${run.stderr}`);
  }
  return JSON.parse(run.stdout) as NxValues;
}

export function toNx(name: string, g: Graph): NxGraph {
  return { name, nodes: g.nodes(), edges: g.mapEdges((_e, _a, s, t) => [s, t] as [string, string]) };
}


/** Every metric of every node of `g` within 1e-9 of networkx's (null = neither converged). */
export function expectLikeNetworkx(name: string, g: Graph, options: Partial<MetricOptions> = {}): void {
  const reference = networkx([toNx(name, g)])[name];
  const settings = { ...DEFAULT_METRIC_OPTIONS, ...options };
  for (const metric of METRICS) {
    const ours = metric.compute(g, settings).values;
    const theirs = reference[metric.id];
    if (theirs === null) {
      expect(ours, `${name}: networkx did not converge on ${metric.id}`).toBeNull();
      continue;
    }
    expect(ours, `${name}: ${metric.id} computed`).not.toBeNull();
    for (const node of g.nodes()) {
      const diff = Math.abs(ours![node] - theirs[node]);
      expect(diff, `${name}: ${metric.id} of ${node}: ours ${ours![node]}, networkx ${theirs[node]}`).toBeLessThan(1e-9);
    }
  }
}

