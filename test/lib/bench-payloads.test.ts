import { describe, expect, it } from 'vitest';
import { PlanIndex } from '../../src/lib/model/plan-index';
import { validatePayload } from '../../src/lib/payload/validate';
import { NODE_KINDS, type Payload } from '../../src/lib/types';
import { BENCH_SIZES, syntheticPayload } from '../../scripts/bench/payloads';
import { computeMetrics } from '../../scripts/bench/payloads/metrics';
import { createRng } from '../../scripts/bench/payloads/random';
import { levelCounts } from '../../scripts/bench/payloads/structure';

const roundTrip = (p: Payload): Payload => validatePayload(JSON.parse(JSON.stringify(p)));

describe('synthetic benchmark payloads', () => {
  it.each([120, 700])('%i nodes: valid, exactly that many, counts as declared', (n) => {
    const p = roundTrip(syntheticPayload(n));
    expect(p.nodes).toHaveLength(n);
    for (const kind of NODE_KINDS) {
      expect(p.meta.counts[kind]).toBe(p.nodes.filter((x) => x.kind === kind).length);
      expect(p.meta.counts[kind]).toBeGreaterThanOrEqual(2);
    }
    expect(p.meta.counts.edges).toBe(p.edges.length);
    expect(new Set(p.nodes.map((x) => x.id)).size).toBe(n);
    expect(new Set(p.edges.map((e) => e.id)).size).toBe(p.edges.length);
  });

  it('the intended sizes split into six levels adding up exactly', () => {
    expect([...BENCH_SIZES]).toEqual([1000, 5000, 20000]);
    for (const n of BENCH_SIZES) {
      const c = levelCounts(n);
      expect(NODE_KINDS.reduce((s, k) => s + c[k], 0)).toBe(n);
      // Shape of a plan: each level wider than the one above, organisms a small pool.
      expect(c.area).toBeLessThan(c.strategic_objective);
      expect(c.strategic_objective).toBeLessThan(c.operational_objective);
      expect(c.operational_objective).toBeLessThan(c.management_objective);
      expect(c.management_objective).toBeLessThan(c.action);
      expect(c.organism).toBeLessThan(c.management_objective / 4);
    }
  });

  it('refuses sizes it cannot shape into a plan', () => {
    expect(() => syntheticPayload(5)).toThrow(/bench\/payloads: invalid size 5/);
    expect(() => syntheticPayload(1000.5)).toThrow(/invalid size/);
  });

  it('is a DAG of six levels: every node has a parent one level up, actions and organisms are linked', () => {
    const p = syntheticPayload(700);
    const index = new PlanIndex(p);
    const level = new Map(NODE_KINDS.map((k, i) => [k, i]));
    const kindOf = new Map(p.nodes.map((n) => [n.id, n.kind]));
    for (const e of p.edges) {
      expect(level.get(kindOf.get(e.target)!)! - level.get(kindOf.get(e.source)!)!).toBe(1);
      expect(e.kind).toBe(kindOf.get(e.target) === 'organism' ? 'assigned' : 'contains');
      expect(e.sources.length).toBeGreaterThan(0);
    }
    for (const n of p.nodes) {
      if (n.kind !== 'area') expect(index.parents(n.id).length, n.id).toBeGreaterThan(0);
      if (n.kind !== 'organism') expect(index.children(n.id).length, n.id).toBeGreaterThan(0);
      expect(n.sources.length, n.id).toBeGreaterThan(0);
      expect(n.areas.length, n.id).toBeGreaterThan(0);
    }
    // Some second parents, and organisms shared across ambiti, as in the real plan.
    expect(p.nodes.some((n) => index.parents(n.id).length > 1 && n.kind !== 'organism')).toBe(true);
    expect(p.nodes.filter((n) => n.kind === 'organism' && n.areas.length > 1).length).toBeGreaterThan(5);
  });

  it("derives each organism's load and rank as the plan index sees them", () => {
    const p = syntheticPayload(600);
    const index = new PlanIndex(p);
    const orgs = p.nodes.filter((n) => n.kind === 'organism');
    for (const o of orgs) {
      const above = [...index.ancestors(o.id)].map((id) => index.node(id)!.kind);
      for (const level of ['area', 'strategic_objective', 'operational_objective', 'management_objective', 'action'] as const) {
        expect(o.load![level], `${o.id} ${level}`).toBe(above.filter((k) => k === level).length);
      }
      expect(o.areas[0]).toBeDefined();
    }
    expect(orgs.map((o) => o.load!.rank).sort((a, b) => a - b)).toEqual(orgs.map((_, i) => i + 1));
    const first = orgs.find((o) => o.load!.rank === 1)!;
    expect(Math.max(...orgs.map((o) => o.load!.management_objective))).toBe(first.load!.management_objective);
    for (const e of p.organismGraph.edges) {
      expect(e.weight).toBe(e.shared.length);
      for (const m of e.shared) {
        const below = index.organismsBelow(m);
        expect(below.has(e.source) && below.has(e.target)).toBe(true);
      }
    }
  });

  it('is deterministic for a seed and differs across seeds', () => {
    expect(JSON.stringify(syntheticPayload(300, 4))).toBe(JSON.stringify(syntheticPayload(300, 4)));
    expect(JSON.stringify(syntheticPayload(300, 4))).not.toBe(JSON.stringify(syntheticPayload(300, 5)));
  });

  it('keeps rows and the raw text of each row for the details panel', () => {
    const p = syntheticPayload(500);
    const rows = p.rawLines.filter((l) => l.text.split('\t').length === 6);
    expect(p.meta.sources[0].rows).toBe(p.meta.counts.action);
    expect(rows.length).toBe(p.meta.counts.action + 1); // plus the header
    const lines = new Set(p.rawLines.map((l) => l.line));
    for (const n of p.nodes) for (const s of n.sources) expect(lines.has(s.line)).toBe(true);
  });

  it('sampled centrality ranks the same hubs as exact centrality', () => {
    const p = syntheticPayload(600);
    const ids = p.nodes.map((n) => n.id);
    const edges = p.edges.map((e): [string, string] => [e.source, e.target]);
    const exact = computeMetrics(ids, edges, createRng(1));
    const sampled = computeMetrics(ids, edges, createRng(1), 10);
    expect(sampled.methods.betweenness).toMatch(/estimated/);
    // Estimates are noisy per node but must keep the shape: strongly correlated with exact values.
    for (const k of ['betweenness', 'closeness'] as const) {
      const xs = ids.map((id) => exact.metrics.get(id)![k]);
      const ys = ids.map((id) => sampled.metrics.get(id)![k]);
      expect(pearson(xs, ys), k).toBeGreaterThan(0.9);
    }
    for (const m of sampled.metrics.values()) {
      expect(m.betweenness).toBeGreaterThanOrEqual(0);
      expect(m.closeness).toBeGreaterThan(0);
      expect(m.closeness).toBeLessThanOrEqual(1);
    }
  });
});

function pearson(xs: number[], ys: number[]): number {
  const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  const [mx, my] = [mean(xs), mean(ys)];
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  xs.forEach((x, i) => {
    sxy += (x - mx) * (ys[i] - my);
    sxx += (x - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  });
  return sxy / Math.sqrt(sxx * syy);
}
