/**
 * Full screen and Esc: the browser takes the first Esc to leave full screen (the page
 * never sees that key), so leaving full screen that presenting asked for must leave
 * presenting too — but not when presenting runs in a window, or in full screen the page
 * was already in. Headless Chromium refuses full screen, so this runs on a fake document.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { render } from '@testing-library/svelte';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import PresenterController from '../../../src/components/presenter/PresenterController.svelte';
import { PresenterModel } from '../../../src/state/presenter.svelte';
import { PlanIndex } from '../../../src/lib/model/plan-index';
import { validatePayload } from '../../../src/lib/payload/validate';
import { EMPTY_FILTERS } from '../../../src/lib/view/filters';

const payload = validatePayload(JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../fixtures/payload/mini.json'), 'utf8')));

let full: Element | null = null;
let allow = true;
let requests = 0;
const change = () => document.dispatchEvent(new Event('fullscreenchange'));
const settle = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  full = null;
  allow = true;
  requests = 0;
  Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => full });
  Object.defineProperty(document, 'fullscreenEnabled', { configurable: true, get: () => true });
  Object.defineProperty(document.documentElement, 'requestFullscreen', {
    configurable: true,
    value: () => {
      requests++;
      if (!allow) return Promise.reject(new TypeError('Permissions check failed'));
      full = document.documentElement;
      change();
      return Promise.resolve();
    },
  });
  Object.defineProperty(document, 'exitFullscreen', {
    configurable: true,
    value: () => {
      full = null;
      change();
      return Promise.resolve();
    },
  });
});
afterEach(() => {
  for (const k of ['fullscreenElement', 'fullscreenEnabled', 'exitFullscreen'] as const) delete (document as unknown as Record<string, unknown>)[k];
  delete (document.documentElement as unknown as Record<string, unknown>).requestFullscreen;
});

function mount() {
  const model = new PresenterModel(new PlanIndex(payload), 'en', {
    apply: () => {},
    current: () => ({ state: { view: 'hierarchy', focus: null, selection: null, filters: EMPTY_FILTERS }, shown: [] }),
  });
  render(PresenterController, { props: { model } });
  return model;
}

/** The browser leaves full screen on its own (the user's Esc). */
function browserLeavesFullscreen() {
  full = null;
  change();
  flushSync();
}

describe('PresenterController and full screen', () => {
  it('asks for full screen on entering; the browser leaving it (first Esc) leaves presenting too', async () => {
    const model = mount();
    model.enter('auto', 0);
    flushSync();
    await settle();
    expect(requests).toBe(1);
    expect(document.fullscreenElement).not.toBeNull();
    model.next();
    browserLeavesFullscreen();
    expect(model.active).toBe(false);
  });

  it('leaving presenting by its own Esc or button leaves full screen', async () => {
    const model = mount();
    model.enter('auto', 0);
    flushSync();
    await settle();
    model.exit();
    flushSync();
    await settle();
    expect(document.fullscreenElement).toBeNull();
    model.enter('auto', 0); // and a second round works the same
    flushSync();
    await settle();
    browserLeavesFullscreen();
    expect(model.active).toBe(false);
  });

  it('presenting in a window (full screen refused) is not left by a full screen change', async () => {
    allow = false;
    const model = mount();
    model.enter('auto', 0);
    flushSync();
    await settle();
    expect(requests).toBe(1);
    expect(model.active).toBe(true);
    // e.g. a video or the browser's own F11 full screen ending
    change();
    flushSync();
    expect(model.active).toBe(true);
  });

  it('full screen the page was already in is not asked for, and ending it keeps presenting', async () => {
    full = document.documentElement;
    const model = mount();
    model.enter('auto', 0);
    flushSync();
    await settle();
    expect(requests).toBe(0);
    browserLeavesFullscreen();
    expect(model.active).toBe(true);
    model.exit();
  });
});
