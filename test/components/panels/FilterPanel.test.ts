import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import FilterPanel from '../../../src/components/panels/FilterPanel.svelte';
import { EMPTY_FILTERS, type Filters } from '../../../src/lib/view/filters';
import { idOf, planIndex } from './fixtures';

function setup(filters: Filters = EMPTY_FILTERS, measure: 'load' | 'pagerank' = 'load', hiddenCount = 0) {
  const onchange = vi.fn();
  const r = render(FilterPanel, { props: { index: planIndex(), lang: 'it', filters, measure, hiddenCount, onchange } });
  return { onchange, ...r };
}

describe('FilterPanel', () => {
  it('hides an area when its box is unchecked, and shows its colour number and count', async () => {
    const { onchange } = setup();
    const box = screen.getByRole('checkbox', { name: /Città sostenibile/ });
    expect((box as HTMLInputElement).checked).toBe(true);
    expect(box.closest('label')!.textContent).toMatch(/2\s*Città sostenibile\s*10 nodi/);
    expect(box.closest('label')!.querySelector('svg pattern')).not.toBeNull();
    await fireEvent.click(box);
    expect(onchange).toHaveBeenCalledWith({ ...EMPTY_FILTERS, hiddenAreas: [idOf('area', 'Città sostenibile')] });
  });

  it('shows a hidden area unchecked and re-shows it', async () => {
    const { onchange } = setup({ ...EMPTY_FILTERS, hiddenAreas: [idOf('area', 'Città impresa')] });
    const box = screen.getByRole('checkbox', { name: /Città impresa/ }) as HTMLInputElement;
    expect(box.checked).toBe(false);
    await fireEvent.click(box);
    expect(onchange).toHaveBeenCalledWith(EMPTY_FILTERS);
  });

  it('hides actions by unchecking the kind', async () => {
    const { onchange } = setup();
    await fireEvent.click(screen.getByRole('checkbox', { name: /^Azione/ }));
    expect(onchange).toHaveBeenCalledWith({ ...EMPTY_FILTERS, hiddenKinds: ['action'] });
  });

  it('unchecking one organism keeps all the others; checking "all" clears the list', async () => {
    const { onchange, rerender } = setup();
    const fieldset = screen.getByRole('group', { name: 'Organismi' });
    await fireEvent.click(within(fieldset).getByRole('checkbox', { name: 'Beta' }));
    expect(onchange).toHaveBeenLastCalledWith({
      ...EMPTY_FILTERS,
      organisms: ['Alfa', 'Delta', 'Gamma'].map((o) => idOf('organism', o)),
    });
    await rerender({ filters: { ...EMPTY_FILTERS, organisms: [idOf('organism', 'Gamma')] } });
    expect((within(fieldset).getByRole('checkbox', { name: 'Beta' }) as HTMLInputElement).checked).toBe(false);
    expect((within(fieldset).getByRole('checkbox', { name: 'Gamma' }) as HTMLInputElement).checked).toBe(true);
    await fireEvent.click(within(fieldset).getByRole('checkbox', { name: 'Tutti gli organismi' }));
    expect(onchange).toHaveBeenLastCalledWith(EMPTY_FILTERS);
  });

  it('a "solo" button beside each organism keeps that one alone; "all" brings the others back', async () => {
    const { onchange, rerender } = setup({ ...EMPTY_FILTERS, hiddenKinds: ['action'] });
    const fieldset = screen.getByRole('group', { name: 'Organismi' });
    // One per organism, each named for its row; the visible word is in the name.
    const buttons = within(fieldset).getAllByRole('button', { name: /^Mostra solo / });
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual(['Alfa', 'Beta', 'Delta', 'Gamma'].map((o) => `Mostra solo ${o}`));
    expect(buttons.every((b) => b.textContent!.trim() === 'solo')).toBe(true);
    // Beside the checkbox, not inside its label: the checkbox keeps the organism's name alone.
    expect(within(fieldset).getByRole('checkbox', { name: 'Gamma' })).toBeTruthy();
    await fireEvent.click(within(fieldset).getByRole('button', { name: 'Mostra solo Gamma' }));
    // The other filters stay as they were.
    expect(onchange).toHaveBeenLastCalledWith({ ...EMPTY_FILTERS, hiddenKinds: ['action'], organisms: [idOf('organism', 'Gamma')] });
    await rerender({ filters: { ...EMPTY_FILTERS, hiddenKinds: ['action'], organisms: [idOf('organism', 'Gamma')] } });
    const checked = within(fieldset)
      .getAllByRole('checkbox')
      .filter((b) => (b as HTMLInputElement).checked)
      .map((b) => b.closest('label')!.textContent!.trim());
    expect(checked).toEqual(['Gamma']);
    // From one organism to another, in one click too.
    await fireEvent.click(within(fieldset).getByRole('button', { name: 'Mostra solo Alfa' }));
    expect(onchange).toHaveBeenLastCalledWith({ ...EMPTY_FILTERS, hiddenKinds: ['action'], organisms: [idOf('organism', 'Alfa')] });
    const all = within(fieldset).getByRole('checkbox', { name: 'Tutti gli organismi' }) as HTMLInputElement;
    expect(all.checked).toBe(false);
    await fireEvent.click(all);
    expect(onchange).toHaveBeenLastCalledWith({ ...EMPTY_FILTERS, hiddenKinds: ['action'] });
  });

  it('a "solo" button beside each area hides every other area', async () => {
    const { onchange, rerender } = setup();
    const fieldset = screen.getByRole('group', { name: 'Ambiti' });
    await fireEvent.click(within(fieldset).getByRole('button', { name: 'Mostra solo Città sostenibile' }));
    expect(onchange).toHaveBeenLastCalledWith({ ...EMPTY_FILTERS, hiddenAreas: [idOf('area', 'Città impresa')] });
    await rerender({ filters: { ...EMPTY_FILTERS, hiddenAreas: [idOf('area', 'Città impresa')] } });
    expect((within(fieldset).getByRole('checkbox', { name: /Città sostenibile/ }) as HTMLInputElement).checked).toBe(true);
    expect((within(fieldset).getByRole('checkbox', { name: /Città impresa/ }) as HTMLInputElement).checked).toBe(false);
    await fireEvent.click(within(fieldset).getByRole('button', { name: 'Tutti gli ambiti' }));
    expect(onchange).toHaveBeenLastCalledWith(EMPTY_FILTERS);
  });

  it('says "only" in English, with the row\'s name', () => {
    const onchange = vi.fn();
    render(FilterPanel, { props: { index: planIndex(), lang: 'en', filters: EMPTY_FILTERS, measure: 'load', hiddenCount: 0, onchange } });
    const button = screen.getByRole('button', { name: 'Show only Beta' });
    expect(button.textContent!.trim()).toBe('only');
    expect(screen.getByRole('button', { name: 'Show only Città impresa' })).toBeTruthy();
  });

  it('sets a minimum of the chosen measure from the number box, clamped to the range', async () => {
    const { onchange } = setup(EMPTY_FILTERS, 'load');
    const num = screen.getByRole('spinbutton', { name: 'Valore minimo (numero)' }) as HTMLInputElement;
    // For objectives, load is how many organisms carry them: "Città sostenibile" reaches all four.
    expect(num.max).toBe('4');
    await fireEvent.change(num, { target: { value: '2' } });
    expect(onchange).toHaveBeenLastCalledWith({ ...EMPTY_FILTERS, minMeasure: 2 });
    await fireEvent.change(num, { target: { value: '99' } });
    expect(onchange).toHaveBeenLastCalledWith({ ...EMPTY_FILTERS, minMeasure: 4 });
    const range = screen.getByRole('slider', { name: /Valore minimo di «Carico di obiettivi»/ });
    await fireEvent.input(range, { target: { value: '1' } });
    expect(onchange).toHaveBeenLastCalledWith({ ...EMPTY_FILTERS, minMeasure: 1 });
  });

  it('says how many nodes are hidden and resets everything', async () => {
    const { onchange } = setup({ ...EMPTY_FILTERS, hiddenKinds: ['action'], minMeasure: 1 }, 'load', 12);
    expect(screen.getByRole('status').textContent).toContain('12 nodi nascosti dai filtri');
    await fireEvent.click(screen.getByRole('button', { name: 'Azzera i filtri' }));
    expect(onchange).toHaveBeenLastCalledWith(EMPTY_FILTERS);
  });

  it('disables reset when nothing filters', () => {
    setup();
    expect((screen.getByRole('button', { name: 'Azzera i filtri' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole('status').textContent).toContain('Nessun nodo nascosto');
  });
});
