/** Parser and builder together, with the seed's registry: organism names the registry reads with a warning. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDocument } from '../../../src/lib/dup/parse';
import { buildGraph } from '../../../src/lib/graph/build';
import { createRegistry, validateRegistry } from '../../../src/lib/registry';

const registry = createRegistry(validateRegistry(JSON.parse(readFileSync('seeds/organisms.json', 'utf8')), 'seeds/organisms.json'));
const HEADER = 'AMBITO STRATEGICO\tOBIETTIVO STRATEGICO\tOBIETTIVI OPERATIVI\tOBIETTIVI GESTIONALI\tAZIONI\tORGANISMI PARTECIPATI ASSEGNATARI';

/** A row whose organisms cell the page break cut between `before` and `after`. */
function organismsAcross(before: string, after: string) {
  const text = [HEADER, `Città\tStrategico\tOperativo\tGestionale\tUn'azione\t${before}`, 'pag. 2', HEADER, `\t\t\t\t\t${after}`].join('\n');
  const built = buildGraph([parseDocument(new TextEncoder().encode(text), 'dup.txt')], registry);
  const organisms = built.graph.filterNodes((_id, a) => a.kind === 'organism').map((id) => built.graph.getNodeAttribute(id, 'label')).sort();
  return { organisms, diagnostics: built.diagnostics.map((d) => `${d.line}:${d.code}`) };
}

describe('an organism name across a page break', () => {
  it('is two organisms when the registry knows both halves and not the whole (a lost comma)', () => {
    const { organisms, diagnostics } = organismsAcross('Fondazione Teatro Metastasio, Estra S.p.A.', 'Publiacqua S.p.A., Fondazione Museo del Tessuto');
    expect(organisms).toEqual(['Estra', 'Fondazione Museo del Tessuto', 'Fondazione Teatro Metastasio', 'Publiacqua']);
    expect(diagnostics).toContain('5:names-split-at-break');
    expect(diagnostics.filter((d) => d.endsWith('unknown-organism'))).toEqual([]);
  });

  it('is one organism when the break cut one name', () => {
    const { organisms, diagnostics } = organismsAcross('Estra, Fondazione Museo', 'del Tessuto');
    expect(organisms).toEqual(['Estra', 'Fondazione Museo del Tessuto']);
    expect(diagnostics).not.toContain('5:names-split-at-break');
  });

  it('stays as written, one unknown organism, when the registry does not know both halves', () => {
    const { organisms, diagnostics } = organismsAcross('Estra S.p.A.', 'Ente Nuovo');
    expect(organisms).toEqual(['Estra S.p.A. Ente Nuovo']);
    expect(diagnostics).toContain('2:unknown-organism');
    expect(diagnostics).not.toContain('5:names-split-at-break');
  });
});

describe('an organism written with another legal form than the registry\'s', () => {
  it('is that organism, with one warning per spelling at its first line', () => {
    const rows = ['Consiag srl, Estra', 'Consiag srl', 'CONSIAG S.R.L.', 'Consiag S.p.A.'].map((o, i) => `Città\tStrategico\tOperativo\tGestionale ${i}\tAzione\t${o}`);
    const built = buildGraph([parseDocument(new TextEncoder().encode([HEADER, ...rows].join('\n')), 'dup.txt')], registry);
    expect(built.graph.filterNodes((_id, a) => a.kind === 'organism').sort()).toEqual(['organism:consiag-spa', 'organism:estra-spa']);
    const warnings = built.diagnostics.filter((d) => d.code === 'legal-form-differs');
    expect(warnings.map((d) => d.line)).toEqual([2, 4]);
    expect(warnings[0]!.message).toBe('"Consiag srl" is taken as "Consiag S.p.A.", but its legal form (srl) is not the registry\'s (S.p.A.): check it is not another organism (if it is, add it to the registry)');
  });
});

describe('organisms a cell joins with "e" or "/" rather than a comma', () => {
  const organismsOf = (cell: string) => {
    const text = [HEADER, `Città\tStrategico\tOperativo\tGestionale\tAzione\t${cell}`, `Città\tStrategico\tOperativo\tGestionale 2\tAzione\t${cell}`].join('\n');
    const built = buildGraph([parseDocument(new TextEncoder().encode(text), 'dup.txt')], registry);
    return {
      labels: built.graph.filterNodes((_id, a) => a.kind === 'organism').map((id) => built.graph.getNodeAttribute(id, 'label')).sort(),
      warnings: built.diagnostics.filter((d) => d.code === 'names-joined' || d.code === 'unknown-organism').map((d) => `${d.line}:${d.code}`),
    };
  };

  it.each<[string, string[]]>([
    ['Estra S.p.A. e Publiacqua S.p.A.', ['Estra', 'Publiacqua']],
    ['Fondazione Museo del Tessuto ed Estra', ['Estra', 'Fondazione Museo del Tessuto']],
    ['Estra/Publiacqua', ['Estra', 'Publiacqua']],
    ['Estra / Publiacqua / Fondazione Teatro Metastasio', ['Estra', 'Fondazione Teatro Metastasio', 'Publiacqua']],
  ])('%j: the organisms the registry knows, with one warning', (cell, labels) => {
    expect(organismsOf(cell)).toEqual({ labels, warnings: ['2:names-joined'] });
  });

  it.each<[string, string]>([
    // Not known in parts: one (unknown) name, as written.
    ['Museo e Biblioteca Lazzerini', 'Museo e Biblioteca Lazzerini'],
    ['Estra e Società Nuova', 'Estra e Società Nuova'],
  ])('%j stays one name', (cell, label) => {
    expect(organismsOf(cell)).toEqual({ labels: [label], warnings: ['2:unknown-organism'] });
  });

  it('leaves a name the registry knows whole as it is', () => {
    expect(organismsOf('Pin S.c.r.l. / Polo Universitario Città di Prato')).toEqual({ labels: ['PIN'], warnings: [] });
    const museum = organismsOf('Fondazione Museo della Deportazione e Resistenza di Prato');
    expect(museum.labels).toHaveLength(1);
    expect(museum.warnings).toEqual([]);
  });
});
