import { describe, expect, it } from 'vitest';
import { barWidths, competitionRank, formatColumnValue, rankingRows, sortRows } from '../../../src/lib/view/ranking';
import { idOf, planIndex } from '../../components/panels/fixtures';
import { loadRealPayloads } from '../../components/panels/real-payloads';

const org = (name: string) => idOf('organism', name);

describe('rankingRows', () => {
  it('ranks organisms by management objectives by default, ties sharing a rank', () => {
    const rows = rankingRows(planIndex());
    expect(rows.map((r) => r.label)).toEqual(['Alfa', 'Beta', 'Delta', 'Gamma']);
    expect(rows.map((r) => r.value)).toEqual([3, 2, 1, 1]);
    expect(rows.map((r) => r.rank)).toEqual([1, 2, 3, 3]);
  });

  it('switches level: by areas everyone but Gamma and Delta ties', () => {
    const rows = rankingRows(planIndex(), 'area');
    expect(rows.map((r) => [r.label, r.value, r.rank])).toEqual([
      ['Alfa', 2, 1], ['Beta', 2, 1], ['Delta', 1, 3], ['Gamma', 1, 3],
    ]);
  });

  it('ranks by a measure and puts organisms without it last', () => {
    const index = planIndex({ [org('Gamma')]: { pagerank: 0.9 }, [org('Delta')]: { eigenvector: undefined } });
    const byPr = rankingRows(index, 'pagerank');
    expect(byPr[0].label).toBe('Gamma');
    const byEigen = rankingRows(index, 'eigenvector');
    expect(byEigen[byEigen.length - 1].label).toBe('Delta');
    expect(Number.isNaN(byEigen[byEigen.length - 1].value)).toBe(true);
  });

  it('keeps only visible organisms when asked, with their ranks in the whole plan', () => {
    const whole = new Map(rankingRows(planIndex(), 'management_objective').map((r) => [r.label, r.rank]));
    const rows = rankingRows(planIndex(), 'management_objective', new Set([org('Beta'), org('Gamma')]));
    expect(rows.map((r) => [r.label, r.rank])).toEqual([['Beta', whole.get('Beta')], ['Gamma', whole.get('Gamma')]]);
    // Not renumbered among the rows shown: Alfa, hidden, still carries more than Beta.
    expect(rows[0]!.rank).toBeGreaterThan(1);
  });
});

describe('sortRows', () => {
  const rows = rankingRows(planIndex());
  it('sorts by name both ways, ignoring case and accents', () => {
    expect(sortRows(rows, 'label', 'ascending').map((r) => r.label)).toEqual(['Alfa', 'Beta', 'Delta', 'Gamma']);
    expect(sortRows(rows, 'label', 'descending').map((r) => r.label)).toEqual(['Gamma', 'Delta', 'Beta', 'Alfa']);
  });
  it('sorts by a number, keeping the ranks of the basis', () => {
    const asc = sortRows(rows, 'management_objective', 'ascending');
    expect(asc.map((r) => r.value)).toEqual([1, 1, 2, 3]);
    expect(asc[asc.length - 1].rank).toBe(1);
  });
  it('does not change its input', () => {
    const before = rows.map((r) => r.id);
    sortRows(rows, 'label', 'descending');
    expect(rows.map((r) => r.id)).toEqual(before);
  });
});

describe('bars and numbers', () => {
  it('scales bar widths linearly from zero to the largest value', () => {
    const w = barWidths(rankingRows(planIndex()));
    expect(w.get(org('Alfa'))).toBe(100);
    expect(w.get(org('Beta'))).toBeCloseTo(200 / 3);
    expect(w.get(org('Gamma'))).toBeCloseTo(100 / 3);
  });
  it('gives zero-width bars when every value is zero', () => {
    const rows = rankingRows(planIndex({ [org('Alfa')]: { betweenness: 0 }, [org('Beta')]: { betweenness: 0 }, [org('Gamma')]: { betweenness: 0 }, [org('Delta')]: { betweenness: 0 } }), 'betweenness');
    expect([...barWidths(rows).values()]).toEqual([0, 0, 0, 0]);
  });
  it('formats for the language', () => {
    expect(formatColumnValue('it', 'share', 0.375)).toBe('37,5%');
    expect(formatColumnValue('en', 'share', 0.375)).toBe('37.5%');
    expect(formatColumnValue('it', 'pagerank', 0.0012345)).toBe('0,00123');
    expect(formatColumnValue('en', 'management_objective', 1234)).toBe('1,234');
    expect(formatColumnValue('en', 'eigenvector', NaN)).toBe('–');
    expect(formatColumnValue('en', 'eigenvector', 0.00000231)).toBe('2.31 × 10⁻⁶');
    expect(formatColumnValue('it', 'pagerank', 0.000721)).toBe('7,21 × 10⁻⁴');
    expect(formatColumnValue('it', 'pagerank', 0.0000999999)).toBe('1 × 10⁻⁴');
    expect(formatColumnValue('en', 'betweenness', 1e-12)).toBe('1 × 10⁻¹²');
    expect(formatColumnValue('it', 'eigenvector', 0)).toBe('0');
  });
  it('competition rank counts strictly greater values', () => {
    expect(competitionRank([5, 3, 3, 1], 3)).toBe(2);
    expect(competitionRank([5, 3, 3, 1], 1)).toBe(4);
    expect(competitionRank([], 1)).toBe(1);
  });
});

describe('on real payloads', () => {
  for (const { name, index } of loadRealPayloads()) {
    it(`${name}: the ranking agrees with the payload's own load rank`, () => {
      const rows = rankingRows(index);
      expect(rows.length).toBe(index.byKind('organism').length);
      for (let i = 1; i < rows.length; i++) expect(rows[i - 1].value).toBeGreaterThanOrEqual(rows[i].value);
      // The payload ranks strictly with the same tie-breaks: same order, first row rank 1.
      const byPayload = [...index.byKind('organism')].sort((a, b) => a.load!.rank - b.load!.rank).map((n) => n.id);
      expect(rows.map((r) => r.id)).toEqual(byPayload);
    });
  }
});
