import { describe, expect, it } from 'vitest';
import { splitOrganisms } from '../../../src/lib/dup/organisms';

describe('splitOrganisms', () => {
  it.each<[string, string[], string[]]>([
    ['one name', ['Consiag Servizi Comuni srl'], ['Consiag Servizi Comuni srl']],
    ['commas', ['A, B,C'], ['A', 'B', 'C']],
    ['semicolons', ['A; B ;C'], ['A', 'B', 'C']],
    ['paragraphs', ['A', 'B'], ['A', 'B']],
    ['empties dropped', [' , A,, ;B; '], ['A', 'B']],
    ['comma inside straight quotes', ['Istituto "F. Datini, Prato", B'], ['Istituto "F. Datini, Prato"', 'B']],
    ['comma inside typographic quotes', ['Pin – Polo “Città di Prato, Firenze”; B'], ['Pin – Polo “Città di Prato, Firenze”', 'B']],
    ['comma inside guillemets', ['Fondazione «A, B», C'], ['Fondazione «A, B»', 'C']],
    ['comma inside parentheses', ['Polo (Prato, Firenze), B'], ['Polo (Prato, Firenze)', 'B']],
    ['nested', ['X (a "b, c" d, e), Y'], ['X (a "b, c" d, e)', 'Y']],
    ['unbalanced parenthesis protects nothing', ['A (B, C'], ['A (B', 'C']],
    ['unbalanced quote protects nothing', ['A "B, C'], ['A "B', 'C']],
    ['closing typographic quote alone pairs like a straight one', ['A ”B, C” D, E'], ['A ”B, C” D', 'E']],
    ['bullets trimmed', ['• A', '- B'], ['A', 'B']],
    ['keeps the final dot of S.p.A.', ['Consiag S.p.A., Alia S.p.A.'], ['Consiag S.p.A.', 'Alia S.p.A.']],
    ['seed cell', ['Camerata strumentale, Fondazione per le Arti Contemporanee in Toscana, Istituto Internazionale di Storia Economica "F.Datini"'],
      ['Camerata strumentale', 'Fondazione per le Arti Contemporanee in Toscana', 'Istituto Internazionale di Storia Economica "F.Datini"']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(splitOrganisms(paragraphs)).toEqual(expected);
  });

  it('is linear on deep nesting', () => {
    const deep = '('.repeat(50_000) + ', x' + ')'.repeat(50_000) + ', y';
    expect(splitOrganisms([deep])).toHaveLength(2);
  });
});
