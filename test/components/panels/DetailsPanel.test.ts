import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { PlanIndex } from '../../../src/lib/model/plan-index';
import DetailsPanel from '../../../src/components/panels/DetailsPanel.svelte';
import { buildPayload, idOf, planIndex } from './fixtures';

const base = { lang: 'it' as const, measure: 'load' as const };

describe('DetailsPanel', () => {
  it('is a region named Dettagli / Details with an empty state', () => {
    const { unmount } = render(DetailsPanel, { props: { ...base, index: planIndex(), nodeId: null, onselect: vi.fn() } });
    expect(screen.getByRole('region', { name: 'Dettagli' })).toBeTruthy();
    expect(screen.getByText(/Seleziona un nodo/)).toBeTruthy();
    unmount();
    render(DetailsPanel, { props: { ...base, lang: 'en', index: planIndex(), nodeId: null, onselect: vi.fn() } });
    expect(screen.getByRole('region', { name: 'Details' })).toBeTruthy();
  });

  it('shows kind, paragraphs, breadcrumb, children and the raw source row', async () => {
    const onselect = vi.fn();
    const index = new PlanIndex(
      buildPayload([
        { area: 'Città impresa', strategic: 'Distretto', operational: 'Economia circolare', management: 'Primo paragrafo.\nSecondo paragrafo.', action: 'Azione uno', organisms: ['Alfa', 'Beta'] },
        { area: 'Città impresa', strategic: 'Distretto', operational: 'Economia circolare', management: 'Primo paragrafo.\nSecondo paragrafo.', action: 'Azione due', organisms: ['Alfa'] },
      ]),
    );
    const id = idOf('management_objective', 'Primo paragrafo. Secondo paragrafo.');
    render(DetailsPanel, { props: { ...base, index, nodeId: id, onselect } });
    const region = screen.getByRole('region', { name: 'Dettagli' });
    expect(within(region).getByText('Obiettivo gestionale')).toBeTruthy();
    expect(within(region).getByText('Primo paragrafo.').tagName).toBe('P');
    expect(within(region).getByText('Secondo paragrafo.').tagName).toBe('P');
    const crumbs = within(screen.getByRole('navigation', { name: 'Percorso nel piano' }));
    expect(crumbs.getAllByRole('button').map((b) => b.textContent?.trim())).toEqual(['Città impresa', 'Distretto', 'Economia circolare']);
    await fireEvent.click(crumbs.getByRole('button', { name: /Distretto/ }));
    expect(onselect).toHaveBeenLastCalledWith(idOf('strategic_objective', 'Distretto'));
    expect(screen.getByRole('heading', { name: 'Contiene (2)' })).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: /Azione due/ }));
    expect(onselect).toHaveBeenLastCalledWith(idOf('action', 'Azione due'));
    // The original row, markup and all, as literal text.
    const pre = region.querySelector('pre')!;
    expect(pre.textContent).toContain('<b>Città impresa</b>');
    expect(region.querySelector('pre b')).toBeNull();
    expect(screen.getByText('seeds/test.txt, riga 10')).toBeTruthy();
  });

  it('ranks every measure among nodes of the same kind ("2° su 4 organismi")', () => {
    render(DetailsPanel, { props: { ...base, index: planIndex(), nodeId: idOf('organism', 'Beta'), onselect: vi.fn() } });
    const table = screen.getByRole('table', { name: 'Misure' });
    const loadRow = within(table).getByRole('row', { name: /Carico di obiettivi/ });
    expect(loadRow.textContent).toContain('2° su 4 organismi');
    expect(loadRow.textContent).toContain('(in uso)');
    expect(within(table).getAllByRole('row')).toHaveLength(7);
  });

  it('in English, ordinals read "2nd of 4 organisms"', () => {
    render(DetailsPanel, { props: { ...base, lang: 'en', index: planIndex(), nodeId: idOf('organism', 'Beta'), onselect: vi.fn() } });
    expect(screen.getByRole('row', { name: /Objective load/ }).textContent).toContain('2nd of 4 organisms');
  });

  it('for an organism: load per level and area, and what only it carries', async () => {
    const onselect = vi.fn();
    render(DetailsPanel, { props: { ...base, index: planIndex(), nodeId: idOf('organism', 'Gamma'), onselect, onfocus: vi.fn() } });
    const perLevel = screen.getByRole('table', { name: 'Carico per livello' });
    // Gamma and Delta carry one management objective each: the table says the place is shared.
    expect(within(perLevel).getByRole('row', { name: /Obiettivi gestionali/ }).textContent).toContain('3° su 4 organismi (a pari merito con un altro)');
    const measures = screen.getByRole('table', { name: 'Misure' });
    expect(within(measures).getByRole('row', { name: /Grado/ }).textContent).toContain('3° su 4 organismi (a pari merito con un altro)');
    const perArea = screen.getByRole('table', { name: 'Carico per ambito' });
    expect(within(perArea).getByRole('button', { name: /Città sostenibile/ })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Obiettivi che porta da solo (2)' })).toBeTruthy();
    await fireEvent.click(screen.getAllByRole('button', { name: /Gestionale tre/ })[0]);
    expect(onselect).toHaveBeenCalledWith(idOf('management_objective', 'Gestionale tre'));
    expect(screen.getByText('25%')).toBeTruthy();
  });

  it('says when an organism carries nothing alone, and calls onfocus', async () => {
    const onfocus = vi.fn();
    render(DetailsPanel, { props: { ...base, index: planIndex(), nodeId: idOf('organism', 'Beta'), onselect: vi.fn(), onfocus } });
    expect(screen.getByText(/Nessuno: ogni obiettivo/)).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Mostra solo la sua catena' }));
    expect(onfocus).toHaveBeenCalledWith(idOf('organism', 'Beta'));
  });

  it('renders document text as text, never markup', () => {
    const index = new PlanIndex(buildPayload([{ area: 'A', strategic: 'S', operational: 'O', management: '<img src=x onerror=alert(1)>', action: 'Az', organisms: ['X'] }]));
    const { container } = render(DetailsPanel, { props: { ...base, index, nodeId: idOf('management_objective', '<img src=x onerror=alert(1)>'), onselect: vi.fn() } });
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getAllByText('<img src=x onerror=alert(1)>').length).toBeGreaterThan(0);
  });

  it('says so when the id is not in the payload', () => {
    render(DetailsPanel, { props: { ...base, index: planIndex(), nodeId: 'action:gone', onselect: vi.fn() } });
    expect(screen.getByText(/non è presente/)).toBeTruthy();
  });
});

describe('DetailsPanel long lists', () => {
  it('shows the first items of a long list, all on demand, and starts short again for the next node', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => ({ area: 'A', strategic: 'S', operational: 'O', management: `G${i}`, action: `Az${i}`, organisms: ['X'] }));
    const index = new PlanIndex(buildPayload(rows));
    const { rerender } = render(DetailsPanel, { props: { ...base, index, nodeId: idOf('operational_objective', 'O'), onselect: vi.fn() } });
    const list = () => screen.getByRole('list', { name: 'Contiene (12)' });
    expect(within(list()).getAllByRole('button')).toHaveLength(8);
    await fireEvent.click(screen.getByRole('button', { name: 'Mostra tutti (12)' }));
    expect(within(list()).getAllByRole('button')).toHaveLength(12);
    await rerender({ nodeId: idOf('organism', 'X') });
    expect(within(screen.getByRole('list', { name: 'Azioni assegnate (12)' })).getAllByRole('button')).toHaveLength(8);
  });
});
