import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import PresenterOverlay from '../../../src/components/presenter/PresenterOverlay.svelte';
import TourEditor from '../../../src/components/presenter/TourEditor.svelte';
import PresenterView from '../../../src/components/presenter/PresenterView.svelte';
import { PlanIndex } from '../../../src/lib/model/plan-index';
import { validatePayload } from '../../../src/lib/payload/validate';
import { buildAutoTour } from '../../../src/lib/tour/auto-tour';
import { addStep, emptyTour } from '../../../src/lib/tour/edit';
import type { SyncChannel, SyncMessage } from '../../../src/lib/tour/sync';
import { EMPTY_FILTERS } from '../../../src/lib/view/filters';

const payload = validatePayload(JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../fixtures/payload/mini.json'), 'utf8')));
const steps = buildAutoTour(new PlanIndex(payload), 'en');
const HOSTILE = '<img src=x onerror="globalThis.__pwned=1">';

function overlayProps(over: Record<string, unknown> = {}) {
  return {
    step: steps[1],
    position: 1,
    total: steps.length,
    black: false,
    buffer: '',
    theme: 'light' as const,
    lang: 'en' as const,
    onnext: vi.fn(),
    onprev: vi.fn(),
    onexit: vi.fn(),
    onblack: vi.fn(),
    ontheme: vi.fn(),
    ...over,
  };
}

describe('PresenterOverlay', () => {
  it('shows the caption in a region named Step / Passo with a quiet N / M mark', () => {
    const { unmount } = render(PresenterOverlay, { props: overlayProps() });
    const region = screen.getByRole('region', { name: 'Step' });
    expect(within(region).getByRole('heading', { name: steps[1].title })).toBeTruthy();
    expect(within(region).getByText(steps[1].caption)).toBeTruthy();
    expect(within(region).getByTestId('step-progress').textContent).toContain(`2 / ${steps.length}`);
    unmount();
    render(PresenterOverlay, { props: overlayProps({ lang: 'it' }) });
    expect(screen.getByRole('region', { name: 'Passo' })).toBeTruthy();
  });

  it('buttons call their callbacks; ends disable Previous / Next', async () => {
    const p = overlayProps({ position: 0 });
    render(PresenterOverlay, { props: p });
    expect((screen.getByRole('button', { name: /Previous/ }) as HTMLButtonElement).disabled).toBe(true);
    await fireEvent.click(screen.getByRole('button', { name: /Next/ }));
    await fireEvent.click(screen.getByRole('button', { name: 'Black screen' }));
    await fireEvent.click(screen.getByRole('button', { name: /Projector theme/ }));
    await fireEvent.click(screen.getByRole('button', { name: 'Leave the presentation' }));
    expect(p.onnext).toHaveBeenCalledOnce();
    expect(p.onblack).toHaveBeenCalledOnce();
    expect(p.ontheme).toHaveBeenCalledWith('dark');
    expect(p.onexit).toHaveBeenCalledOnce();
    expect(screen.queryByRole('button', { name: 'Presenter view' })).toBeNull();
  });

  it('shows the number being typed and the black screen', () => {
    render(PresenterOverlay, { props: overlayProps({ buffer: '12', black: true }) });
    expect(screen.getByText('Go to step 12')).toBeTruthy();
    expect(screen.getByTestId('black-screen')).toBeTruthy();
  });

  it('renders hostile captions as text', () => {
    const step = { ...steps[1], title: HOSTILE, caption: `<script>globalThis.__pwned=2</script>` };
    const { container } = render(PresenterOverlay, { props: overlayProps({ step }) });
    expect(screen.getByRole('heading', { name: HOSTILE })).toBeTruthy();
    expect(container.querySelector('img, script')).toBeNull();
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('TourEditor', () => {
  const meta = payload.meta;
  const view = { state: { view: 'hierarchy' as const, focus: null, selection: null, filters: EMPTY_FILTERS }, shown: ['a'] };
  const tour = addStep(addStep(emptyTour(meta, 'Mio tour'), view, 'Uno', 'Prima'), view, HOSTILE, '');

  function editorProps(over: Record<string, unknown> = {}) {
    return {
      open: true,
      tour,
      lang: 'en' as const,
      onadd: vi.fn(),
      onedit: vi.fn(),
      onmove: vi.fn(),
      ondelete: vi.fn(),
      onrename: vi.fn(),
      onsave: vi.fn(() => ({ name: 't.json', text: '{}' })),
      onopen: vi.fn(),
      onstart: vi.fn(),
      onclose: vi.fn(),
      ...over,
    };
  }

  it('adds the current view with a title and caption', async () => {
    const p = editorProps();
    render(TourEditor, { props: p });
    await fireEvent.input(screen.getByLabelText('Title of step 3'), { target: { value: 'Tre' } });
    await fireEvent.input(screen.getByLabelText('Caption of step 3'), { target: { value: 'Terza' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Add this view as a step' }));
    expect(p.onadd).toHaveBeenCalledWith('Tre', 'Terza');
  });

  it('renames, reorders, deletes and starts from a step', async () => {
    const p = editorProps();
    render(TourEditor, { props: p });
    expect((screen.getByLabelText('Title of step 2') as HTMLInputElement).value).toBe(HOSTILE);
    await fireEvent.change(screen.getByLabelText('Title of step 1'), { target: { value: 'Primo' } });
    expect(p.onedit).toHaveBeenCalledWith(0, { title: 'Primo' });
    await fireEvent.change(screen.getByLabelText('Caption of step 2'), { target: { value: 'Nuova' } });
    expect(p.onedit).toHaveBeenCalledWith(1, { caption: 'Nuova' });
    expect((screen.getByRole('button', { name: 'Move step 1 up' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Move step 2 down' }) as HTMLButtonElement).disabled).toBe(true);
    await fireEvent.click(screen.getByRole('button', { name: 'Move step 2 up' }));
    expect(p.onmove).toHaveBeenCalledWith(1, 0);
    await fireEvent.click(screen.getByRole('button', { name: 'Delete step 1' }));
    expect(p.ondelete).toHaveBeenCalledWith(0);
    await fireEvent.click(screen.getByRole('button', { name: 'Go to step 2' }));
    expect(p.onstart).toHaveBeenCalledWith(1);
    await fireEvent.change(screen.getByLabelText('Tour name'), { target: { value: 'Altro' } });
    expect(p.onrename).toHaveBeenCalledWith('Altro');
  });

  it('shows errors as alerts and an empty tour cannot be presented', () => {
    render(TourEditor, { props: editorProps({ tour: emptyTour(meta, 'x'), error: 'The tour x.json could not be opened' }) });
    expect(screen.getByRole('alert').textContent).toContain('x.json');
    expect(screen.getByText('My tour has no steps yet.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Present this tour' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('PresenterView', () => {
  it('waits, then follows the snapshot and sends commands', async () => {
    const sent: SyncMessage[] = [];
    const channel: SyncChannel = { onmessage: null, postMessage: (m) => void sent.push(m), close: vi.fn() };
    render(PresenterView, { props: { lang: 'en', channel, clock: () => 61_000 } });
    expect(sent).toEqual([{ type: 'hello' }]);
    expect(screen.getByRole('status').textContent).toMatch(/Waiting/);
    channel.onmessage!({ data: { type: 'state', snapshot: { active: true, mode: 'auto', step: 1, black: false, startedAt: 1_000, steps } } });
    await Promise.resolve();
    expect((await screen.findByTestId('view-current')).textContent).toBe(steps[1].title);
    expect(screen.getByTestId('view-next').textContent).toBe(steps[2].title);
    expect(screen.getByTestId('view-notes').textContent).toBe(steps[1].notes);
    expect(screen.getByTestId('view-timer').textContent).toBe('1:00');
    await fireEvent.click(screen.getByRole('button', { name: /Next/ }));
    await fireEvent.keyDown(window, { key: 'PageUp' });
    expect(sent.slice(1)).toEqual([
      { type: 'command', command: 'next' },
      { type: 'command', command: 'prev' },
    ]);
  });
});
