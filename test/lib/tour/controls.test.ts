import { describe, expect, it } from 'vitest';
import { isEditableTarget, keyAction, type KeyInput } from '../../../src/lib/tour/keys';
import { clampStep, decodePresent, encodePresent, isPresenterView } from '../../../src/lib/tour/step-url';
import { detectSwipe } from '../../../src/lib/tour/swipe';

const on = { active: true, buffer: '' };
const off = { active: false, buffer: '' };

describe('presenter keyboard', () => {
  const table: Array<[KeyInput, typeof on, ReturnType<typeof keyAction>]> = [
    [{ key: 'ArrowRight' }, on, { type: 'next' }],
    [{ key: 'ArrowDown' }, on, { type: 'next' }],
    [{ key: 'PageDown' }, on, { type: 'next' }],
    [{ key: ' ' }, on, { type: 'next' }],
    [{ key: 'n' }, on, { type: 'next' }],
    [{ key: 'ArrowLeft' }, on, { type: 'prev' }],
    [{ key: 'ArrowUp' }, on, { type: 'prev' }],
    [{ key: 'PageUp' }, on, { type: 'prev' }],
    [{ key: ' ', shiftKey: true }, on, { type: 'prev' }],
    [{ key: 'Backspace' }, on, { type: 'prev' }],
    [{ key: 'Home' }, on, { type: 'first' }],
    [{ key: 'End' }, on, { type: 'last' }],
    [{ key: 'b' }, on, { type: 'black' }],
    [{ key: 'B' }, on, { type: 'black' }],
    [{ key: '.' }, on, { type: 'black' }],
    [{ key: 'Escape' }, on, { type: 'exit' }],
    [{ key: '3' }, on, { type: 'digit', digit: 3 }],
    [{ key: '0' }, { active: true, buffer: '1' }, { type: 'digit', digit: 0 }],
    [{ key: 'Enter' }, { active: true, buffer: '12' }, { type: 'jump', step: 11 }],
    [{ key: 'Enter' }, { active: true, buffer: '0' }, { type: 'clear' }],
    [{ key: 'Enter' }, on, null],
    [{ key: 'Backspace' }, { active: true, buffer: '12' }, { type: 'backspace' }],
    [{ key: 'Escape' }, { active: true, buffer: '4' }, { type: 'clear' }],
    [{ key: 'p' }, off, { type: 'enter' }],
    [{ key: 'P' }, off, { type: 'enter' }],
    [{ key: 'p' }, on, null],
    [{ key: 'PageDown' }, off, null],
    [{ key: 'Escape' }, off, null],
    [{ key: 'p', ctrlKey: true }, off, null],
    [{ key: 'ArrowLeft', altKey: true }, on, null],
    [{ key: 'PageDown', metaKey: true }, on, null],
    [{ key: 'p', inEditable: true }, off, null],
    [{ key: ' ', inEditable: true }, on, null],
    [{ key: 'x' }, on, null],
    [{ key: 'F5' }, on, null],
  ];
  for (const [k, ctx, want] of table) {
    it(`${JSON.stringify(k)} with ${JSON.stringify(ctx)} → ${JSON.stringify(want)}`, () => {
      expect(keyAction(k, ctx)).toEqual(want);
    });
  }

  it('knows which targets take typing', () => {
    const el = (tagName: string, extra: Record<string, unknown> = {}) => ({ tagName, ...extra }) as unknown as EventTarget;
    expect(isEditableTarget(el('INPUT'))).toBe(true);
    expect(isEditableTarget(el('input', { type: 'search' }))).toBe(true);
    expect(isEditableTarget(el('INPUT', { type: 'checkbox' }))).toBe(false);
    expect(isEditableTarget(el('TEXTAREA'))).toBe(true);
    expect(isEditableTarget(el('SELECT'))).toBe(true);
    expect(isEditableTarget(el('DIV', { isContentEditable: true }))).toBe(true);
    expect(isEditableTarget(el('BUTTON'))).toBe(false);
    expect(isEditableTarget(null)).toBe(false);
  });
});

describe('step URLs', () => {
  it('decodes the mode and the 1-based step', () => {
    expect(decodePresent('?present=auto&step=3')).toEqual({ mode: 'auto', step: 2 });
    expect(decodePresent('?present=custom&step=1&lang=en')).toEqual({ mode: 'custom', step: 0 });
    expect(decodePresent('?present=auto')).toEqual({ mode: 'auto', step: 0 });
    expect(decodePresent(new URLSearchParams('present=auto&step=0'))).toEqual({ mode: 'auto', step: 0 });
  });
  it('ignores what is not a step', () => {
    for (const q of ['', '?step=3', '?present=slides&step=2', '?present=AUTO', '?present=auto&step=-2', '?present=auto&step=2.5', '?present=auto&step=abc', '?present=auto&step=1e3']) {
      const d = decodePresent(q);
      if (d) expect(d.step).toBe(0);
      else expect(d).toBeNull();
    }
    expect(decodePresent('?present=slides')).toBeNull();
  });
  it('encodes, keeping every other parameter, and round-trips', () => {
    const q = encodePresent('?lang=en&view=network&hide-area=a&hide-area=b', { mode: 'custom', step: 4 });
    const p = new URLSearchParams(q);
    expect(p.get('present')).toBe('custom');
    expect(p.get('step')).toBe('5');
    expect(p.getAll('hide-area')).toEqual(['a', 'b']);
    expect(decodePresent(q)).toEqual({ mode: 'custom', step: 4 });
    expect(encodePresent(q, null)).toBe('?lang=en&view=network&hide-area=a&hide-area=b');
    expect(encodePresent('?present=auto&step=2', null)).toBe('');
  });
  it('recognises the presenter view and clamps steps', () => {
    expect(isPresenterView('?presenter-view=1')).toBe(true);
    expect(isPresenterView('?presenter-view=0')).toBe(false);
    expect(isPresenterView('?lang=en')).toBe(false);
    expect(clampStep(12, 5)).toBe(4);
    expect(clampStep(-1, 5)).toBe(0);
    expect(clampStep(3, 0)).toBe(0);
  });
});

describe('swipe', () => {
  it('a quick horizontal stroke is a swipe; left goes forward', () => {
    expect(detectSwipe(-120, 10, 200)).toBe('next');
    expect(detectSwipe(120, -10, 200)).toBe('prev');
  });
  it('short, slow, vertical or broken strokes are not', () => {
    expect(detectSwipe(-30, 0, 100)).toBeNull();
    expect(detectSwipe(-200, 0, 2000)).toBeNull();
    expect(detectSwipe(-100, 80, 200)).toBeNull();
    expect(detectSwipe(Number.NaN, 0, 100)).toBeNull();
    expect(detectSwipe(-100, 0, -5)).toBeNull();
    expect(detectSwipe(-40, 0, 100, { minDistance: 30 })).toBe('next');
  });
});
