/**
 * Payloads for the view tests: the hand-made mini fixture, the pipeline's output from
 * the seed when it has been generated, and synthetic plans of any size (seeded, so a
 * failure reproduces) with long labels, shared children and unassigned branches.
 */
import { existsSync, readFileSync } from 'node:fs';
import { PlanIndex } from '../../../src/lib/model/plan-index';
import { parsePayloadText } from '../../../src/lib/payload/validate';
import { LOAD_LEVELS, NODE_KINDS, type NodeKind, type Payload, type PayloadEdge, type PayloadNode } from '../../../src/lib/types';
import { seededRandom } from '../../../src/lib/graph/metrics/components';

export function fixturePayloads(): Array<{ name: string; index: PlanIndex }> {
  return ['test/fixtures/payload/mini.json', 'public/data/graph.json']
    .filter((f) => existsSync(f))
    .map((f) => ({ name: f, index: new PlanIndex(parsePayloadText(readFileSync(f, 'utf8'))) }))
    .filter((p) => p.index.payload.nodes.length > 0);
}

export function mini(): PlanIndex {
  return new PlanIndex(parsePayloadText(readFileSync('test/fixtures/payload/mini.json', 'utf8')));
}

/** The pipeline's own seeded generator (mulberry32), so fixtures are the same on every run. */
export const rng = seededRandom;

const WORDS = 'sviluppo città servizi cultura verde pubblico gestione qualità riqualificazione territorio comunità lavoro impresa innovazione sostenibilità'.split(' ');

/** A plan with `areas` areas and `fanout` children per node down to actions, `organisms` assignees. */
export function syntheticPayload(opts: { areas: number; fanout: number; organisms: number; seed?: number; twoParents?: number }): Payload {
  const rand = rng(opts.seed ?? 1);
  const nodes: PayloadNode[] = [];
  const edges: PayloadEdge[] = [];
  const text = (n: number) => Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ');
  const add = (kind: NodeKind, i: number, areas: string[]): PayloadNode => {
    const label = kind === 'area' ? text(3).toUpperCase() : text(4 + Math.floor(rand() * 30));
    const node: PayloadNode = {
      id: `${kind}:${i}`,
      kind,
      label,
      text: label,
      sources: [{ file: 'synthetic.txt', line: i + 1 }],
      metrics: { degree: 0, betweenness: rand(), closeness: rand(), pagerank: rand() / 100 },
      areas,
    };
    nodes.push(node);
    return node;
  };
  const link = (s: string, t: string, kind: 'contains' | 'assigned') => {
    if (!edges.some((e) => e.id === `${s}->${t}`)) edges.push({ id: `${s}->${t}`, source: s, target: t, kind, sources: [] });
  };
  const orgs = Array.from({ length: opts.organisms }, (_, i) => add('organism', i, []));
  let counter = 0;
  const levels = NODE_KINDS.slice(0, 5);
  let previous: PayloadNode[] = [];
  for (const [depth, kind] of levels.entries()) {
    const current: PayloadNode[] = [];
    if (depth === 0) for (let i = 0; i < opts.areas; i++) current.push(add('area', counter++, []));
    else
      for (const parent of previous)
        for (let i = 0; i < opts.fanout; i++) {
          const child = add(kind, counter++, parent.kind === 'area' ? [parent.id] : [...parent.areas]);
          link(parent.id, child.id, 'contains');
          current.push(child);
        }
    for (const n of current) if (n.kind === 'area') n.areas = [n.id];
    previous = current;
  }
  // A few objectives with a second parent, possibly in another area.
  const mos = nodes.filter((n) => n.kind === 'management_objective');
  const ops = nodes.filter((n) => n.kind === 'operational_objective');
  for (let i = 0; i < (opts.twoParents ?? 3) && mos.length && ops.length; i++) {
    const mo = mos[Math.floor(rand() * mos.length)];
    const op = ops[Math.floor(rand() * ops.length)];
    link(op.id, mo.id, 'contains');
    for (const a of op.areas) if (!mo.areas.includes(a)) mo.areas.push(a);
  }
  for (const action of previous) {
    const k = 1 + Math.floor(rand() * 2);
    for (let j = 0; j < k; j++) link(action.id, orgs[Math.floor(rand() * orgs.length)].id, 'assigned');
  }
  const index = new PlanIndex({ nodes, edges } as unknown as Payload);
  for (const [r, o] of orgs
    .map((o) => {
      const anc = index.ancestors(o.id);
      const load = Object.fromEntries(LOAD_LEVELS.map((l) => [l, [...anc].filter((a) => index.node(a)!.kind === l).length]));
      o.areas = [...new Set([...anc].flatMap((a) => index.node(a)!.areas))];
      return { o, load };
    })
    .sort((a, b) => b.load.management_objective - a.load.management_objective)
    .entries()) {
    o.o.load = { ...(o.load as Record<(typeof LOAD_LEVELS)[number], number>), share: o.load.management_objective / Math.max(1, mos.length), rank: r + 1 };
  }
  return {
    schemaVersion: 1,
    meta: { title: 'Synthetic', citation: 'Synthetic', slug: 'synthetic', sources: [], counts: { area: 0, strategic_objective: 0, operational_objective: 0, management_objective: 0, action: 0, organism: 0, edges: 0 }, methods: {}, extraColumns: [] },
    nodes,
    edges,
    organismGraph: { nodes: [], edges: [] },
    rawLines: [],
    diagnostics: [],
  };
}
