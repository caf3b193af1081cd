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
    // Where the JSON stopped is said in the UI's language, never the engine's English.
    await s.load('x.json', respond('{"schemaVersion": 1, "meta": {'));
    expect(s.error?.reason).toEqual({ key: 'json-end', params: {} });
    await s.load('x.json', respond('{\n  "schemaVersion": 1,\n}'));
    expect(s.error?.reason).toEqual({ key: 'json-at', params: { line: 3, column: 1 } });
    // An engine that names no position: said as such, never in its words.
    await s.load('x.json', respond('{\n  "meta": bad\n}'));
    expect(s.error?.reason?.key).toMatch(/^json-(at|other)$/);
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

  describe('the selection set', () => {
    const orgs = payload.nodes.filter((n) => n.kind === 'organism').map((n) => n.id);
    const areas = payload.nodes.filter((n) => n.kind === 'area').map((n) => n.id);

    it('a plain select holds one node; toggles add and remove, the last added is primary', async () => {
      const s = await loaded();
      s.select(orgs[0]);
      expect(s.selected).toEqual([orgs[0]]);
      expect(s.multiSelection).toBe(false);
      s.toggle(orgs[1]);
      s.toggle(areas[0]);
      expect(s.selected).toEqual([orgs[0], orgs[1], areas[0]]);
      expect(s.selection).toBe(areas[0]);
      expect(s.multiSelection).toBe(true);
      // The chain that lights is the primary node's.
      expect(s.highlight).toEqual(s.index!.chain(areas[0]));
      // Taking out a member that is not primary keeps the primary; taking out the primary hands over.
      s.toggle(orgs[0]);
      expect(s.selected).toEqual([orgs[1], areas[0]]);
      expect(s.selection).toBe(areas[0]);
      s.toggle(areas[0]);
      expect(s.selection).toBe(orgs[1]);
      s.toggle(orgs[1]);
      expect(s.selected).toEqual([]);
      expect(s.selection).toBeNull();
      s.toggle('organism:not-there');
      expect(s.selected).toEqual([]);
      // A plain click after a multi-selection starts again from that node alone.
      s.toggle(orgs[0]);
      s.toggle(orgs[1]);
      s.select(areas[1]);
      expect(s.selected).toEqual([areas[1]]);
    });

    it('a box adds its nodes once, ignores unknown ids and keeps the primary', async () => {
      const s = await loaded();
      s.select(orgs[0]);
      s.addToSelection([orgs[1], orgs[0], orgs[1], 'organism:nope', areas[0]]);
      expect(s.selected).toEqual([orgs[0], orgs[1], areas[0]]);
      expect(s.selection).toBe(orgs[0]);
      const before = s.selected;
      s.addToSelection([orgs[1]]);
      expect(s.selected).toBe(before);
    });

    it('Esc clears the whole set before the focus', async () => {
      const s = await loaded();
      s.focusOn(areas[0], 1);
      s.toggle(orgs[0]);
      s.clear();
      expect(s.selected).toEqual([]);
      expect(s.selection).toBeNull();
      expect(s.focus).not.toBeNull();
      s.clear();
      expect(s.focus).toBeNull();
    });

    it('arrows select the next node alone; with Shift they move the primary node and keep the set', async () => {
      const s = await loaded();
      const first = s.walk('next')!;
      expect(s.selected).toEqual([first]);
      const child = s.walk('child')!;
      expect(s.selected).toEqual([child]);
      // Shift+arrow, then Shift+Enter: the node reached joins the set.
      const back = s.walk('parent', { keep: true })!;
      expect(back).toBe(first);
      expect(s.selection).toBe(first);
      expect(s.selected).toEqual([child]);
      expect(s.multiSelection).toBe(true);
      s.toggle(back, { cursor: true });
      expect(s.selected).toEqual([child, first]);
      // Shift+Enter again takes it out, and the keyboard's place stays where it is.
      s.toggle(back, { cursor: true });
      expect(s.selected).toEqual([child]);
      expect(s.selection).toBe(first);
      // A plain arrow starts again from the node reached alone.
      const next = s.walk('child')!;
      expect(s.selected).toEqual([next]);
    });

    it('focusing on a member makes it primary without losing the set; on another node, selects it alone', async () => {
      const s = await loaded();
      s.select(orgs[0]);
      s.toggle(orgs[1]);
      s.focusOn(orgs[0]);
      expect(s.selection).toBe(orgs[0]);
      expect(s.selected).toEqual([orgs[0], orgs[1]]);
      s.focusOn(areas[0]);
      expect(s.selected).toEqual([areas[0]]);
    });

    it('lives in the URL: Back and Forward walk through its changes', async () => {
      const s = await loaded();
      const w = fakeWindow();
      let t = 0;
      const stop = syncWithHistory(s, w, () => (t += 1000));
      flushSync();
      s.select(orgs[0]);
      flushSync();
      s.toggle(orgs[1]);
      flushSync();
      s.addToSelection([areas[0], areas[1]]);
      flushSync();
      const q = new URLSearchParams(w.location.search);
      expect(q.get('node')).toBe(orgs[1]);
      expect(q.getAll('sel')).toEqual([orgs[0], orgs[1], areas[0], areas[1]]);
      w.back();
      flushSync();
      expect(s.selected).toEqual([orgs[0], orgs[1]]);
      w.back();
      flushSync();
      expect(s.selected).toEqual([orgs[0]]);
      expect(new URLSearchParams(w.location.search).getAll('sel')).toEqual([]);
      // A fresh page from the link gets the same set.
      const fresh = new ExplorerState();
      fresh.applyQuery(w.entries[3]);
      await fresh.load('x', respond(text));
      expect(fresh.selected).toEqual([orgs[0], orgs[1], areas[0], areas[1]]);
      expect(fresh.selection).toBe(orgs[1]);
      stop();
    });
  });

  it('lays out any set of nodes as the current view would, hidden or not', async () => {
    const s = await loaded();
    const area = payload.nodes.find((n) => n.kind === 'area')!;
    s.setFilters({ ...s.filters, hiddenAreas: [area.id] });
    const all = new Set(payload.nodes.map((n) => n.id));
    expect(s.drawn.has(area.id)).toBe(false);
    const laid = s.layoutOf(all)!;
    expect(laid.elements.nodes.map((n) => n.data.id).sort()).toEqual([...all].sort());
    expect(new Set(laid.elements.edges.map((e) => e.data.id))).toEqual(s.index!.edgesAmong(all));
    expect([...laid.layout.positions.keys()].sort()).toEqual([...all].sort());
    s.setView('radial');
    expect(s.layoutOf(all)!.layout.positions).not.toEqual(laid.layout.positions);
    expect(s.layoutOf(new Set())).toBeNull();
  });

  it('drops ids from the URL that the payload does not hold', async () => {
    const s = new ExplorerState();
    s.applyQuery('?view=radial&node=organism:gone&lang=en');
    await s.load('x', respond(text));
    expect(s.view).toBe('radial');
    expect(s.selection).toBeNull();
    expect(s.lang).toBe('en');
  });

  it('remembers which ids the opening link named that the plan lacks, until dismissed', async () => {
    const org = payload.nodes.find((n) => n.kind === 'organism')!;
    const area = payload.nodes.find((n) => n.kind === 'area')!;
    const s = new ExplorerState();
    s.applyQuery(`?node=${org.id}&sel=${org.id}&sel=organism:gone&focus=area:typo&hide-area=${area.id}&organism=organism:gone`);
    // Before the plan is there, nothing can be called unknown.
    expect(s.unknownLinkIds).toEqual([]);
    expect(await s.load('x', respond(text))).toBe(true);
    expect(s.unknownLinkIds).toEqual(['organism:gone', 'area:typo']);
    // The rest of the link applied.
    expect(s.selection).toBe(org.id);
    expect(s.selected).toEqual([org.id]);
    expect(s.focus).toBeNull();
    expect(s.filters.hiddenAreas).toEqual([area.id]);
    expect(s.filters.organisms).toEqual([]);
    s.dismissLinkNotice();
    expect(s.unknownLinkIds).toEqual([]);
    // A reload checks the view's own ids, which no link named: no new notice.
    const rebuilt = { ...payload, nodes: payload.nodes.filter((n) => n.id !== org.id), edges: payload.edges.filter((e) => e.source !== org.id && e.target !== org.id) };
    expect(await s.load('x', respond(JSON.stringify(rebuilt)))).toBe(true);
    expect(s.selection).toBeNull();
    expect(s.unknownLinkIds).toEqual([]);
  });

  it('checks the link against the first plan that loads, after a failed try', async () => {
    const s = new ExplorerState();
    s.applyQuery('?node=organism:gone');
    expect(await s.load('x', respond('', 404))).toBe(false);
    expect(s.unknownLinkIds).toEqual([]);
    expect(await s.load('x', respond(text))).toBe(true);
    expect(s.unknownLinkIds).toEqual(['organism:gone']);
  });

  it('a link with nothing unknown leaves nothing to say', async () => {
    const org = payload.nodes.find((n) => n.kind === 'organism')!;
    const s = new ExplorerState();
    s.applyQuery(`?node=${org.id}&sel=&organism=${org.id}`);
    await s.load('x', respond(text));
    expect(s.unknownLinkIds).toEqual([]);
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

  it('the ids a link named that the plan lacks leave the address by replacing its entry', async () => {
    const org = payload.nodes.find((n) => n.kind === 'organism')!;
    const w = fakeWindow(`?view=radial&node=${org.id}&sel=${org.id}&sel=organism:gone`);
    const s = new ExplorerState();
    s.applyQuery(w.location.search);
    const stop = syncWithHistory(s, w);
    flushSync();
    await s.load('x', respond(text));
    flushSync();
    expect(s.unknownLinkIds).toEqual(['organism:gone']);
    expect(w.entries).toHaveLength(1);
    expect(w.location.search).toBe(`?view=radial&node=${encodeURIComponent(org.id)}`);
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
