import { describe, expect, it } from 'vitest';
import { generateDocument, HEADER } from '../../scripts/synthetic';
import { parseDocument } from '../../src/lib/dup/parse';
import { payloadFromDocuments } from '../../src/lib/pipeline';
import { REGISTRY } from '../lib/graph/helpers';

const organisms = ['Consiag Servizi Comuni srl', 'So.Ri spa', 'SORI', 'Fondazione Teatro Metastasio'];

describe('synthetic documents', () => {
  it('are deterministic for a seed and differ across seeds', () => {
    expect(generateDocument({ rows: 300, seed: 5, organisms })).toBe(generateDocument({ rows: 300, seed: 5, organisms }));
    expect(generateDocument({ rows: 300, seed: 6, organisms })).not.toBe(generateDocument({ rows: 300, seed: 5, organisms }));
  });

  it('have N table rows the parser accepts, with repeated headers, carried-down cells and continuations', () => {
    const text = generateDocument({ rows: 2000, seed: 11, organisms });
    const doc = parseDocument(text, 'synthetic.txt');
    expect(doc.rows).toHaveLength(2000);
    expect(doc.diagnostics.filter((d) => d.level === 'error')).toEqual([]);
    const kinds = doc.lineKinds.reduce<Record<string, number>>((c, k) => ((c[k] = (c[k] ?? 0) + 1), c), {});
    expect(kinds.header).toBeGreaterThan(100);
    expect(kinds.continuation).toBeGreaterThan(0);
    expect(text.split('\n').filter((l) => l === HEADER).length).toBe(kinds.header);
    expect(text.split('\n').some((l) => l.startsWith('\t\t'))).toBe(true); // carried-down rows
    expect(text).toContain('<p>');
  });

  it('give a graph of realistic shape: several areas, shared organisms, a few unknown', () => {
    const doc = parseDocument(generateDocument({ rows: 3000, seed: 2, organisms }), 's.txt');
    const { payload, unknownOrganisms } = payloadFromDocuments([doc], REGISTRY);
    const c = payload.meta.counts;
    expect(c.area).toBeGreaterThanOrEqual(3);
    expect(c.strategic_objective).toBeGreaterThan(c.area);
    expect(c.operational_objective).toBeGreaterThan(c.strategic_objective);
    expect(c.management_objective).toBeGreaterThan(c.operational_objective);
    expect(c.action).toBeGreaterThan(3000);
    expect(unknownOrganisms.length).toBeGreaterThan(0);
    expect(payload.meta.citation).toBe('DUP 2030/2032 – Nota di aggiornamento, SeO §1.6');
  });
});
