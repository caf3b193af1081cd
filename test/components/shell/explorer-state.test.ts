import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { readFileSync } from 'node:fs';
import { ExplorerState } from '../../../src/state/explorer.svelte';
import { syncWithHistory, type WindowLike } from '../../../src/state/history-sync.svelte';
import type { Payload } from '../../../src/lib/types';

const text = readFileSync('test/fixtures/payload/mini.json', 'utf8');
const payload: Payload = JSON.parse(text);
const respond = (body: string, status = 200): typeof fetch => (async () => new Response(body, { status })) as typeof fetch;

async function loaded(): Promise<ExplorerState> {
  const s = new ExplorerState();
  expect(await s.load('./data/graph.json', respond(text))).toBe(true);
  return s;
}

describe('ExplorerState', () => {
  it('loads a payload and shows every node', async () => {
    const s = await loaded();
    expect(s.payload?.nodes).toHaveLength(payload.nodes.length);
    expect(s.visible.size).toBe(payload.nodes.length);
    expect(s.hiddenCount).toBe(0);
    expect(s.elements.nodes).toHaveLength(payload.nodes.length);
    expect(s.layout?.positions.size).toBe(payload.nodes.length);
  });

  it('reports each kind of load failure and keeps a payload already on screen', async () => {
    const s = new ExplorerState();
    expect(await s.load('x.json', respond('', 404))).toBe(false);
    expect(s.error?.code).toBe('missing');
    expect(s.payload).toBeNull();
    expect(await s.load('x.json', respond(text))).toBe(true);
    const before = s.payload;
    for (const [body, code] of [
      ['{"schemaVersion": 1, "meta": {', 'json'],
      ['<html>not json</html>', 'json'],
      [JSON.stringify({ ...payload, schemaVersion: 99 }), 'schema'],
      ['[]', 'shape'],
    ] as const) {
      expect(await s.load('x.json', respond(body))).toBe(false);
      expect(s.error?.code).toBe(code);
      expect(s.payload).toBe(before);
    }
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await s.load('x.json', failing)).toBe(false);
    expect(s.error?.code).toBe('network');
    expect(s.payload).toBe(before);
  });

  it('hides what the filters hide and says how many', async () => {
    const s = await loaded();
    const area = payload.nodes.find((n) => n.kind === 'area')!;
    const only = payload.nodes.filter((n) => n.areas.length && n.areas.every((a) => a === area.id));
    s.setFilters({ ...s.filters, hiddenAreas: [area.id] });
    expect(s.hiddenCount).toBe(only.length);
    expect(s.elements.nodes.map((n) => n.data.id)).not.toContain(area.id);
  });

  it('lights the whole chain of the selection and focuses on it', async () => {
    const s = await loaded();
    const org = payload.nodes.find((n) => n.kind === 'organism')!;
    s.select(org.id);
    expect(s.highlight?.nodes.has(org.id)).toBe(true);
    const areasAbove = new Set(payload.nodes.filter((n) => n.kind === 'area' && s.highlight!.nodes.has(n.id)).map((n) => n.id));
    expect([...areasAbove].sort()).toEqual([...org.areas].sort());
    s.focusOn(org.id);
    expect(s.visible).toEqual(s.highlight!.nodes);
    s.focusOn(org.id, 1);
    expect(s.visible.size).toBe(1 + new Set(payload.edges.filter((e) => e.target === org.id).map((e) => e.source)).size);
    s.clear();
    expect(s.selection).toBeNull();
    expect(s.focus).not.toBeNull();
    s.clear();
    expect(s.focus).toBeNull();
    s.select('organism:not-there');
    expect(s.selection).toBeNull();
  });

  it('walks the graph with the arrow keys', async () => {
    const s = await loaded();
    const first = s.walk('next');
    expect(payload.nodes.find((n) => n.id === first)?.kind).toBe('area');
    const child = s.walk('child');
    expect(payload.edges.some((e) => e.source === first && e.target === child)).toBe(true);
    expect(s.walk('parent')).toBe(first);
    const before = s.centreRequest;
    s.walk('next');
    expect(s.centreRequest).toBe(before + 1);
  });

  it('drops ids from the URL that the payload does not hold', async () => {
    const s = new ExplorerState();
    s.applyQuery('?view=radial&node=organism:gone&lang=en');
    await s.load('x', respond(text));
    expect(s.view).toBe('radial');
    expect(s.selection).toBeNull();
    expect(s.lang).toBe('en');
  });
});

function fakeWindow(search = ''): WindowLike & { entries: string[]; at: number; back(): void; pop?: () => void } {
  const w = {
    entries: [search],
    at: 0,
    location: { search, pathname: '/app/', hash: '' },
    history: {
      pushState: (_d: unknown, _u: string, url?: string) => {
        w.entries = [...w.entries.slice(0, w.at + 1), new URL(url!, 'http://x').search];
        w.at++;
        w.location.search = w.entries[w.at];
      },
      replaceState: (_d: unknown, _u: string, url?: string) => {
        w.entries[w.at] = new URL(url!, 'http://x').search;
        w.location.search = w.entries[w.at];
      },
    },
    pop: undefined as undefined | (() => void),
    addEventListener: (_t: 'popstate', fn: () => void) => (w.pop = fn),
    removeEventListener: () => (w.pop = undefined),
    back() {
      w.at--;
      w.location.search = w.entries[w.at];
      w.pop?.();
    },
  };
  return w;
}

describe('history sync', () => {
  it('pushes one entry per view change and restores the view on Back', async () => {
    const s = await loaded();
    let t = 0;
    const w = fakeWindow();
    const stop = syncWithHistory(s, w, () => (t += 1000));
    flushSync();
    expect(w.entries).toHaveLength(1);
    s.setView('radial');
    flushSync();
    const org = payload.nodes.find((n) => n.kind === 'organism')!;
    s.select(org.id);
    flushSync();
    expect(w.entries).toHaveLength(3);
    expect(new URLSearchParams(w.location.search).get('node')).toBe(org.id);
    w.back();
    flushSync();
    expect(s.selection).toBeNull();
    expect(s.view).toBe('radial');
    w.back();
    flushSync();
    expect(s.view).toBe('hierarchy');
    expect(w.entries).toHaveLength(3);
    stop();
  });

  it('collapses a quick run of minimum-slider changes into one entry', async () => {
    const s = await loaded();
    let t = 0;
    const w = fakeWindow();
    const stop = syncWithHistory(s, w, () => (t += 50));
    flushSync();
    for (const m of [1, 2, 3, 4]) {
      s.setFilters({ ...s.filters, minMeasure: m });
      flushSync();
    }
    expect(w.entries).toHaveLength(2);
    expect(new URLSearchParams(w.location.search).get('min')).toBe('4');
    stop();
  });
});
