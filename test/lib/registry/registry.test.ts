import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRegistry, validateRegistry, RegistryError } from '../../../src/lib/registry/registry';
import { looseKey } from '../../../src/lib/registry/loose-name';
import type { RegistryFile } from '../../../src/lib/registry/types';
import { matchKey } from '../../../src/lib/dup/match-key';

const seedRegistry = createRegistry(validateRegistry(JSON.parse(readFileSync('seeds/organisms.json', 'utf8')), 'seeds/organisms.json'));

/** A registry that holds only official names: the document's spellings must be resolved by the rule. */
const bare = createRegistry({
  organisms: [
    { canonical: 'Fondazione PARSEC', legalForm: 'Fondazione', aliases: [] },
    { canonical: 'PIN S.c.r.l.', short: 'PIN', aliases: [] },
    { canonical: 'Camerata Strumentale Città di Prato', aliases: ['Camerata strumentale'] },
    { canonical: 'Fondazione Istituto Internazionale di Storia Economica "F. Datini"', aliases: [] },
    { canonical: 'Consiag S.p.A.', aliases: ['Consiag'] },
    { canonical: 'Consiag Servizi Comuni S.r.l.', aliases: [] },
    { canonical: 'Alfa S.p.A.', aliases: [] },
    { canonical: 'Alfa S.r.l.', aliases: [] },
  ],
});

describe('createRegistry().match', () => {
  it.each<[string, string]>([
    ['Fondazione PARSEC ex CSN', 'Fondazione PARSEC'],
    ['Fondazione Parsec (ex Centro di Scienze Naturali)', 'Fondazione PARSEC'],
    ['PARSEC', 'Fondazione PARSEC'],
    ['Pin S.c.r.l.– Polo Universitario “Città di Prato”', 'PIN S.c.r.l.'],
    ['Pin scrl', 'PIN S.c.r.l.'],
    ['PIN', 'PIN S.c.r.l.'],
    ['Camerata strumentale', 'Camerata Strumentale Città di Prato'],
    ['Istituto Internazionale di Storia Economica "F.Datini"', 'Fondazione Istituto Internazionale di Storia Economica "F. Datini"'],
    ['ISTITUTO INTERNAZIONALE DI STORIA ECONOMICA “F. DATINI”', 'Fondazione Istituto Internazionale di Storia Economica "F. Datini"'],
    ['Consiag Servizi Comuni srl', 'Consiag Servizi Comuni S.r.l.'],
    ['Consiag Servizi Comuni', 'Consiag Servizi Comuni S.r.l.'],
    ['Consiag Servizi Comuni S.r.l. – settore verde', 'Consiag Servizi Comuni S.r.l.'],
    ['CONSIAG spa', 'Consiag S.p.A.'],
    ['Alfa spa', 'Alfa S.p.A.'],
    ['Alfa S.R.L.', 'Alfa S.r.l.'],
  ])('%j → %j (tolerant of legal forms and descriptors)', (name, canonical) => {
    const m = bare.match(name);
    expect(m.info).toMatchObject({ registered: true, canonical });
    expect(m.key).toBe(matchKey(canonical));
  });

  it('labels a registered organism by its short name, else its canonical name', () => {
    expect(bare.match('pin scrl').label).toBe('PIN');
    expect(bare.match('Consiag spa').label).toBe('Consiag S.p.A.');
  });

  it('never picks one of two entries a name fits equally: unregistered, with the candidates', () => {
    const m = bare.match('Alfa');
    expect(m.info.registered).toBe(false);
    expect(m.ambiguous).toEqual(['Alfa S.p.A.', 'Alfa S.r.l.']);
    expect(m.label).toBe('Alfa');
  });

  it('prefers the most specific name: the longest cut before a descriptor wins', () => {
    // "Consiag" alone is Consiag S.p.A.; the longer "Consiag Servizi Comuni" matches first.
    expect(bare.match('Consiag Servizi Comuni – ex ASM').info.canonical).toBe('Consiag Servizi Comuni S.r.l.');
    expect(bare.match('Consiag – holding').info.canonical).toBe('Consiag S.p.A.');
  });

  it.each(['Consiag Energia', 'Fondazione Sconosciuta', 'Parsecco', 'Camerata'])('%j is not registered', (name) => {
    const m = bare.match(` ${name} `);
    expect(m).toEqual({ key: matchKey(name), label: name, info: { canonical: name, registered: false } });
  });

  it.each<[string, { written: string; registered: string } | undefined]>([
    // The entries give no legalForm: the form is read off their names.
    ['Consiag srl', { written: 'srl', registered: 'spa' }],
    ['Consiag S.r.l. Onlus', { written: 'srl', registered: 'spa' }],
    ['PIN S.p.A.', { written: 'spa', registered: 'scrl' }],
    ['Consiag', undefined],
    ['Consiag S.p.A.', undefined],
    ['Consiag Società per Azioni', undefined],
    ['Pin scarl', undefined],
    ['Pin Società Consortile a Responsabilità Limitata', undefined],
    // No company form on either side: nothing to compare.
    ['Camerata strumentale srl', undefined],
    ['Fondazione PARSEC onlus', undefined],
  ])('%j: says when the company form written is not the entry\'s', (name, differs) => {
    const m = bare.match(name);
    expect(m.info.registered).toBe(true);
    expect(m.formDiffers).toEqual(differs);
  });

  it('names the legal form the registry gives, when it gives one', () => {
    expect(seedRegistry.match('Consiag srl').formDiffers).toEqual({ written: 'srl', registered: 'S.p.A.' });
    expect(seedRegistry.match('Panglos S.c.r.l.').formDiffers).toBeUndefined();
  });

  it('gives copies: changing a match does not change the next one', () => {
    const a = bare.match('PIN');
    a.info.canonical = 'changed';
    expect(bare.match('PIN').info.canonical).toBe('PIN S.c.r.l.');
  });

  it('the seed registry: names spelled three ways give one entry', () => {
    for (const spellings of [
      ['So.Ri spa', 'SORI', 'So.Ri. S.p.A.'],
      ['EPP', 'Edilizia Pubblica Pratese spa', 'E.P.P.'],
      ['Teatro Metastasio', 'FONDAZIONE TEATRO METASTASIO', 'Metastasio'],
      ['Alia', 'Alia spa', 'Alia Servizi Ambientali S.p.A.'],
    ]) {
      expect(new Set(spellings.map((s) => seedRegistry.match(s).info.canonical)).size).toBe(1);
      expect(seedRegistry.match(spellings[0]!).info.registered).toBe(true);
    }
  });

  it('the seed registry keeps unverified spellings out', () => {
    expect(seedRegistry.match('CSC').info.registered).toBe(false);
    expect(seedRegistry.match('FACT').info.registered).toBe(false);
  });
});

