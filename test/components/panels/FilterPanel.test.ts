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
