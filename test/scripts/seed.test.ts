/**
 * The seed document end to end through `npm run graph`. Every expected number below was
 * counted by hand from seeds/000_21ae8c23261b0544.txt (17 table rows, lines 14–45):
 *
 * - areas (4): IMPRESA INNOVAZIONE E LAVORO (L14–16, 19–20), DEL FUTURO (L23–32),
 *   DIRITTI E OPPORTUNITÀ (L35), COME MOTORE DEL CAMBIAMENTO (L39–45); the <b> markup on
 *   some rows does not make a second node.
 * - strategic objectives (7): DISTRETTO MANIFATTURIERO…, IL CENTRO STORICO…, CULTURA E
 *   TURISMO…, DAL DECORO…, PRATO CITTÀ GREEN, UNA CASA PER TUTTI, L'AMMINISTRAZIONE….
 * - operational objectives (10): one per row except "Promuovere la cura e il decoro…"
 *   (L24, 27, 28, 29: one node) and "Migliorare l'efficienza interna…" (L39–45: one node).
 * - management objectives (16): one per row, except L24 and L27 which repeat
 *   "Verde pubblico: Miglioramento dello stato sanitario…" under the same parent.
 *   L38 ("interazioni") follows a repeated header with empty leading cells: a page-break
 *   continuation of L35's objective, not a row.
 * - actions (19): one per row, but L35 has three <p> paragraphs (3 actions); L19 and L20
 *   share the text "Progettare realizzare e gestire attività…" under two different
 *   management objectives, so they are two actions. 16 rows − 1 + 3 … = 19.
 * - organisms (10): Pecci (FACT), Museo del Tessuto, Metastasio, PIN, Consiag Servizi
 *   Comuni, Camerata, Istituto Datini, PARSEC, EPP, So.Ri.
 * - edges (81): contains 7 + 10 + 16 + 19 = 52; assigned: L14 3, L19 5, L20 5, L35 3 × 1,
 *   and 13 other actions × 1 = 29.
 *
 * Loads, through each organism's actions (area / strategic / operational / management /
 * actions): Consiag L16, 24, 27, 28, 29, 32, 39, 40 → 3/4/4/7/8 (L24 and L27 share a
 * management objective); Pecci, Tessuto, Metastasio L14, 19, 20 → 1/2/3/3/3; So.Ri. L41,
 * 44, 45 → 1/1/1/3/3; Camerata, Datini L19, 20 → 1/1/2/2/2; EPP L35 → 1/1/1/1/3; PIN L15,
 * PARSEC L23 → 1/1/1/1/1. Share = management / 16. Rank by management, then actions, then
 * label (Italian collation) as the registry gives it: Consiag 1; "Fondazione Museo del
 * Tessuto" 2, "Fondazione per le Arti…" 3, "Fondazione Teatro Metastasio" 4, "So.Ri." 5;
 * "Camerata…" 6, "Fondazione Istituto…Datini" 7; EPP 8 (3 actions); "Fondazione PARSEC" 9,
 * "PIN" 10.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { createRegistry, validateRegistry } from '../../src/lib/registry';
import type { Payload, PayloadNode } from '../../src/lib/types';
import { graphCli, REGISTRY, ROOT, SEED, tempDir } from './cli';
import { expectLikeNetworkx } from '../lib/graph/metrics/networkx';

const registry = createRegistry(validateRegistry(JSON.parse(readFileSync(join(ROOT, REGISTRY), 'utf8')), REGISTRY));

const LOADS: Array<[string, [number, number, number, number, number], number]> = [
  ['Consiag Servizi Comuni srl', [3, 4, 4, 7, 8], 1],
  ['Fondazione Museo del Tessuto', [1, 2, 3, 3, 3], 2],
  ['Fondazione per le Arti Contemporanee in Toscana', [1, 2, 3, 3, 3], 3],
  ['Fondazione Teatro Metastasio', [1, 2, 3, 3, 3], 4],
  ['So.Ri spa', [1, 1, 1, 3, 3], 5],
  ['Camerata strumentale', [1, 1, 2, 2, 2], 6],
  ['Istituto Internazionale di Storia Economica "F.Datini"', [1, 1, 2, 2, 2], 7],
  ['Edilizia Pubblica Pratese spa', [1, 1, 1, 1, 3], 8],
  ['Fondazione PARSEC ex CSN', [1, 1, 1, 1, 1], 9],
  ['Pin S.c.r.l.– Polo Universitario “Città di Prato”', [1, 1, 1, 1, 1], 10],
];

let payload: Payload;
let first: string;
let out: string;

beforeAll(() => {
  out = join(tempDir(), 'graph.json');
  const run = graphCli([SEED, '--out', out, '--registry', REGISTRY]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  first = readFileSync(out, 'utf8');
  payload = JSON.parse(first) as Payload;
});

const byId = (id: string): PayloadNode => payload.nodes.find((n) => n.id === id)!;

describe('the seed through npm run graph', () => {
  it('has the node counts per kind and the edges counted by hand', () => {
    expect(payload.meta.counts).toEqual({
      area: 4, strategic_objective: 7, operational_objective: 10, management_objective: 16, action: 19, organism: 10, edges: 81,
    });
    expect(payload.meta.sources[0]).toMatchObject({ file: SEED, rows: 17 });
    expect(payload.diagnostics.filter((d) => d.level !== 'info')).toEqual([]);
  });

  it("gives each organism the load counted by hand", () => {
    for (const [name, [area, so, oo, mo, action], rank] of LOADS) {
      const node = payload.nodes.find((n) => n.kind === 'organism' && registry.match(n.label).key === registry.match(name).key);
      expect(node, name).toBeDefined();
      expect(node!.load, name).toEqual({
        area, strategic_objective: so, operational_objective: oo, management_objective: mo, action, share: mo / 16, rank,
      });
      expect(node!.organism?.registered, name).toBe(true);
    }
  });

  it('lists the continuation line in the provenance of the objective it continues', () => {
    const mo = payload.nodes.find((n) => n.kind === 'management_objective' && n.label.startsWith('Aumentare il patrimonio'))!;
    expect(mo.sources).toEqual([{ file: SEED, line: 35 }, { file: SEED, line: 38 }]);
    expect(mo.text).toContain('interazioni');
    expect(payload.rawLines.map((r) => r.line)).toContain(38);
  });

  it('orders an organism\'s areas by its actions in each (Consiag: Futuro 5, Motore 2, Impresa 1)', () => {
    expect(byId('organism:consiag-servizi-comuni-srl').areas).toEqual([
      'area:citta-del-futuro', 'area:citta-come-motore-del-cambiamento', 'area:citta-impresa-innovazione-e-lavoro',
    ]);
  });

  it('cites the document from its own title lines', () => {
    expect(payload.meta.citation).toBe('DUP 2022/2024 – Nota di aggiornamento, SeO §1.6');
    expect(payload.meta.slug).toBe('dup-2022-2024');
    expect(payload.meta.methods.betweenness).toMatch(/exact/);
  });

  it('is deterministic: a second run writes the same bytes', () => {
    const again = join(tempDir(), 'graph.json');
    expect(graphCli([SEED, '--out', again, '--registry', REGISTRY, '--quiet']).status).toBe(0);
    expect(readFileSync(again, 'utf8')).toBe(first);
  });

  it("has every node's centrality equal to networkx's on the seed graph (1e-9)", () => {
    const g = new Graph({ type: 'undirected' });
    for (const n of payload.nodes) g.addNode(n.id);
    for (const e of payload.edges) g.mergeEdge(e.source, e.target);
    expectLikeNetworkx('seed', g);
  });

  it('writes the same centrality values it computes (rounded to 1e-12)', () => {
    const hub = byId('organism:consiag-servizi-comuni-srl');
    expect(hub.metrics.degree).toBe(8); // its 8 actions
    const values = payload.nodes.map((n) => n.metrics.pagerank);
    expect(values.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 9);
    for (const n of payload.nodes) for (const v of Object.values(n.metrics)) expect(Math.round(v * 1e12) / 1e12).toBe(v);
  });
});