describe('looseKey', () => {
  it.each<[string, string]>([
    ['Pin S.c.r.l.', 'pin'],
    ['Fondazione Politeama', 'politeama'],
    ['Fondazione', 'fondazione'],
    ['Alfa S.p.A. Onlus', 'alfa'],
    ['Beta Società a responsabilità limitata', 'beta'],
    ['Centro di Scienze Naturali (Galceti)', 'centrodiscienzenaturali'],
    ['F. Datini', 'fdatini'],
  ])('%j → %j', (name, key) => {
    expect(looseKey(name)).toBe(key);
  });
});

describe('validateRegistry', () => {
  it('accepts the seed registry', () => {
    const file = validateRegistry(JSON.parse(readFileSync('seeds/organisms.json', 'utf8')), 'seeds/organisms.json');
    expect(file.organisms.length).toBeGreaterThan(20);
  });

  it.each<[string, unknown, RegExp]>([
    ['not an object', [], /^r\.json: expected an object/],
    ['no organisms', {}, /^r\.json: organisms: expected an array/],
    ['entry not an object', { organisms: ['x'] }, /organisms\[0\]: expected an object/],
    ['missing canonical', { organisms: [{ aliases: [] }] }, /organisms\[0\]\.canonical: expected a string, found undefined/],
    ['empty canonical', { organisms: [{ canonical: ' ', aliases: [] }] }, /organisms\[0\]\.canonical: expected a non-empty string/],
    ['punctuation only', { organisms: [{ canonical: '...', aliases: [] }] }, /no letters or digits/],
    ['alias not a string', { organisms: [{ canonical: 'A', aliases: ['b', 3] }] }, /organisms\[0\]\.aliases\[1\]: expected a string, found number/],
    ['aliases not an array', { organisms: [{ canonical: 'A', aliases: 'b' }] }, /organisms\[0\]\.aliases: expected an array/],
    ['unknown field', { organisms: [{ canonical: 'A', alias: ['b'] }] }, /organisms\[0\]\.alias: unknown field/],
    ['short not a string', { organisms: [{ canonical: 'A', short: 1 }] }, /organisms\[0\]\.short: expected a string/],
    ['one spelling, two entries', { organisms: [{ canonical: 'Alfa S.p.A.', aliases: [] }, { canonical: 'Beta', aliases: ['ALFA spa'] }] },
      /organisms\[1\]\.aliases\[0\]: "ALFA spa" also names organisms\[0\]/],
  ])('%s', (_name, json, message) => {
    expect(() => validateRegistry(json, 'r.json')).toThrow(RegistryError);
    expect(() => validateRegistry(json, 'r.json')).toThrow(message);
  });

  it('defaults missing aliases to none and keeps the comment', () => {
    const file: RegistryFile = validateRegistry({ $comment: 'c', organisms: [{ canonical: 'A' }] }, 'r.json');
    expect(file).toEqual({ $comment: 'c', organisms: [{ canonical: 'A', aliases: [] }] });
  });
});
