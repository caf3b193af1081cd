import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Payload } from '../../src/lib/types';
import { generateDocument } from '../../scripts/synthetic';
import { graphCli, REGISTRY, SEED, tempDir } from './cli';

const HEADER = 'AMBITO STRATEGICO\tOBIETTIVO STRATEGICO\tOBIETTIVI OPERATIVI\tOBIETTIVI GESTIONALI\tAZIONI\tORGANISMI PARTECIPATI ASSEGNATARI';
const row = (...cells: string[]) => cells.join('\t');

/** A folder holding a good payload from the seed, to check failures leave it alone. */
function withGoodOutput(): { dir: string; out: string; bytes: Buffer } {
  const dir = tempDir();
  const out = join(dir, 'graph.json');
  expect(graphCli([SEED, '--out', out, '--registry', REGISTRY, '--quiet']).status).toBe(0);
  return { dir, out, bytes: readFileSync(out) };
}

function expectUntouched(good: { dir: string; out: string; bytes: Buffer }): void {
  expect(readFileSync(good.out).equals(good.bytes)).toBe(true);
  expect(readdirSync(good.dir).filter((f) => f !== 'graph.json' && !f.endsWith('.txt'))).toEqual([]); // no temp files left
}

describe('npm run graph: usage errors exit 2', () => {
  it.each([
    [['--bogus'], /unknown option --bogus/],
    [['--out'], /--out needs a file name/],
    [['--registry', '--strict'], /--registry needs a file name/],
    [['--strict=yes'], /--strict takes no value/],
  ])('%j', (args, message) => {
    const run = graphCli(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/usage: npm run graph/);
  });

  it('the same input twice, or an output over an input: refused, the input untouched', () => {
    const dir = tempDir();
    const input = join(dir, 'doc.txt');
    writeFileSync(input, readFileSync(SEED));
    const twice = graphCli([input, join(dir, '.', 'doc.txt'), '--out', join(dir, 'g.json'), '--registry', REGISTRY]);
    expect(twice.status).toBe(2);
    expect(twice.stderr).toMatch(/doc\.txt is given twice/);
    const over = graphCli([input, '--out', input, '--registry', REGISTRY]);
    expect(over.status).toBe(2);
    expect(over.stderr).toMatch(/is one of the input files/);
    expect(readFileSync(input).equals(readFileSync(SEED))).toBe(true);
  });

  it('a registry saved with a BOM is read', () => {
    const dir = tempDir();
    const registry = join(dir, 'organisms.json');
    writeFileSync(registry, '\uFEFF' + readFileSync(REGISTRY, 'utf8'));
    expect(graphCli([SEED, '--out', join(dir, 'g.json'), '--registry', registry, '--quiet']).status).toBe(0);
  });

  it('--help prints the usage and exits 0', () => {
    const run = graphCli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/--strict/);
  });
});

