/**
 * The seed document end to end. Every figure below was counted by hand from
 * seeds/000_21ae8c23261b0544.txt (45 lines; no line end after the last one):
 * titles 5, 7, 9, 11; headers 13, 18, 22, 26, 31, 34, 37, 43; the continuation 38;
 * blanks 1-4, 6, 8, 10, 12, 17, 21, 25, 30, 33, 36, 42; rows: the other 17.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDocument } from '../../../src/lib/dup/parse';
import { createRegistry, validateRegistry } from '../../../src/lib/registry/registry';
import { kinds } from './helpers';

const FILE = 'seeds/000_21ae8c23261b0544.txt';
const bytes = readFileSync(FILE);
const d = parseDocument(new Uint8Array(bytes), FILE);

describe('the seed document', () => {
  it('accounts for all 45 lines', () => {
    expect(d.lineKinds).toHaveLength(45);
    expect(kinds(d)).toEqual({ title: 4, header: 8, row: 17, continuation: 1, blank: 15, rejected: 0 });
    const at = (kind: string) => d.lineKinds.flatMap((k, i) => (k === kind ? [i + 1] : []));
    expect(at('title')).toEqual([5, 7, 9, 11]);
    expect(at('header')).toEqual([13, 18, 22, 26, 31, 34, 37, 43]);
    expect(at('continuation')).toEqual([38]);
    expect(at('blank')).toEqual([1, 2, 3, 4, 6, 8, 10, 12, 17, 21, 25, 30, 33, 36, 42]);
  });

  it('has 17 rows, at the lines written in the file', () => {
    expect(d.rows.map((r) => r.line)).toEqual([14, 15, 16, 19, 20, 23, 24, 27, 28, 29, 32, 35, 39, 40, 41, 44, 45]);
    expect(d.rows.every((r) => r.file === FILE)).toBe(true);
  });

  it('appends "interazioni" to the last paragraph of the management objective of the row at line 35', () => {
    const r = d.rows.find((x) => x.line === 35)!;
    expect(r.lines).toEqual([35, 38]);
    expect(r.cells.management.paragraphs).toHaveLength(3);
    expect(r.cells.management.paragraphs[2]).toMatch(/ottimizzare gli interventi e le possibili interazioni$/);
    expect(r.actions).toHaveLength(3);
    expect(r.organisms).toEqual(['Edilizia Pubblica Pratese spa']);
    expect(d.rows.filter((x) => x.lines.length > 1)).toHaveLength(1);
  });

  it('reads cells as plain text', () => {
    const r = d.rows[3]!;
    expect(r.cells.area.paragraphs).toEqual(['CITTÀ IMPRESA INNOVAZIONE E LAVORO']);
    expect(r.cells.operational.paragraphs[0]).toMatch(/^Creare un ecosistema culturale/);
    expect(d.rows.flatMap((x) => Object.values(x.cells).flatMap((c) => c.paragraphs)).join(' ')).not.toMatch(/[<>]/);
  });

  it('splits the organisms: 27 assignments of 10 names', () => {
    expect(d.rows.flatMap((r) => r.organisms)).toHaveLength(27);
    expect(d.rows.find((r) => r.line === 19)!.organisms).toEqual([
      'Camerata strumentale', 'Fondazione per le Arti Contemporanee in Toscana', 'Fondazione Museo del Tessuto',
      'Fondazione Teatro Metastasio', 'Istituto Internazionale di Storia Economica "F.Datini"',
    ]);
    expect(new Set(d.rows.flatMap((r) => r.organisms)).size).toBe(10);
  });

  it('every organism name resolves to a registered entry', () => {
    const registry = createRegistry(validateRegistry(JSON.parse(readFileSync('seeds/organisms.json', 'utf8')), 'seeds/organisms.json'));
    const names = [...new Set(d.rows.flatMap((r) => r.organisms))];
    const canonical = Object.fromEntries(names.map((n) => [n, registry.match(n)]));
    for (const m of Object.values(canonical)) expect(m.info.registered).toBe(true);
    expect(Object.fromEntries(Object.entries(canonical).map(([n, m]) => [n, m.info.canonical]))).toEqual({
      'Fondazione per le Arti Contemporanee in Toscana': 'Fondazione per le Arti Contemporanee in Toscana',
      'Fondazione Museo del Tessuto': 'Fondazione Museo del Tessuto',
      'Fondazione Teatro Metastasio': 'Fondazione Teatro Metastasio',
      'Pin S.c.r.l.– Polo Universitario “Città di Prato”': 'PIN S.c.r.l. - Polo Universitario "Città di Prato"',
      'Consiag Servizi Comuni srl': 'Consiag Servizi Comuni S.r.l.',
      'Camerata strumentale': 'Camerata Strumentale Città di Prato',
      'Istituto Internazionale di Storia Economica "F.Datini"': 'Fondazione Istituto Internazionale di Storia Economica "F. Datini"',
      'Fondazione PARSEC ex CSN': 'Fondazione PARSEC',
      'Edilizia Pubblica Pratese spa': 'Edilizia Pubblica Pratese S.p.A.',
      'So.Ri spa': 'So.Ri. S.p.A.',
    });
  });

  it('reads the metadata from the title lines', () => {
    expect(d.meta).toEqual({
      title: 'Documento Unico di Programmazione 2022/2024',
      edition: '2022/2024',
      update: 'Nota di aggiornamento',
      section: 'Sezione Operativa (SeO) – 1.6 Obiettivi gestionali degli organismi partecipati',
      titleLines: ['NOTA DI AGGIORNAMENTO', 'DOCUMENTO UNICO DI PROGRAMMAZIONE 2022/2024', 'SEZIONE OPERATIVA (SEO)', '1.6 Obiettivi gestionali degli organismi partecipati'],
    });
  });

  it('has no error or warning, one info for the continuation', () => {
    expect(d.diagnostics.map((x) => `${x.level}:${x.code}:${x.line}`)).toEqual(['info:continued-row:38']);
  });

  it('gives the same result from bytes and from text, hashing the bytes', async () => {
    const { createHash } = await import('node:crypto');
    expect(d.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    const fromText = parseDocument(bytes.toString('utf8'), FILE);
    expect(fromText.rows).toEqual(d.rows);
    expect(fromText.lineKinds).toEqual(d.lineKinds);
  });
});
