import { DirectedGraph, MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import cytoscape from 'cytoscape';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { nodeAttributeSpecs } from '../../../src/lib/export/attributes';
import { writeCyjs } from '../../../src/lib/export/cyjs';
import { writeGexf } from '../../../src/lib/export/gexf';
import { writeGraphml } from '../../../src/lib/export/graphml';
import { scopePayload, writePayloadJson } from '../../../src/lib/export/payload-json';
import { queryScope, scopeOf } from '../../../src/lib/export/scope';
import { xmlSafe } from '../../../src/lib/export/xml';
import { validatePayload } from '../../../src/lib/payload/validate';
import { METRIC_IDS, type Payload } from '../../../src/lib/types';
import { hostilePayload, indexOf, miniPayload } from './helpers';

const cases: Array<[string, () => Payload]> = [
  ['mini', miniPayload],
  ['hostile', hostilePayload],
];

function scopes(p: Payload) {
  const index = indexOf(p);
  const org = index.byKind('organism')[0].id;
  return {
    index,
    list: [
      scopeOf(index, null, 'all'),
      queryScope(index, { focus: org, depth: 2 }),
      queryScope(index, { kinds: ['management_objective', 'action', 'organism'] }),
    ],
  };
}

function strictXml(text: string) {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, msg) => { if (level !== 'warning') errors.push(msg); } }).parseFromString(text, 'application/xml');
  expect(errors).toEqual([]);
  return doc;
}

describe.each(cases)('graph formats on the %s payload', (_name, make) => {
  const { index, list } = scopes(make());
  const specs = nodeAttributeSpecs(index);

  it.each(list.map((s) => [s.token, s] as const))('GEXF %s re-imports with exactly the scope and its attributes', (_t, scope) => {
    const text = writeGexf(index, scope);
    strictXml(text);
    const g = parseGexf(DirectedGraph, text);
    expect(g.nodes().sort()).toEqual(scope.nodes.map((n) => n.id).sort());
    expect(g.size).toBe(scope.edges.length);
    for (const e of scope.edges) expect(g.hasDirectedEdge(e.source, e.target)).toBe(true);
    for (const n of scope.nodes) {
      const a = g.getNodeAttributes(n.id);
      expect(a.label).toBe(xmlSafe(n.label));
      expect(a.text).toBe(xmlSafe(n.text));
      expect(a.kind).toBe(n.kind);
      expect(a.ambito).toBe(index.node(n.areas[0])?.label && xmlSafe(index.node(n.areas[0])!.label));
      for (const m of METRIC_IDS) if (n.metrics[m] !== undefined) expect(a[m]).toBeCloseTo(n.metrics[m]!, 9);
      if (n.load) {
        expect(a.load_management_objective).toBe(n.load.management_objective);
        expect(a.load_share).toBeCloseTo(n.load.share, 9);
        expect(a.load_rank).toBe(n.load.rank);
      }
      expect(typeof a.color).toBe('string');
    }
  });

  it.each(list.map((s) => [s.token, s] as const))('GraphML %s re-imports with exactly the scope and typed attributes', (_t, scope) => {
    const text = writeGraphml(index, scope);
    strictXml(text);
    const g = parseGraphml(MultiGraph, text);
    expect(g.type).toBe('directed');
    expect(g.nodes().sort()).toEqual(scope.nodes.map((n) => n.id).sort());
    expect(g.size).toBe(scope.edges.length);
    for (const e of scope.edges) {
      expect(g.hasEdge(e.id)).toBe(true);
      expect(g.source(e.id)).toBe(e.source);
      expect(g.getEdgeAttribute(e.id, 'kind')).toBe(e.kind);
    }
    for (const n of scope.nodes) {
      const a = g.getNodeAttributes(n.id);
      for (const s of specs) {
        const v = s.get(n, index);
        if (v === undefined) expect(a[s.name]).toBeUndefined();
        else if (typeof v === 'string') expect(a[s.name]).toBe(xmlSafe(v));
        else if (typeof v === 'number') expect(a[s.name]).toBeCloseTo(v, 9);
        else expect(a[s.name]).toBe(v);
      }
    }
  });

  it('Cytoscape JSON loads into Cytoscape.js with positions and data', () => {
    const scope = list[1];
    const doc = JSON.parse(writeCyjs(index, scope));
    const cy = cytoscape({ headless: true, elements: doc.elements, layout: { name: 'preset' } });
    expect(cy.nodes().map((n) => n.id()).sort()).toEqual(scope.nodes.map((n) => n.id).sort());
    expect(cy.edges().length).toBe(scope.edges.length);
    const first = scope.nodes[0];
    expect(cy.getElementById(first.id).data('label')).toBe(first.label);
    expect(cy.getElementById(first.id).data('name')).toBe(first.label);
    expect(Number.isFinite(cy.getElementById(first.id).position('x'))).toBe(true);
    // Distinct positions: the layered fallback never stacks nodes at one point.
    expect(new Set(cy.nodes().map((n) => `${n.position('x')},${n.position('y')}`)).size).toBe(scope.nodes.length);
    cy.destroy();
  });

  it('payload JSON of a scope validates and holds exactly the scope', () => {
    for (const scope of list) {
      const p = validatePayload(JSON.parse(writePayloadJson(index, scope)));
      expect(p.nodes.map((n) => n.id)).toEqual(scope.nodes.map((n) => n.id));
      expect(p.edges.map((e) => e.id)).toEqual(scope.edges.map((e) => e.id));
      expect(p.meta.counts.edges).toBe(scope.edges.length);
      expect(Object.entries(p.meta.counts).reduce((s, [k, v]) => (k === 'edges' ? s : s + v), 0)).toBe(scope.nodes.length);
      const ids = new Set(scope.nodes.map((n) => n.id));
      for (const e of p.organismGraph.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    }
    expect(scopePayload(index, list[0]).rawLines.length).toBe(index.payload.rawLines.length);
  });
});

describe('hostile text in XML', () => {
  it('GEXF and GraphML keep <script>, quotes and ]]> as text; control characters are dropped', () => {
    const index = indexOf(hostilePayload());
    const scope = scopeOf(index, null, 'all');
    for (const text of [writeGexf(index, scope), writeGraphml(index, scope)]) {
      expect(text).not.toContain('<script>');
      expect(text).not.toMatch(/[\u0001\u0007]/);
      const doc = strictXml(text);
      expect(doc.getElementsByTagName('script').length).toBe(0);
      expect(text).toContain('&lt;script');
    }
  });
});
