import { describe, expect, it } from 'vitest';
import { nodeAttributeSpecs } from '../../../src/lib/export/attributes';
import { BOM, csvCell, csvCompanionName, edgesCsv, nodesCsv, rankingCsv } from '../../../src/lib/export/csv';
import { scopeOf } from '../../../src/lib/export/scope';
import type { CsvSeparator } from '../../../src/lib/export/types';
import { HOSTILE, hostilePayload, indexOf, parseCsv } from './helpers';

const index = indexOf(hostilePayload());
const scope = scopeOf(index, null, 'all');
const SEPS: Array<[CsvSeparator, string]> = [['comma', ','], ['semicolon', ';']];

/** What a spreadsheet shows after our guard: the apostrophe prefix is the only change. */
const unguard = (s: string) => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);

describe.each(SEPS)('CSV with %s separator', (sep, ch) => {
  it('nodes: BOM, CRLF, one row per node, every measure, hostile text intact after parsing', () => {
    const text = nodesCsv(index, scope, sep);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(text.slice(1), ch);
    const header = rows[0];
    expect(header).toEqual(['id', ...nodeAttributeSpecs(index).map((s) => s.name)]);
    expect(header).toEqual(expect.arrayContaining(['load', 'degree', 'betweenness', 'closeness', 'pagerank', 'eigenvector', 'load_rank']));
    expect(rows.length - 1).toBe(scope.nodes.length);
    const col = (name: string) => header.indexOf(name);
    scope.nodes.forEach((n, i) => {
      const r = rows[i + 1];
      expect(r).toHaveLength(header.length);
      expect(r[0]).toBe(n.id);
      expect(unguard(r[col('label')])).toBe(n.label);
      expect(unguard(r[col('text')])).toBe(n.text);
      const num = Number(sep === 'semicolon' ? r[col('betweenness')].replace(',', '.') : r[col('betweenness')]);
      expect(num).toBeCloseTo(n.metrics.betweenness, 9);
    });
  });

  it('guards formula-looking text with an apostrophe, never numbers', () => {
    for (const h of HOSTILE.filter((s) => /^[=+\-@]/.test(s))) {
      const cell = parseCsv(csvCell(h, sep), ch)[0][0];
      expect(cell).toBe(`'${h}`);
    }
    expect(csvCell(-1.5, sep)).toBe(sep === 'semicolon' ? '-1,5' : '-1.5');
    expect(csvCell(0.25, sep)).toBe(sep === 'semicolon' ? '0,25' : '0.25');
    expect(csvCell(3, sep)).toBe('3');
    expect(csvCell(undefined, sep)).toBe('');
    expect(csvCell(`a${ch}b`, sep)).toBe(`"a${ch}b"`);
    expect(csvCell('say "hi"', sep)).toBe('"say ""hi"""');
  });

  it('edges and ranking parse back with one row each', () => {
    const edges = parseCsv(edgesCsv(index, scope, sep).slice(1), ch);
    expect(edges.length - 1).toBe(scope.edges.length);
    expect(edges.slice(1).map((r) => r[0])).toEqual(scope.edges.map((e) => e.id));
    const ranking = parseCsv(rankingCsv(index, scope, sep).slice(1), ch);
    const organisms = scope.nodes.filter((n) => n.kind === 'organism');
    expect(ranking.length - 1).toBe(organisms.length);
    const ranks = ranking.slice(1).map((r) => Number(r[0]));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});

describe('companion names', () => {
  it('adds -edges / -ranking before .csv', () => {
    expect(csvCompanionName('out/x.csv', 'nodes')).toBe('out/x.csv');
    expect(csvCompanionName('out/x.csv', 'edges')).toBe('out/x-edges.csv');
    expect(csvCompanionName('out/x', 'ranking')).toBe('out/x-ranking.csv');
  });
});
