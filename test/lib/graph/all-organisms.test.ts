/** Parser and builder together, with the seed's registry: a cell naming all organisms makes no organism node. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDocument } from '../../../src/lib/dup/parse';
import { buildGraph } from '../../../src/lib/graph/build';
import { computeLoads } from '../../../src/lib/graph/load';
import { createRegistry, validateRegistry } from '../../../src/lib/registry';

const registry = createRegistry(validateRegistry(JSON.parse(readFileSync('seeds/organisms.json', 'utf8')), 'seeds/organisms.json'));
const HEADER = 'AMBITO STRATEGICO\tOBIETTIVO STRATEGICO\tOBIETTIVI OPERATIVI\tOBIETTIVI GESTIONALI\tAZIONI\tORGANISMI PARTECIPATI ASSEGNATARI';

function build(...cells: string[]) {
  const rows = cells.map((cell, i) => `Città\tStrategico\tOperativo\tGestionale ${i}\tAzione ${i}\t${cell}`);
  const parsed = parseDocument(new TextEncoder().encode([HEADER, ...rows].join('\n')), 'dup.txt');
  const built = buildGraph([parsed], registry);
  const organisms = built.graph.filterNodes((_id, a) => a.kind === 'organism').sort();
  const actions = built.graph.filterNodes((_id, a) => a.kind === 'action').sort();
  const assigned = (action: string) => built.graph.outNeighbors(action).sort();
  return { built, organisms, actions, assigned, codes: [...parsed.diagnostics, ...built.diagnostics].map((d) => `${d.line}:${d.code}`) };
}

describe('a cell naming all organisms', () => {
  it.each([
    'tutti gli organismi', 'Tutte le partecipate', 'tutti gli organismi partecipati', 'tutte le società partecipate', 'Tutti',
    "TUTTE LE SOCIETA' PARTECIPATE", '"Tutte le partecipate"',
  ])('%j: no organism node, the action kept and assigned to none, one warning', (cell) => {
    const { organisms, actions, assigned, codes } = build(cell);
    expect(organisms).toEqual([]);
    expect(actions).toHaveLength(1);
    expect(assigned(actions[0]!)).toEqual([]);
    expect(codes).toEqual(['2:organisms-all']);
  });

  it('keeps the organisms named beside it, and does not add the registry\'s others', () => {
    const { organisms, actions, assigned, codes } = build('Consiag, tutte le altre partecipate', 'Estra S.p.A. e tutte le altre partecipate');
    expect(organisms).toEqual(['organism:consiag-spa', 'organism:estra-spa']);
    expect(assigned(actions[0]!)).toEqual(['organism:consiag-spa']);
    expect(assigned(actions[1]!)).toEqual(['organism:estra-spa']);
    expect(codes).toEqual(['2:organisms-all', '3:organisms-all']);
  });

  it('leaves the load ranking as if the phrase were not there', () => {
    const loads = (b: ReturnType<typeof build>) => Object.fromEntries(computeLoads(b.built.graph));
    expect(loads(build('Consiag, tutte le partecipate', 'Estra', 'Tutti'))).toEqual(loads(build('Consiag', 'Estra', '—')));
  });

  it('still reads a real name starting with "Tutti" as an organism (not in the registry)', () => {
    const { built, organisms, codes } = build('Tutti in scena srl');
    expect(organisms.map((id) => built.graph.getNodeAttribute(id, 'label'))).toEqual(['Tutti in scena srl']);
    expect(codes).toEqual(['2:unknown-organism']);
  });
});
