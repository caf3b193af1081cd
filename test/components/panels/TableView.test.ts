import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { PlanIndex } from '../../../src/lib/model/plan-index';
import TableView from '../../../src/components/panels/TableView.svelte';
import { EMPTY_FILTERS, visibleNodeIds } from '../../../src/lib/view/filters';
import { buildPayload, idOf, planIndex, PLAN } from './fixtures';

const allIds = (index: PlanIndex) => new Set(index.payload.nodes.map((n) => n.id));
const items = () => screen.getAllByRole('treeitem');
const labelOf = (el: Element) => el.querySelector('.label')!.textContent;
const focused = () => document.activeElement as HTMLElement;
const settle = async () => {
  await tick();
  await new Promise((r) => setTimeout(r, 0));
};

function setup(index = planIndex(), extra: Record<string, unknown> = {}) {
  const onselect = vi.fn();
  const r = render(TableView, { props: { index, lang: 'it', visible: allIds(index), selectedId: null, onselect, ...extra } });
  return { onselect, index, ...r };
}

describe('TableView', () => {
  it('is a tree of the areas, collapsed, with one row in the Tab order', () => {
    setup();
    const tree = screen.getByRole('tree', { name: /Piano/ });
    const rows = within(tree).getAllByRole('treeitem');
    expect(rows.map(labelOf)).toEqual(['Città impresa', 'Città sostenibile']);
    expect(rows.map((r) => r.getAttribute('aria-level'))).toEqual(['1', '1']);
    expect(rows.map((r) => r.getAttribute('aria-expanded'))).toEqual(['false', 'false']);
    expect(rows.map((r) => r.tabIndex)).toEqual([0, -1]);
  });

  it('walks by keyboard: Down, Up, Right opens then enters, Left goes up then closes, Home/End, Enter selects', async () => {
    const { onselect } = setup();
    items()[0].focus();
    await fireEvent.keyDown(focused(), { key: 'ArrowDown' });
    await settle();
    expect(labelOf(focused())).toBe('Città sostenibile');
    expect(focused().tabIndex).toBe(0);
    await fireEvent.keyDown(focused(), { key: 'ArrowUp' });
    await settle();
    expect(labelOf(focused())).toBe('Città impresa');

    await fireEvent.keyDown(focused(), { key: 'ArrowRight' });
    await settle();
    expect(items()[0].getAttribute('aria-expanded')).toBe('true');
    expect(items().map(labelOf)).toEqual(['Città impresa', 'Distretto', 'Cultura', 'Città sostenibile']);
    expect(labelOf(focused())).toBe('Città impresa');
    await fireEvent.keyDown(focused(), { key: 'ArrowRight' });
    await settle();
    expect(labelOf(focused())).toBe('Distretto');
    expect(focused().getAttribute('aria-level')).toBe('2');

    await fireEvent.keyDown(focused(), { key: 'Enter' });
    expect(onselect).toHaveBeenLastCalledWith(idOf('strategic_objective', 'Distretto'));

    await fireEvent.keyDown(focused(), { key: 'ArrowLeft' });
    await settle();
    expect(labelOf(focused())).toBe('Città impresa');
    await fireEvent.keyDown(focused(), { key: 'ArrowLeft' });
    await settle();
    expect(items()).toHaveLength(2);

    await fireEvent.keyDown(focused(), { key: 'End' });
    await settle();
    expect(labelOf(focused())).toBe('Città sostenibile');
    await fireEvent.keyDown(focused(), { key: 'Home' });
    await settle();
    expect(labelOf(focused())).toBe('Città impresa');
    await fireEvent.keyDown(focused(), { key: ' ' });
    expect(onselect).toHaveBeenLastCalledWith(idOf('area', 'Città impresa'));
  });

  it('expand all shows an objective under each of its two parents, down to the organisms', async () => {
    setup();
    await fireEvent.click(screen.getByRole('button', { name: 'Espandi tutto' }));
    const op = items().filter((r) => labelOf(r) === 'Economia circolare');
    expect(op).toHaveLength(2);
    expect(items().filter((r) => r.getAttribute('aria-level') === '6').length).toBeGreaterThan(0);
    await fireEvent.click(screen.getByRole('button', { name: 'Comprimi tutto' }));
    expect(items()).toHaveLength(2);
  });

  it('reveals, highlights and marks the selected node, opening its ancestors', async () => {
    const { rerender } = setup();
    await rerender({ selectedId: idOf('organism', 'Gamma') });
    await settle();
    const selected = items().filter((r) => r.getAttribute('aria-selected') === 'true');
    expect(selected.map(labelOf)).toEqual(['Gamma']);
    expect(selected[0].getAttribute('aria-level')).toBe('6');
    expect(selected[0].tabIndex).toBe(0);
  });

  it('clicking a row selects it; clicking its arrow only opens it', async () => {
    const { onselect } = setup();
    await fireEvent.click(items()[1].querySelector('.toggle')!);
    expect(onselect).not.toHaveBeenCalled();
    expect(items()[1].getAttribute('aria-expanded')).toBe('true');
    await fireEvent.click(items()[2].querySelector('.label')!);
    expect(onselect).toHaveBeenCalledWith(idOf('strategic_objective', 'Ambiente'));
  });

  it('applies the filters: hidden actions are bridged, organisms sit under the objectives', async () => {
    const index = planIndex();
    setup(index, { visible: visibleNodeIds(index, { ...EMPTY_FILTERS, hiddenKinds: ['action'] }, 'load') });
    await fireEvent.click(screen.getByRole('button', { name: 'Espandi tutto' }));
    expect(items().some((r) => labelOf(r)!.startsWith('Azione'))).toBe(false);
    const gamma = items().find((r) => labelOf(r) === 'Gamma')!;
    expect(gamma.getAttribute('aria-level')).toBe('5');
  });

  it('renders markup in labels as literal text', async () => {
    const evil = '<script>alert(1)</script>';
    const index = new PlanIndex(buildPayload([{ ...PLAN[0], management: evil }]));
    const { container } = setup(index);
    await fireEvent.click(screen.getByRole('button', { name: 'Espandi tutto' }));
    expect(items().some((r) => labelOf(r) === evil)).toBe(true);
    expect(container.querySelector('script')).toBeNull();
  });

  it('renders a page of rows at a time on big plans and extends it on demand', async () => {
    setup(planIndex(), { pageSize: 3 });
    await fireEvent.click(screen.getByRole('button', { name: 'Espandi tutto' }));
    expect(items()).toHaveLength(3);
    await fireEvent.click(screen.getByRole('button', { name: /Mostra altre 3 righe/ }));
    expect(items()).toHaveLength(6);
  });

  it('says so when the filters leave nothing', () => {
    setup(planIndex(), { visible: new Set() });
    expect(screen.getByText('Nessun nodo visibile con i filtri attuali.')).toBeTruthy();
  });
});
