/**
 * GraphML for Cytoscape desktop and yEd. graphology-graphml only reads, and no maintained
 * writer exists, so this one is ours: keys are declared once from attributes.ts with
 * their types (string, int, double, boolean), every value is escaped, and the graph is
 * directed as the plan is (container → contained, action → organism).
 */
import type { PlanIndex } from '../model/plan-index';
import { EDGE_ATTRIBUTES, nodeAttributeSpecs, type AttrType, type AttrValue } from './attributes';
import type { Scope } from './types';
import { escapeAttr, escapeXml } from './xml';

const NS = 'http://graphml.graphdrawing.org/xmlns';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const SCHEMA = 'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd';

interface Key {
  id: string;
  for: 'node' | 'edge' | 'graph';
  name: string;
  type: AttrType;
}

export function writeGraphml(index: PlanIndex, scope: Scope): string {
  const specs = nodeAttributeSpecs(index);
  const nodeKeys: Key[] = specs.map((s, i) => ({ id: `n${i}`, for: 'node', name: s.name, type: s.type }));
  const edgeKeys: Key[] = EDGE_ATTRIBUTES.map((s, i) => ({ id: `e${i}`, for: 'edge', name: s.name, type: s.type }));
  const graphKeys: Key[] = [
    { id: 'g0', for: 'graph', name: 'title', type: 'string' },
    { id: 'g1', for: 'graph', name: 'citation', type: 'string' },
    { id: 'g2', for: 'graph', name: 'scope', type: 'string' },
  ];
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<graphml xmlns="${NS}" xmlns:xsi="${XSI}" xsi:schemaLocation="${SCHEMA}">`,
  ];
  for (const k of [...graphKeys, ...nodeKeys, ...edgeKeys]) {
    out.push(`  <key id="${k.id}" for="${k.for}" attr.name="${escapeAttr(k.name)}" attr.type="${k.type}"/>`);
  }
  out.push('  <graph id="G" edgedefault="directed">');
  const meta = index.payload.meta;
  out.push(data('g0', meta.title, 'string', '    '), data('g1', meta.citation, 'string', '    '), data('g2', scope.token, 'string', '    '));
  for (const node of scope.nodes) {
    out.push(`    <node id="${escapeAttr(node.id)}">`);
    specs.forEach((s, i) => {
      const line = data(nodeKeys[i].id, s.get(node, index), s.type, '      ');
      if (line) out.push(line);
    });
    out.push('    </node>');
  }
  for (const edge of scope.edges) {
    out.push(`    <edge id="${escapeAttr(edge.id)}" source="${escapeAttr(edge.source)}" target="${escapeAttr(edge.target)}">`);
    EDGE_ATTRIBUTES.forEach((s, i) => {
      const line = data(edgeKeys[i].id, s.get(edge), s.type, '      ');
      if (line) out.push(line);
    });
    out.push('    </edge>');
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

function data(key: string, value: AttrValue, type: AttrType, indent: string): string {
  if (value === undefined || (typeof value === 'number' && !Number.isFinite(value))) return '';
  const text = type === 'boolean' ? String(Boolean(value)) : type === 'int' ? String(Math.round(Number(value))) : String(value);
  return `${indent}<data key="${key}">${escapeXml(text)}</data>`;
}
