/** The side panels' arrival: code after the first draw, then one group per task. */
import { describe, expect, it, vi } from 'vitest';
import { PANEL_GROUPS, PanelLoader } from '../../../src/components/panels/panel-loader.svelte';

/** Manual scheduling: the test decides when the page is idle and when a frame has passed. */
function scheduler() {
  const idle: Array<() => void> = [];
  const frames: Array<() => void> = [];
  return {
    whenIdle: (fn: () => void) => void idle.push(fn),
    afterFrame: (fn: () => void) => void frames.push(fn),
    runIdle: () => idle.splice(0).forEach((f) => f()),
    runFrame: () => frames.splice(0).forEach((f) => f()),
    pending: () => idle.length + frames.length,
  };
}
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('PanelLoader', () => {
  it('loads nothing before the first draw, then mounts the groups one per frame once idle', async () => {
    const s = scheduler();
    const kit = { name: 'kit' };
    const importKit = vi.fn(async () => kit);
    const loader = new PanelLoader({ importKit, whenIdle: s.whenIdle, afterFrame: s.afterFrame });
    expect(loader.shown).toBe(0);
    expect(importKit).not.toHaveBeenCalled();
    loader.afterFirstDraw();
    loader.afterFirstDraw(); // the canvas may call it again: still one sequence
    expect(importKit).not.toHaveBeenCalled(); // not even fetched between the layout and its frame
    s.runIdle();
    await settle();
    expect(importKit).toHaveBeenCalledOnce();
    expect(loader.kit).toBe(kit);
    expect(loader.shown).toBe(0); // the code's evaluation and the first mount are two tasks
    const seen: number[] = [];
    while (s.pending()) {
      s.runFrame();
      seen.push(loader.shown);
    }
    expect(seen).toEqual(Array.from({ length: PANEL_GROUPS }, (_, i) => i + 1));
    expect(loader.ready).toBe(true);
  });

  it('showAll mounts every group at once (Tabella, or a first draw that never comes)', async () => {
    const s = scheduler();
    const loader = new PanelLoader({ importKit: async () => ({}), whenIdle: s.whenIdle, afterFrame: s.afterFrame });
    loader.showAll();
    expect(loader.ready).toBe(true);
    await settle();
    expect(loader.kit).not.toBeNull();
    // A first draw after that changes nothing.
    loader.afterFirstDraw();
    expect(s.pending()).toBe(0);
  });

  it('panels whose code fails to load are given up on (the page says ready) and reported; a later load retries', async () => {
    const s = scheduler();
    const onerror = vi.fn();
    const importKit = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue({ ok: true });
    const loader = new PanelLoader({ importKit, whenIdle: s.whenIdle, afterFrame: s.afterFrame, onerror });
    loader.afterFirstDraw();
    s.runIdle();
    await settle();
    while (s.pending()) s.runFrame();
    expect(loader.ready).toBe(true);
    expect(loader.kit).toBeNull();
    expect(onerror).toHaveBeenCalledOnce();
    expect(await loader.load()).toEqual({ ok: true });
    expect(loader.kit).toEqual({ ok: true });
  });
});
