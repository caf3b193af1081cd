import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import RankingPanel from '../../../src/components/panels/RankingPanel.svelte';
import { idOf, planIndex } from './fixtures';

const firstColumn = (table: HTMLElement) =>
  within(table).getAllByRole('row').slice(1).map((r) => r.querySelector('th,td')!.textContent!.trim());

describe('RankingPanel', () => {
  it('is a table named "Organism ranking" in English whose first row is the top organism', () => {
    render(RankingPanel, { props: { index: planIndex(), lang: 'en', selectedId: null, onselect: vi.fn() } });
    const table = screen.getByRole('table', { name: 'Organism ranking' });
    expect(firstColumn(table)).toEqual(['Alfa', 'Beta', 'Delta', 'Gamma']);
    expect(within(table).getAllByRole('columnheader')[0].textContent).toContain('Organism');
  });

  it('is named "Classifica degli organismi" in Italian, numbers in Italian format', () => {
    render(RankingPanel, { props: { index: planIndex(), lang: 'it', selectedId: null, onselect: vi.fn() } });
    const table = screen.getByRole('table', { name: 'Classifica degli organismi' });
    expect(within(table).getAllByRole('row')[1].textContent).toContain('75%');
    expect(within(table).getAllByRole('row')[2].textContent).toContain('0,02');
  });

  it('sorts when a header is clicked, toggling direction and setting aria-sort', async () => {
    render(RankingPanel, { props: { index: planIndex(), lang: 'en', selectedId: null, onselect: vi.fn() } });
    const table = screen.getByRole('table', { name: 'Organism ranking' });
    const nameHeader = within(table).getAllByRole('columnheader')[0];
    expect(nameHeader.getAttribute('aria-sort')).toBeNull();
    await fireEvent.click(within(nameHeader).getByRole('button'));
    expect(nameHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(firstColumn(table)).toEqual(['Alfa', 'Beta', 'Delta', 'Gamma']);
    await fireEvent.click(within(nameHeader).getByRole('button'));
    expect(nameHeader.getAttribute('aria-sort')).toBe('descending');
    expect(firstColumn(table)).toEqual(['Gamma', 'Delta', 'Beta', 'Alfa']);
    const mgmt = within(table).getByRole('columnheader', { name: /Management objectives/ });
    await fireEvent.click(within(mgmt).getByRole('button'));
    expect(mgmt.getAttribute('aria-sort')).toBe('descending');
    await fireEvent.click(within(mgmt).getByRole('button'));
    expect(mgmt.getAttribute('aria-sort')).toBe('ascending');
    expect(firstColumn(table).slice(-1)).toEqual(['Alfa']);
    expect(nameHeader.getAttribute('aria-sort')).toBeNull();
  });

  it('switches the basis to a measure: bars and table follow', async () => {
    const onbasischange = vi.fn();
    const index = planIndex({ [idOf('organism', 'Gamma')]: { pagerank: 0.5 } });
    render(RankingPanel, { props: { index, lang: 'en', selectedId: null, onselect: vi.fn(), onbasischange } });
    await fireEvent.change(screen.getByLabelText('Rank by'), { target: { value: 'pagerank' } });
    expect(onbasischange).toHaveBeenCalledWith('pagerank');
    const table = screen.getByRole('table', { name: 'Organism ranking' });
    expect(firstColumn(table)[0]).toBe('Gamma');
    expect(within(table).getByRole('columnheader', { name: /PageRank/ }).getAttribute('aria-sort')).toBe('descending');
  });

  it('draws one bar per organism with its name and value as text, widths from a linear scale', () => {
    const { container } = render(RankingPanel, { props: { index: planIndex(), lang: 'en', selectedId: null, onselect: vi.fn() } });
    const bars = [...container.querySelectorAll<HTMLElement>('.bars li')];
    expect(bars.map((b) => b.querySelector('.bar-name')!.textContent)).toEqual(['Alfa', 'Beta', 'Delta', 'Gamma']);
    expect(bars.map((b) => b.querySelector('.bar-value')!.textContent)).toEqual(['3', '2', '1', '1']);
    const widths = bars.map((b) => parseFloat(b.querySelector<HTMLElement>('.bar')!.style.width));
    [100, 200 / 3, 100 / 3, 100 / 3].forEach((w, i) => expect(widths[i]).toBeCloseTo(w, 6));
  });

  it('selects an organism from its name button and highlights it', async () => {
    const onselect = vi.fn();
    const { rerender } = render(RankingPanel, { props: { index: planIndex(), lang: 'en', selectedId: null, onselect } });
    await fireEvent.click(screen.getByRole('button', { name: 'Beta' }));
    expect(onselect).toHaveBeenCalledWith(idOf('organism', 'Beta'));
    await rerender({ selectedId: idOf('organism', 'Beta') });
    expect(screen.getByRole('button', { name: 'Beta' }).getAttribute('aria-current')).toBe('true');
  });

  it('shows only visible organisms, says how many are hidden and that values and ranks are the whole plan\'s', () => {
    const visible = new Set([idOf('organism', 'Gamma'), idOf('organism', 'Delta')]);
    render(RankingPanel, { props: { index: planIndex(), lang: 'en', selectedId: null, onselect: vi.fn(), visible } });
    expect(firstColumn(screen.getByRole('table', { name: 'Organism ranking' }))).toEqual(['Delta', 'Gamma']);
    expect(screen.getByText("2 organisms hidden by the filters. Values and ranks are the whole plan’s.")).toBeTruthy();
  });
});

describe('RankingPanel basis prop', () => {
  it('follows a new basis from the parent', async () => {
    const index = planIndex({ [idOf('organism', 'Gamma')]: { pagerank: 0.5 } });
    const { rerender } = render(RankingPanel, { props: { index, lang: 'en', selectedId: null, onselect: vi.fn(), basis: 'management_objective' } });
    expect((screen.getByLabelText('Rank by') as HTMLSelectElement).value).toBe('management_objective');
    await rerender({ basis: 'pagerank' });
    expect((screen.getByLabelText('Rank by') as HTMLSelectElement).value).toBe('pagerank');
    expect(firstColumn(screen.getByRole('table', { name: 'Organism ranking' }))[0]).toBe('Gamma');
  });
});
