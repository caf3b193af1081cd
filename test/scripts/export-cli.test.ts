import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DirectedGraph, MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, describe, expect, it } from 'vitest';
import { PlanIndex } from '../../src/lib/model/plan-index';
import { validatePayload } from '../../src/lib/payload/validate';
import { parseCsv } from '../lib/export/helpers';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const MINI = join(ROOT, 'test/fixtures/payload/mini.json');
const dir = mkdtempSync(join(tmpdir(), 'trama-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  const r = spawnSync(TSX, [join(ROOT, 'scripts/export.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const index = new PlanIndex(validatePayload(JSON.parse(readFileSync(MINI, 'utf8'))));
const organism = index.byKind('organism')[0].id;
const focus = index.neighbourhood(organism, 2);

describe('npm run export', () => {
  it('gexf: the focused neighbourhood, exactly', () => {
    const out = join(dir, 'f.gexf');
    const r = run('--format', 'gexf', '--in', MINI, '--focus', organism, '--depth', '2', '--out', out);
    expect(r.stderr).toContain(`${focus.size} nodes`);
    expect(r.code).toBe(0);
    const g = parseGexf(DirectedGraph, readFileSync(out, 'utf8'));
    expect(new Set(g.nodes())).toEqual(focus);
    expect(g.size).toBe(index.edgesAmong(focus).size);
  });

  it('graphml: kinds filter', () => {
    const out = join(dir, 'k.graphml');
    expect(run('--format', 'graphml', '--in', MINI, '--kind', 'action', 'organism', '--out', out).code).toBe(0);
    const g = parseGraphml(MultiGraph, readFileSync(out, 'utf8'));
    const expected = index.payload.nodes.filter((n) => n.kind === 'action' || n.kind === 'organism');
    expect(g.order).toBe(expected.length);
    expect(g.size).toBe(index.edgesAmong(new Set(expected.map((n) => n.id))).size);
  });

  it('json: readable back as a payload; cyjs: elements with positions', () => {
    const json = join(dir, 'c.json');
    expect(run('--format', 'json', '--in', MINI, '--focus', organism, '--out', json).code).toBe(0);
    const p = validatePayload(JSON.parse(readFileSync(json, 'utf8')));
    expect(new Set(p.nodes.map((n) => n.id))).toEqual(index.chain(organism).nodes);
    const cyjs = join(dir, 'c.cyjs');
    expect(run('--format=cyjs', `--in=${MINI}`, `--out=${cyjs}`).code).toBe(0);
    const doc = JSON.parse(readFileSync(cyjs, 'utf8'));
    expect(doc.elements.nodes).toHaveLength(index.payload.nodes.length);
    expect(doc.elements.nodes.every((n: { position: { x: number } }) => Number.isFinite(n.position.x))).toBe(true);
  });

  it('csv: three files, semicolon with decimal commas', () => {
    const out = join(dir, 'n.csv');
    const r = run('--format', 'csv', '--in', MINI, '--sep', 'semicolon', '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual([out, join(dir, 'n-edges.csv'), join(dir, 'n-ranking.csv')]);
    const nodes = parseCsv(readFileSync(out, 'utf8').replace(/^\uFEFF/, ''), ';');
    expect(nodes).toHaveLength(index.payload.nodes.length + 1);
    const col = nodes[0].indexOf('pagerank');
    expect(nodes[1][col]).toMatch(/^\d+,\d+$/);
    const edges = parseCsv(readFileSync(join(dir, 'n-edges.csv'), 'utf8').replace(/^\uFEFF/, ''), ';');
    expect(edges).toHaveLength(index.payload.edges.length + 1);
  });

  it('an unknown node id: exit 1, a message naming it, nothing written', () => {
    const out = join(dir, 'none.gexf');
    const r = run('--format', 'gexf', '--in', MINI, '--focus', 'organism:does-not-exist', '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('organism:does-not-exist');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('none'))).toEqual([]);
  });

  it('a broken payload: exit 1 with the file name; the previous output is untouched', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"schemaVersion": 1, "nodes": [');
    const out = join(dir, 'keep.graphml');
    writeFileSync(out, 'previous');
    const r = run('--format', 'graphml', '--in', bad, '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bad.json');
    expect(readFileSync(out, 'utf8')).toBe('previous');
    expect(run('--format', 'graphml', '--in', join(dir, 'missing.json'), '--out', out).code).toBe(1);
  });

  it('usage errors exit 2: bad format, unknown kind, bad separator, missing --out, unknown option', () => {
    const out = join(dir, 'u.txt');
    const bad = run('--format', 'pdf', '--in', MINI, '--out', out);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown format "pdf"');
    expect(bad.stderr).toContain('usage:');
    expect(run('--format', 'gexf', '--in', MINI, '--kind', 'planet', '--out', out).code).toBe(2);
    expect(run('--format', 'csv', '--in', MINI, '--sep', 'tab', '--out', out).code).toBe(2);
    expect(run('--format', 'csv', '--in', MINI).code).toBe(2);
    expect(run('--format', 'csv', '--in', MINI, '--out', out, '--colour').code).toBe(2);
    expect(run('--format', 'json', '--in', MINI, '--out', MINI).code).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(run('--help').code).toBe(0);
  });
});

describe('npm run export on the payload built from the seed', () => {
  const payload = join(dir, 'seed-graph.json');
  const built = spawnSync(TSX, [join(ROOT, 'scripts/graph.ts'), '--out', payload, '--quiet'], { cwd: ROOT, encoding: 'utf8' });

  it('every format re-imports with exactly the whole graph', () => {
    expect(built.status, built.stderr).toBe(0);
    const seed = new PlanIndex(validatePayload(JSON.parse(readFileSync(payload, 'utf8'))));
    const ids = new Set(seed.payload.nodes.map((n) => n.id));
    for (const f of ['gexf', 'graphml', 'cyjs', 'json', 'csv']) {
      const r = run('--format', f, '--in', payload, '--out', join(dir, `seed.${f}`));
      expect(r.code, r.stderr).toBe(0);
    }
    const gexf = parseGexf(DirectedGraph, readFileSync(join(dir, 'seed.gexf'), 'utf8'));
    expect(new Set(gexf.nodes())).toEqual(ids);
    expect(gexf.size).toBe(seed.payload.edges.length);
    const graphml = parseGraphml(MultiGraph, readFileSync(join(dir, 'seed.graphml'), 'utf8'));
    expect(new Set(graphml.nodes())).toEqual(ids);
    expect(graphml.size).toBe(seed.payload.edges.length);
    for (const n of seed.payload.nodes) expect(graphml.getNodeAttribute(n.id, 'label')).toBe(n.label);
    expect(validatePayload(JSON.parse(readFileSync(join(dir, 'seed.json'), 'utf8'))).nodes).toHaveLength(ids.size);
    const csv = parseCsv(readFileSync(join(dir, 'seed.csv'), 'utf8').replace(/^\uFEFF/, ''), ',');
    expect(csv.slice(1).map((r) => r[0])).toEqual(seed.payload.nodes.map((n) => n.id));
    const ranking = parseCsv(readFileSync(join(dir, 'seed-ranking.csv'), 'utf8').replace(/^\uFEFF/, ''), ',');
    expect(ranking.length - 1).toBe(seed.byKind('organism').length);
  });
});
