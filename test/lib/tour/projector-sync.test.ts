import { describe, expect, it } from 'vitest';
import { MIN_LABEL_PX, PROJECTOR_COLORS, PROJECTOR_THEMES, projectorFontSize, projectorStyle } from '../../../src/lib/tour/projector-style';
import { AREA_PALETTE, NEUTRAL, contrastRatio, liftForBackground } from '../../../src/lib/view/palette';
import { readSyncMessage } from '../../../src/lib/tour/sync';
import { buildAutoTour } from '../../../src/lib/tour/auto-tour';
import { index, miniPayload } from './helpers';

describe('projector style', () => {
  it('labels render at least 24 px on a 1920×1080 screen, at every zoom', () => {
    for (const zoom of [0.05, 0.3, 1, 2.5, 10]) {
      const size = projectorFontSize(zoom, 1080);
      expect(size * zoom).toBeGreaterThanOrEqual(MIN_LABEL_PX - 0.01);
      const rule = projectorStyle('light', zoom, 1080).find((r) => r.selector === 'node')!;
      expect(Number(rule.style['font-size']) * zoom).toBeGreaterThanOrEqual(MIN_LABEL_PX - 0.01);
    }
    expect(projectorFontSize(0)).toBe(projectorFontSize(1));
    expect(projectorFontSize(1, 2160) * 1).toBeGreaterThan(projectorFontSize(1, 1080));
  });
  it('both themes are high contrast (7:1 text, 3:1 edges and highlight)', () => {
    for (const t of PROJECTOR_THEMES) {
      const c = PROJECTOR_COLORS[t];
      expect(contrastRatio(c.text, c.background)).toBeGreaterThanOrEqual(7);
      expect(contrastRatio(c.edge, c.background)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(c.lit, c.background)).toBeGreaterThanOrEqual(3);
      const node = projectorStyle(t).find((r) => r.selector === 'node')!.style;
      expect(contrastRatio(String(node.color), String(node['text-background-color']))).toBeGreaterThanOrEqual(7);
      expect(projectorStyle(t).map((r) => r.selector)).toEqual(expect.arrayContaining(['node', 'edge', '.faded', 'node.chain', 'edge.chain']));
    }
  });
  it('every area colour fills nodes at 3:1 or more against either theme', () => {
    for (const t of PROJECTOR_THEMES) {
      const rules = projectorStyle(t);
      for (const color of [...AREA_PALETTE, NEUTRAL]) {
        const lifted = rules.find((r) => r.selector === `node[color = "${color}"]`);
        const fill = String(lifted?.style['background-color'] ?? color);
        expect(contrastRatio(fill, PROJECTOR_COLORS[t].background), `${t} ${color} → ${fill}`).toBeGreaterThanOrEqual(3);
      }
    }
    // The light theme keeps the palette as it is; the dark one lifts only what needs it.
    expect(projectorStyle('light').some((r) => r.selector.startsWith('node[color'))).toBe(false);
    expect(projectorStyle('dark').filter((r) => r.selector.startsWith('node[color')).length).toBeGreaterThan(0);
  });
  it('lifting keeps colours that already reach the contrast, and only lightens the others', () => {
    expect(liftForBackground('#0072B2', '#FFFFFF')).toBe('#0072B2');
    const lifted = liftForBackground('#5B4A9B', '#000000');
    expect(lifted).not.toBe('#5B4A9B');
    expect(contrastRatio(lifted, '#000000')).toBeGreaterThanOrEqual(3);
    // Same hue family: the blue channel still leads.
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(lifted.slice(i, i + 2), 16));
    expect(b).toBeGreaterThan(r!);
    expect(b).toBeGreaterThan(g!);
  });
});

describe('presenter sync messages', () => {
  const steps = buildAutoTour(index(miniPayload()), 'en');
  const snapshot = { active: true, mode: 'auto', step: 1, black: false, startedAt: 1000, steps };
  it('accepts what the windows send', () => {
    expect(readSyncMessage({ type: 'hello' })).toEqual({ type: 'hello' });
    expect(readSyncMessage({ type: 'command', command: 'next' })).toEqual({ type: 'command', command: 'next' });
    expect(readSyncMessage({ type: 'goto', step: 3 })).toEqual({ type: 'goto', step: 3 });
    expect(readSyncMessage(structuredClone({ type: 'state', snapshot }))).toMatchObject({ type: 'state', snapshot: { step: 1 } });
  });
  it('drops anything else', () => {
    for (const m of [null, 'next', 42, {}, { type: 'command', command: 'eval' }, { type: 'goto', step: -1 }, { type: 'goto', step: 1.5 }, { type: 'state' }, { type: 'state', snapshot: { ...snapshot, steps: [{ title: 1 }] } }, { type: 'state', snapshot: { ...snapshot, mode: 'x' } }, { type: 'state', snapshot: { ...snapshot, active: 'yes' } }]) {
      expect(readSyncMessage(m)).toBeNull();
    }
  });
});
