import { describe, expect, it } from 'vitest';
import { payloadFromDocuments } from '../../../src/lib/pipeline';
import { payloadToJson, serializePayload } from '../../../src/lib/graph/serialize';
import { NODE_KINDS, type Payload } from '../../../src/lib/types';
import { doc, REGISTRY, spec } from './helpers';

const docs = () => [
  doc('b.txt', [spec(2), spec(3, { area: 'ALTRO', strategic: 'S', management: 'M', actions: ['x', 'y'], organisms: ['SORI', 'Nuovo Ente'], extra: { Indicatore: '10%' } })], {
    title: 'Documento Unico di Programmazione 2025/2027', edition: '2025/2027', titleLines: ['DOCUMENTO UNICO DI PROGRAMMAZIONE 2025/2027', 'SEZIONE OPERATIVA (SEO)', '1.6 Obiettivi gestionali'],
  }),
  doc('a.txt', [spec(4, { organisms: ['Edilizia Pubblica Pratese S.p.A.'] })]),
];

describe('payload and serialisation', () => {
  const { payload } = payloadFromDocuments(docs(), REGISTRY);

  it('is byte-identical for the same input, whatever the run', () => {
    const again = payloadFromDocuments(docs(), REGISTRY).payload;
    expect(payloadToJson(again)).toBe(payloadToJson(payload));
    expect(JSON.parse(payloadToJson(payload))).toEqual(payload);
    expect([...serializePayload(payload)].join('')).toBe(payloadToJson(payload));
  });

  it('sorts nodes by kind then id, edges by id, and keeps the contract\'s key order', () => {
    const order = payload.nodes.map((n) => `${NODE_KINDS.indexOf(n.kind)} ${n.id}`);
    expect(order).toEqual([...order].sort((a, b) => (a < b ? -1 : 1)));
    const ids = payload.edges.map((e) => e.id);
    expect(ids).toEqual([...ids].sort());
    expect(Object.keys(payload)).toEqual(['schemaVersion', 'meta', 'nodes', 'edges', 'organismGraph', 'rawLines', 'diagnostics']);
    expect(Object.keys(payload.nodes[0]).slice(0, 7)).toEqual(['id', 'kind', 'label', 'text', 'sources', 'metrics', 'areas']);
    const organism = payload.nodes.find((n) => n.kind === 'organism')!;
    expect(Object.keys(organism.load!)).toEqual(['area', 'strategic_objective', 'operational_objective', 'management_objective', 'action', 'share', 'rank']);
    for (const e of payload.edges) expect(e.id).toBe(`${e.source}->${e.target}`);
  });

  it('counts, sources per file, raw lines, extra columns and diagnostics are filled', () => {
    expect(payload.meta.counts.organism).toBe(4);
    expect(payload.meta.counts.edges).toBe(payload.edges.length);
    expect(payload.meta.sources.map((s) => [s.file, s.rows])).toEqual([['b.txt', 2], ['a.txt', 1]]);
    expect(payload.rawLines.map((r) => `${r.file}:${r.line}`)).toEqual(['b.txt:2', 'b.txt:3', 'a.txt:4']);
    expect(payload.meta.extraColumns).toEqual(['Indicatore']);
    expect(payload.nodes.find((n) => n.label === 'M')?.attributes).toEqual({ Indicatore: '10%' });
    expect(payload.diagnostics.map((d) => [d.code, d.file, d.line])).toEqual([['two-parents', 'b.txt', 3], ['unknown-organism', 'b.txt', 3]]);
  });

  it('derives citation and slug from the document\'s own metadata', () => {
    expect(payload.meta.title).toBe('Documento Unico di Programmazione 2025/2027');
    expect(payload.meta.citation).toBe('DUP 2025/2027, SeO §1.6');
    expect(payload.meta.slug).toBe('dup-2025-2027');
  });

  it('falls back to the file name when no metadata was recognised', () => {
    const p: Payload = payloadFromDocuments([doc('dir/piano-verde.txt', [spec(2)])], REGISTRY).payload;
    expect(p.meta).toMatchObject({ title: 'piano-verde', citation: 'piano-verde', slug: 'piano-verde' });
  });

  it('rounds floats to 1e-12 and writes no negative zero', () => {
    for (const n of payload.nodes) {
      for (const v of Object.values(n.metrics)) {
        expect(Math.round(v * 1e12) / 1e12).toBe(v);
        expect(Object.is(v, -0)).toBe(false);
      }
    }
  });
});
