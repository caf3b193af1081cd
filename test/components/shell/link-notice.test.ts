import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import LinkNotice from '../../../src/components/LinkNotice.svelte';

describe('LinkNotice', () => {
  it('keeps an empty polite live region while there is nothing to say', () => {
    render(LinkNotice, { props: { count: 0, lang: 'it', ondismiss: vi.fn() } });
    expect(screen.getByRole('status').textContent).toBe('');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says how many nodes the link named that the plan lacks, in the plural and the singular', async () => {
    const { rerender } = render(LinkNotice, { props: { count: 0, lang: 'it', ondismiss: vi.fn() } });
    const region = screen.getByRole('status');
    await rerender({ count: 2 });
    // The same region, now speaking: screen readers hear what appears in it.
    expect(screen.getByRole('status')).toBe(region);
    expect(region.textContent).toBe('Il link nomina 2 nodi che non sono nel piano: ignorati.');
    await rerender({ count: 1 });
    expect(region.textContent).toBe('Il link nomina un nodo che non è nel piano: ignorato.');
    await rerender({ lang: 'en' });
    expect(region.textContent).toBe('The link names a node that is not in the plan: ignored.');
    await rerender({ count: 1200 });
    expect(region.textContent).toBe('The link names 1,200 nodes that are not in the plan: ignored.');
  });

  it('closes with its button, which the message describes', async () => {
    const ondismiss = vi.fn();
    render(LinkNotice, { props: { count: 3, lang: 'en', ondismiss } });
    const close = screen.getByRole('button', { name: 'Close' });
    expect(close.getAttribute('aria-describedby')).toBe(screen.getByRole('status').id);
    await fireEvent.click(close);
    expect(ondismiss).toHaveBeenCalledOnce();
  });
});