describe('npm run graph: invalid input exits 1 with file:line: reason, output untouched', () => {
  const cases: Array<[string, string | Buffer, RegExp]> = [
    ['empty.txt', '', /^(.*\/)?empty\.txt:\d+: /m],
    ['no-header.txt', 'Solo un titolo\nE un paragrafo\n', /no-header\.txt:\d+: .*header/i],
    ['binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe, 0, 1, 2, 3]), /binary\.txt:\d+: /],
  ];
  it.each(cases)('%s', (name, content, message) => {
    const good = withGoodOutput();
    const file = join(good.dir, name);
    writeFileSync(file, content);
    const run = graphCli([file, '--out', good.out, '--registry', REGISTRY]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
    expectUntouched(good);
  });

  it('a header without a level of the plan (its rows would lose their actions and organisms)', () => {
    const good = withGoodOutput();
    const file = join(good.dir, 'no-operational.txt');
    writeFileSync(file, ['AMBITO STRATEGICO\tOBIETTIVO STRATEGICO\tOBIETTIVO GESTIONALE\tAZIONI\tORGANISMI PARTECIPATI', row('A', 'S', 'G', 'fare', 'Estra spa')].join('\n'));
    const run = graphCli([file, '--out', good.out, '--registry', REGISTRY]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/no-operational\.txt:1: error: the header has no column for: obiettivo operativo/);
    expectUntouched(good);
  });

  it('an output that cannot be written: one line, no stack trace', () => {
    const good = withGoodOutput();
    const folder = join(good.dir, 'graph.json');
    const run = graphCli([SEED, '--out', good.dir, '--registry', REGISTRY]);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/:0: cannot write the output: it is a folder/);
    const under = graphCli([SEED, '--out', join(folder, 'x.json'), '--registry', REGISTRY]);
    expect(under.status).toBe(1);
    expect(under.stderr).toMatch(/cannot write the output: a part of the path is a file/);
    expectUntouched(good);
  });

  it('a missing file', () => {
    const good = withGoodOutput();
    const run = graphCli([join(good.dir, 'nope.txt'), '--out', good.out, '--registry', REGISTRY]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/nope\.txt:0: no such file/);
    expectUntouched(good);
  });

  it('a registry that is not valid JSON, with its line', () => {
    const good = withGoodOutput();
    const registry = join(good.dir, 'organisms.txt');
    writeFileSync(registry, '{\n  "organisms": [\n    { "canonical": "X", }\n  ]\n}\n');
    const run = graphCli([SEED, '--out', good.out, '--registry', registry]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/organisms\.txt:3: not valid JSON/);
    expectUntouched(good);
  });

  it('a row with error-level problems (invalid UTF-8) fails the run', () => {
    const good = withGoodOutput();
    const file = join(good.dir, 'bad-utf8.txt');
    const text = [HEADER, row('A', 'B', 'C', 'D', 'E', 'So.Ri spa'), row('A', 'B', 'C', 'D2', 'caff\xe8', 'So.Ri spa')].join('\n');
    writeFileSync(file, Buffer.from(text, 'latin1'));
    const run = graphCli([file, '--out', good.out, '--registry', REGISTRY]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/bad-utf8\.txt:3: /);
    expectUntouched(good);
  });

  it('refuses an input too large for the memory it has, clearly, without crashing', () => {
    const good = withGoodOutput();
    const file = join(good.dir, 'big.txt');
    writeFileSync(file, generateDocument({ rows: 20_000, seed: 3, organisms: ['So.Ri spa', 'EPP'] }));
    const run = graphCli([file, '--out', good.out, '--registry', REGISTRY], { NODE_OPTIONS: '--max-old-space-size=128' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/big\.txt:0: input too large \(\d+ MiB; this process can take up to \d+ MiB/);
    expectUntouched(good);
  });
});

describe('npm run graph: warnings, --strict, --quiet, several files', () => {
  const doc = (organism: string) => [HEADER, row('CITTÀ DEL FUTURO', 'VERDE', 'Alberi', 'Potature', 'Piano potature', organism)].join('\n');

  it('warnings are printed as file:line: message and allowed; --strict makes them errors', () => {
    const good = withGoodOutput();
    const file = join(good.dir, 'unknown.txt');
    writeFileSync(file, doc('Ente Immaginario srl'));
    const strict = graphCli([file, '--out', good.out, '--registry', REGISTRY, '--strict']);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toMatch(/unknown\.txt:2: organism not in the registry: "Ente Immaginario srl"/);
    expectUntouched(good);

    const lenient = graphCli([file, '--out', good.out, '--registry', REGISTRY]);
    expect(lenient.status).toBe(0);
    expect(lenient.stdout).toMatch(/warnings: 1\n\s+.*unknown\.txt:2: organism not in the registry/);
    expect(lenient.stdout).toMatch(/organisms not in the registry: 1\n\s+Ente Immaginario srl \(.*unknown\.txt:2, 1 row\)/);
    const payload = JSON.parse(readFileSync(good.out, 'utf8')) as Payload;
    expect(payload.nodes.find((n) => n.kind === 'organism')?.organism).toEqual({ canonical: 'Ente Immaginario srl', registered: false });
  });

  it('prints the counts per kind, or nothing with --quiet', () => {
    const dir = tempDir();
    const loud = graphCli([SEED, '--out', join(dir, 'a.json'), '--registry', REGISTRY]);
    expect(loud.stdout).toMatch(/management_objective\s+16/);
    expect(loud.stdout).toMatch(/edges\s+81/);
    const quiet = graphCli([SEED, '--out', join(dir, 'b.json'), '--registry', REGISTRY, '--quiet']);
    expect(quiet.status).toBe(0);
    expect(quiet.stdout).toBe('');
    expect(existsSync(join(dir, 'b.json'))).toBe(true);
  });

  it('merges several files into one graph, each node keeping provenance per file', () => {
    const dir = tempDir();
    const second = join(dir, 'second.txt');
    writeFileSync(second, ['Titolo', '', HEADER, row('CITTÀ DEL FUTURO', 'VERDE', 'Alberi', 'Potature', 'Piano potature', 'Consiag Servizi Comuni srl')].join('\n'));
    const out = join(dir, 'graph.json');
    const run = graphCli([SEED, second, '--out', out, '--registry', REGISTRY]);
    expect(run.status).toBe(0);
    const payload = JSON.parse(readFileSync(out, 'utf8')) as Payload;
    expect(payload.meta.sources.map((s) => s.file)).toEqual([SEED, second]);
    expect(payload.meta.counts.area).toBe(4); // the second file's area is the seed's
    const area = payload.nodes.find((n) => n.id === 'area:citta-del-futuro')!;
    expect(new Set(area.sources.map((s) => s.file))).toEqual(new Set([SEED, second]));
    expect(area.sources.filter((s) => s.file === second)).toEqual([{ file: second, line: 4 }]);
    const consiag = payload.nodes.find((n) => n.id === 'organism:consiag-servizi-comuni-srl')!;
    expect(consiag.load?.action).toBe(9);
    expect(payload.rawLines.filter((r) => r.file === second)).toHaveLength(1);
  });
});
