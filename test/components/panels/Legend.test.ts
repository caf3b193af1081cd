import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import Legend from '../../../src/components/panels/Legend.svelte';
import { idOf, planIndex } from './fixtures';

describe('Legend', () => {
  it('names every kind next to its shape and every area next to its colour, pattern and number', () => {
    const { container } = render(Legend, { props: { index: planIndex(), lang: 'en' } });
    const kinds = within(screen.getByRole('list', { name: 'Shape: kind of node' })).getAllByRole('listitem');
    expect(kinds.map((k) => k.textContent!.trim())).toEqual([
      'Strategic area', 'Strategic objective', 'Operational objective', 'Management objective', 'Action', 'Organism',
    ]);
    expect(kinds.every((k) => k.querySelector('svg path'))).toBe(true);
    const areas = within(screen.getByRole('list', { name: /strategic area/ })).getAllByRole('listitem');
    expect(areas.map((a) => a.textContent!.replace(/\s+/g, ' ').trim())).toEqual(['1 Area 1: Città impresa', '2 Area 2: Città sostenibile']);
    const patternIds = [...container.querySelectorAll('pattern')].map((p) => p.id);
    expect(new Set(patternIds).size).toBe(patternIds.length);
    expect(areas[1].querySelector('rect[fill^="url(#"]')).not.toBeNull();
  });

  it('shows only the kinds and areas asked for', () => {
    render(Legend, { props: { index: planIndex(), lang: 'it', kinds: ['organism'], areas: [idOf('area', 'Città sostenibile')] } });
    expect(within(screen.getByRole('list', { name: 'Forma: tipo di nodo' })).getAllByRole('listitem')).toHaveLength(1);
    expect(within(screen.getByRole('list', { name: /ambito/ })).getByText('Città sostenibile')).toBeTruthy();
    expect(screen.queryByText('Città impresa')).toBeNull();
  });
});
