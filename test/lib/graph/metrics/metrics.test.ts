import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { METRICS, DEFAULT_METRIC_OPTIONS, type MetricOptions } from '../../../../src/lib/graph/metrics';
import { sampleIndices, seededRandom } from '../../../../src/lib/graph/metrics/components';
import { METRIC_IDS } from '../../../../src/lib/types';

function graphOf(edges: Array<[string, string]>, isolated: string[] = []): Graph {
  const g = new Graph({ type: 'undirected' });
  for (const n of isolated) g.addNode(n);
  for (const [a, b] of edges) g.mergeEdge(a, b);
  return g;
}

function run(g: Graph, options: Partial<MetricOptions> = {}) {
  const settings = { ...DEFAULT_METRIC_OPTIONS, ...options };
  return Object.fromEntries(METRICS.map((m) => [m.id, m.compute(g, settings)]));
}

describe('metrics registry', () => {
  it('has one descriptor per NodeMetrics field, in the payload order', () => {
    expect(METRICS.map((m) => m.id)).toEqual(METRIC_IDS);
  });
});

describe('metrics on tiny graphs with known values', () => {
  it('path a–b–c', () => {
    const r = run(graphOf([['a', 'b'], ['b', 'c']]));
    expect(r.degree.values).toEqual({ a: 1, b: 2, c: 1 });
    expect(r.betweenness.values).toEqual({ a: 0, b: 1, c: 0 });
    expect(r.closeness.values!.b).toBeCloseTo(1, 12);
    expect(r.closeness.values!.a).toBeCloseTo(2 / 3, 12);
    const pr = r.pagerank.values!;
    expect(pr.a + pr.b + pr.c).toBeCloseTo(1, 12);
    expect(pr.a).toBeCloseTo(pr.c, 12);
    expect(pr.b).toBeGreaterThan(pr.a);
  });

  it('star with four leaves: the centre is between every pair', () => {
    const r = run(graphOf([['h', '1'], ['h', '2'], ['h', '3'], ['h', '4']]));
    expect(r.degree.values).toMatchObject({ h: 4, '1': 1 });
    expect(r.betweenness.values!.h).toBeCloseTo(1, 12);
    expect(r.betweenness.values!['1']).toBe(0);
    expect(r.closeness.values!.h).toBeCloseTo(1, 12);
    expect(r.closeness.values!['1']).toBeCloseTo(4 / 7, 12);
  });

  it('two components: Wasserman–Faust closeness and betweenness scaled to the whole graph', () => {
    // {a–b} and {c–d–e}, N = 5.
    const r = run(graphOf([['a', 'b'], ['c', 'd'], ['d', 'e']]));
    expect(r.closeness.values!.a).toBeCloseTo(1 / 4, 12);
    expect(r.closeness.values!.d).toBeCloseTo(1 / 2, 12);
    expect(r.closeness.values!.c).toBeCloseTo(1 / 3, 12);
    expect(r.betweenness.values!.d).toBeCloseTo(1 / 6, 12);
    expect(r.betweenness.values!.a).toBe(0);
  });

  it('an isolated node has zero closeness and betweenness, degree 0', () => {
    const r = run(graphOf([['a', 'b']], ['z']));
    expect(r.degree.values!.z).toBe(0);
    expect(r.closeness.values!.z).toBe(0);
    expect(r.betweenness.values!.z).toBe(0);
  });

  it('the empty graph gives empty results, not errors', () => {
    const r = run(new Graph({ type: 'undirected' }));
    for (const id of METRIC_IDS) expect(r[id].values).toEqual({});
  });

  it('says in the method when a component was sampled, and the sample is reproducible', () => {
    const edges: Array<[string, string]> = [];
    for (let i = 0; i < 200; i++) edges.push([`n${i}`, `n${(i * 7 + 3) % 200}`], [`n${i}`, `n${i + 1}`]);
    const g = graphOf(edges);
    const options = { exactNodeLimit: 50, sampleBudget: 20 * (g.order + 2 * g.size) };
    const a = run(g, options);
    const b = run(g, options);
    expect(a.betweenness.values).toEqual(b.betweenness.values);
    expect(a.closeness.values).toEqual(b.closeness.values);
    expect(a.betweenness.method).toMatch(/sampled on 1 larger component \(201 nodes\)/);
    expect(a.betweenness.method).toMatch(/32 of 201 sources/);
    expect(a.closeness.method).toMatch(/an estimate/);
    const exact = run(g);
    expect(exact.betweenness.method).toMatch(/exact on all 1 connected component/);
    // An estimate, but a sound one: mean closeness within 10%, same most central node by betweenness.
    const mean = (v: Record<string, number>) => Object.values(v).reduce((s, x) => s + x, 0) / g.order;
    expect(Math.abs(mean(a.closeness.values!) / mean(exact.closeness.values!) - 1)).toBeLessThan(0.1);
  });

  it('eigenvector that cannot converge is omitted, and the method says so', () => {
    const eig = METRICS.find((m) => m.id === 'eigenvector')!;
    // A long path converges very slowly under power iteration on A + I.
    const edges: Array<[string, string]> = [];
    for (let i = 0; i < 3000; i++) edges.push([`p${i}`, `p${i + 1}`]);
    const r = eig.compute(graphOf(edges), DEFAULT_METRIC_OPTIONS);
    expect(r.values).toBeNull();
    expect(r.method).toMatch(/did not converge, omitted/);
  });
});

describe('deterministic sampling', () => {
  it('draws k distinct sorted indices, the same for the same seed', () => {
    const a = sampleIndices(100, 10, seededRandom(7));
    expect(a).toEqual(sampleIndices(100, 10, seededRandom(7)));
    expect(new Set(a).size).toBe(10);
    expect([...a].sort((x, y) => x - y)).toEqual(a);
    expect(a.every((i) => i >= 0 && i < 100)).toBe(true);
    expect(sampleIndices(5, 10, seededRandom(1))).toEqual([0, 1, 2, 3, 4]);
  });
});
