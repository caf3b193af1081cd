import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { DOMParser } from '@xmldom/xmldom';
import ExportDialog from '../../../src/components/export/ExportDialog.svelte';
import { ExportError } from '../../../src/lib/export/errors';
import { PlanIndex } from '../../../src/lib/model/plan-index';
import type { ExportSource } from '../../../src/lib/export/types';
import { mini } from '../../lib/view/payloads';
import { hostilePayload, parseCsv } from '../../lib/export/helpers';
import { catchDownloads, emulateModalDialogs, expectedScope, fakeSource, rawText, scopesOf, type Saved } from './harness';

const ORGANISM = 'organism:consiag-servizi-comuni-srl';
const AREA = 'area:citta-del-futuro';
const SELECTED = ['organism:fondazione-museo-del-tessuto', 'action:organizzazione-reco-festival-e-candidatura'];
const STALE = 'organism:non-esiste-piu';
const DATE = /\d{4}-\d{2}-\d{2}/.source;

let restoreDialogs: () => void;
beforeAll(() => (restoreDialogs = emulateModalDialogs()));
afterAll(() => restoreDialogs());
afterEach(() => vi.restoreAllMocks());

type Options = Partial<{
  index: PlanIndex;
  lang: 'it' | 'en';
  source: ExportSource | null;
  drawn: ReadonlySet<string> | null;
  selection: string[];
  focusOn: string | null;
}>;

/** Renders the dialog closed behind an "Esporta" button, focuses that button, then opens the dialog as App.svelte does. */
async function openDialog(o: Options = {}) {
  const index = o.index ?? mini();
  const scopes = scopesOf(index, { visibleArea: AREA, selection: o.selection ?? [...SELECTED, STALE], focusOn: o.focusOn === undefined ? ORGANISM : o.focusOn });
  const opener = document.createElement('button');
  opener.textContent = 'Esporta';
  document.body.append(opener);
  opener.focus();
  const onclose = vi.fn();
  const props = {
    open: false, lang: o.lang ?? 'it', index, scopes, focusId: o.focusOn === undefined ? ORGANISM : o.focusOn,
    source: o.source === undefined ? fakeSource(index) : o.source, drawn: o.drawn ?? null, onclose,
  };
  const view = render(ExportDialog, { props });
  await view.rerender({ open: true });
  const dialog = screen.getByRole('dialog', { name: (o.lang ?? 'it') === 'en' ? 'Export' : 'Esporta' });
  return { ...view, index, scopes, opener, onclose, dialog, props, ui: within(dialog) };
}

/** happy-dom has no window.print. */
function stubPrint() {
  const print = vi.fn();
  Object.defineProperty(window, 'print', { value: print, configurable: true, writable: true });
  return print;
}

const radio = (ui: ReturnType<typeof within>, name: string | RegExp) => ui.getByRole('radio', { name }) as HTMLInputElement;
const legends = (dialog: HTMLElement) => [...dialog.querySelectorAll('legend')].map((l) => l.textContent?.trim());

describe('ExportDialog: a modal named Esporta / Export', () => {
  afterEach(() => document.body.replaceChildren());

  it('opens modally, moves focus inside, and Esc calls onclose and gives focus back to the opener', async () => {
    const showModal = vi.spyOn(HTMLDialogElement.prototype, 'showModal');
    const { dialog, opener, onclose } = await openDialog();
    expect(showModal).toHaveBeenCalledTimes(1);
    expect((dialog as HTMLDialogElement).open).toBe(true);
    expect(dialog.contains(document.activeElement)).toBe(true);
    expect(onclose).not.toHaveBeenCalled();
    await fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect((dialog as HTMLDialogElement).open).toBe(false);
    expect(onclose).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(opener);
  });

  it('both close buttons ("×" and the footer one, named Chiudi) close it once and restore focus', async () => {
    for (const which of [0, 1]) {
      const { dialog, ui, opener, onclose, unmount } = await openDialog();
      const buttons = ui.getAllByRole('button', { name: 'Chiudi' });
      expect(buttons).toHaveLength(2);
      await fireEvent.click(buttons[which]);
      expect((dialog as HTMLDialogElement).open).toBe(false);
      expect(onclose).toHaveBeenCalledTimes(1);
      expect(document.activeElement).toBe(opener);
      unmount();
      opener.remove();
    }
  });

  it('closes when the parent sets open=false, and opens afresh (status cleared) the next time', async () => {
    const saved = catchDownloads();
    const { dialog, ui, rerender, onclose } = await openDialog({ source: null });
    await fireEvent.click(radio(ui, 'JSON'));
    await fireEvent.click(ui.getByRole('button', { name: 'Scarica' }));
    await waitFor(() => expect(ui.getByRole('status').textContent).toMatch(/^Salvato: /));
    await rerender({ open: false });
    expect((dialog as HTMLDialogElement).open).toBe(false);
    expect(onclose).toHaveBeenCalledTimes(1);
    await rerender({ open: true });
    expect((dialog as HTMLDialogElement).open).toBe(true);
    expect(ui.getByRole('status').textContent).toBe('');
    expect(saved).toHaveLength(1);
  });

  it('speaks English with lang="en": names, formats, scope labels and the Download button', async () => {
    const { ui, dialog } = await openDialog({ lang: 'en' });
    expect(legends(dialog)).toEqual(expect.arrayContaining(['Format', 'What to export']));
    for (const f of ['PNG', 'SVG', 'Print', 'GEXF', 'GraphML', 'Cytoscape JSON', 'JSON', 'CSV']) expect(radio(ui, f)).toBeTruthy();
    expect(radio(ui, /^Whole graph — 24 nodes, 28 edges$/)).toBeTruthy();
    expect(ui.getByRole('button', { name: 'Download' })).toBeTruthy();
    expect(ui.getAllByRole('button', { name: 'Close' })).toHaveLength(2);
  });
});

describe('ExportDialog: formats and their options', () => {
  afterEach(() => document.body.replaceChildren());

  const FORMATS: Array<[string, string[]]> = [
    ['PNG', ['Dimensione', 'Sfondo', 'Area del disegno']],
    ['SVG', []],
    ['Stampa', ['Pagina']],
    ['GEXF', []],
    ['GraphML', []],
    ['Cytoscape JSON', []],
    ['JSON', []],
    ['CSV', ['Separatore', 'Tabella']],
  ];
  const OWN = ['Dimensione', 'Sfondo', 'Area del disegno', 'Pagina', 'Separatore', 'Tabella'];

  it('offers the eight formats as one radio group, each described by its hint', async () => {
    const { ui } = await openDialog();
    const group = ui.getByRole('group', { name: 'Formato' });
    const radios = within(group).getAllByRole('radio') as HTMLInputElement[];
    expect(radios.map((r) => r.labels?.[0]?.textContent?.trim())).toEqual(FORMATS.map(([f]) => f));
    expect(new Set(radios.map((r) => r.name)).size).toBe(1);
    expect(radio(ui, 'GEXF').getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(radio(ui, 'GEXF').getAttribute('aria-describedby')!)?.textContent).toBe('per Gephi');
  });

  it.each(FORMATS)('choosing %s shows only its own options', async (format, own) => {
    const { ui, dialog } = await openDialog();
    await fireEvent.click(radio(ui, format));
    expect(radio(ui, format).checked).toBe(true);
    const shown = legends(dialog).filter((l) => OWN.includes(l!));
    expect(shown).toEqual(own);
    const image = ['PNG', 'SVG', 'Stampa'].includes(format);
    expect(ui.queryByRole('checkbox', { name: 'Includi titolo, legenda e fonte' }) !== null).toBe(image);
    expect(ui.queryByRole('textbox', { name: 'Testo alternativo' }) !== null).toBe(image);
    expect(ui.getByRole('button', { name: format === 'Stampa' ? 'Stampa o salva in PDF…' : 'Scarica' })).toBeTruthy();
  });

  it('PNG: scales, a chosen width (with its field), A4/A3 presets, white/transparent, whole scope or viewport', async () => {
    const { ui } = await openDialog();
    const size = within(ui.getByRole('group', { name: 'Dimensione' }));
    expect(size.getAllByRole('radio').map((r) => r.parentElement?.textContent?.trim())).toEqual([
      '1×', '2×', '4×', 'Larghezza scelta', 'A4 orizzontale, 300 dpi', 'A3 orizzontale, 300 dpi',
    ]);
    expect(ui.queryByRole('spinbutton', { name: 'Larghezza in pixel' })).toBeNull();
    await fireEvent.click(size.getByRole('radio', { name: 'Larghezza scelta' }));
    const width = ui.getByRole('spinbutton', { name: 'Larghezza in pixel' }) as HTMLInputElement;
    await fireEvent.input(width, { target: { value: '1000' } });
    await waitFor(() => expect(ui.getByTestId('png-plan').dataset.width).toBe('1000'));
    expect(ui.getByTestId('png-plan').textContent).toMatch(/^Immagine di 1000 × \d+ pixel\.$/);
    expect(within(ui.getByRole('group', { name: 'Sfondo' })).getAllByRole('radio')).toHaveLength(2);
    expect(within(ui.getByRole('group', { name: 'Area del disegno' })).getAllByRole('radio')).toHaveLength(2);
  });

  it('PNG: a width below 16 px is refused in an alert and Download is disabled until it is fixed', async () => {
    const { ui } = await openDialog();
    await fireEvent.click(radio(ui, 'Larghezza scelta'));
    const width = ui.getByRole('spinbutton', { name: 'Larghezza in pixel' });
    await fireEvent.input(width, { target: { value: '3' } });
    expect(ui.getByRole('alert').textContent).toBe('Larghezza non valida: almeno 16 pixel.');
    expect(width.getAttribute('aria-invalid')).toBe('true');
    expect(width.getAttribute('aria-describedby')).toBe(ui.getByRole('alert').id);
    expect((ui.getByRole('button', { name: 'Scarica' }) as HTMLButtonElement).disabled).toBe(true);
    await fireEvent.input(width, { target: { value: '800' } });
    expect(ui.queryByRole('alert')).toBeNull();
    expect((ui.getByRole('button', { name: 'Scarica' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('without a picture source, the image formats are disabled with the reason stated, data formats are not', async () => {
    const { ui } = await openDialog({ source: null });
    const note = ui.getByText('Le immagini sono disponibili quando il grafo è disegnato.');
    for (const f of ['PNG', 'SVG', 'Stampa']) {
      expect(radio(ui, f).disabled).toBe(true);
      expect(radio(ui, f).getAttribute('aria-describedby')?.split(' ')).toContain(note.id);
    }
    for (const f of ['GEXF', 'GraphML', 'Cytoscape JSON', 'JSON', 'CSV']) expect(radio(ui, f).disabled).toBe(false);
    // It does not open on a format it cannot produce.
    expect(radio(ui, 'PNG').checked).toBe(false);
    expect((ui.getByRole('button', { name: 'Scarica' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('the image formats come back as soon as the canvas offers a source', async () => {
    const { ui, rerender, index } = await openDialog({ source: null });
    await rerender({ source: fakeSource(index) });
    expect(radio(ui, 'PNG').disabled).toBe(false);
    expect(ui.queryByText('Le immagini sono disponibili quando il grafo è disegnato.')).toBeNull();
    await fireEvent.click(radio(ui, 'PNG'));
    expect((ui.getByRole('button', { name: 'Scarica' }) as HTMLButtonElement).disabled).toBe(false);
  });
});

describe('ExportDialog: scopes', () => {
  afterEach(() => document.body.replaceChildren());

  it('labels each scope with its node and edge counts, a stale selected id left out', async () => {
    const { ui, index, scopes } = await openDialog();
    const cases: Array<[string, Set<string>]> = [
      ['Tutto il grafo', scopes.all],
      ['Ciò che i filtri lasciano visibile', scopes.visible],
      ['La selezione', scopes.selection],
      ['La catena o il vicinato in evidenza', scopes.focus!],
    ];
    const group = within(ui.getByRole('group', { name: 'Cosa esportare' }));
    expect(group.getAllByRole('radio')).toHaveLength(4);
    for (const [label, ids] of cases) {
      const { nodes, edges } = expectedScope(index, ids);
      expect(nodes.length).toBeGreaterThan(0);
      const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
      const r = group.getByRole('radio', { name: `${label} — ${count(nodes.length, 'nodo', 'nodi')}, ${count(edges.length, 'collegamento', 'collegamenti')}` }) as HTMLInputElement;
      expect(r.disabled).toBe(false);
    }
    expect(expectedScope(index, scopes.selection).nodes).toEqual(SELECTED.filter((id) => index.has(id)).sort((a, b) => index.payload.nodes.findIndex((n) => n.id === a) - index.payload.nodes.findIndex((n) => n.id === b)));
    // What the filters leave visible is the default.
    expect(radio(ui, /^Ciò che i filtri/).checked).toBe(true);
  });

  it('an empty selection and a missing focus are disabled and say why', async () => {
    const { ui } = await openDialog({ selection: [STALE], focusOn: null });
    const sel = radio(ui, /^La selezione — 0 nodi, 0 collegamenti$/);
    expect(sel.disabled).toBe(true);
    const focus = radio(ui, /^La catena o il vicinato in evidenza — non disponibile$/);
    expect(focus.disabled).toBe(true);
  });

  it('an empty visible scope makes the dialog start from the first scope that holds something', async () => {
    const index = mini();
    const scopes = { all: new Set(index.payload.nodes.map((n) => n.id)), visible: new Set<string>(), selection: new Set<string>(), focus: null };
    const view = render(ExportDialog, { props: { open: false, lang: 'it', index, scopes, source: fakeSource(index), onclose: vi.fn() } });
    await view.rerender({ open: true });
    const ui = within(screen.getByRole('dialog', { name: 'Esporta' }));
    expect(radio(ui, /^Tutto il grafo/).checked).toBe(true);
    expect(radio(ui, /^Ciò che i filtri/).disabled).toBe(true);
  });

  it('says how many nodes of the scope the canvas does not draw, for pictures only', async () => {
    const index = mini();
    const drawn = index.chain(AREA).nodes;
    const { ui } = await openDialog({ index, drawn });
    expect(ui.queryByTestId('off-canvas')).toBeNull(); // "visible" is exactly what is drawn
    await fireEvent.click(radio(ui, /^Tutto il grafo/));
    const missing = index.payload.nodes.length - drawn.size;
    expect(missing).toBeGreaterThan(0);
    const note = ui.getByTestId('off-canvas');
    expect(note.textContent).toMatch(new RegExp(`^${missing} nodi di questa scelta ora non sono sul grafo .*l'immagine li include`));
    await fireEvent.click(radio(ui, 'Solo la vista attuale'));
    expect(ui.getByTestId('off-canvas').textContent).toMatch(new RegExp(`^${missing} nodi .*non li include\\.$`));
    await fireEvent.click(radio(ui, 'CSV'));
    expect(ui.queryByTestId('off-canvas')).toBeNull();
  });
});

describe('ExportDialog: Download writes the chosen scope', () => {
  let saved: Saved[];
  beforeEach(() => (saved = catchDownloads()));
  afterEach(() => document.body.replaceChildren());

  async function download(ui: ReturnType<typeof within>, button = 'Scarica'): Promise<Saved> {
    const before = saved.length;
    await fireEvent.click(ui.getByRole('button', { name: button }));
    await waitFor(() => expect(saved.length).toBe(before + 1));
    const file = saved[saved.length - 1];
    await waitFor(() => expect(ui.getByRole('status').textContent).toBe(`Salvato: ${file.name}`));
    return file;
  }

  it('CSV with semicolons: BOM, one row per node of the selection, decimal commas, the scope in the file name', async () => {
    const { ui, index, scopes } = await openDialog({ source: null });
    await fireEvent.click(radio(ui, 'CSV'));
    expect(radio(ui, /^Punto e virgola/).checked).toBe(true);
    await fireEvent.click(radio(ui, /^La selezione/));
    const file = await download(ui);
    expect(file.name).toMatch(new RegExp(`^trama_dup-2022-2024-mini_selection_${DATE}\\.csv$`));
    expect(file.blob.type).toMatch(/^text\/csv/);
    const { bom, text } = await rawText(file.blob);
    expect(bom).toBe(true);
    const [header, ...rows] = parseCsv(text, ';');
    expect(header[0]).toBe('id');
    expect(rows.map((r) => r[0])).toEqual(expectedScope(index, scopes.selection).nodes);
    const pr = header.indexOf('pagerank');
    expect(pr).toBeGreaterThan(0);
    for (const r of rows) expect(r[pr]).toMatch(/^\d+(,\d+)?(e-?\d+)?$/);
  });

  it('CSV with commas, edges table: every edge of the focus chain, a companion file name', async () => {
    const { ui, index, scopes } = await openDialog({ source: null });
    await fireEvent.click(radio(ui, 'CSV'));
    await fireEvent.click(radio(ui, /^Virgola/));
    await fireEvent.click(radio(ui, 'Collegamenti'));
    await fireEvent.click(radio(ui, /^La catena/));
    const file = await download(ui);
    expect(file.name).toMatch(new RegExp(`^trama_dup-2022-2024-mini_focus-consiag-servizi-comuni-srl_${DATE}-edges\\.csv$`));
    const [header, ...rows] = parseCsv((await rawText(file.blob)).text, ',');
    expect(header.slice(0, 3)).toEqual(['id', 'source', 'target']);
    expect(rows.map((r) => r[0]).sort()).toEqual(expectedScope(index, scopes.focus!).edges.sort());
  });

  it('JSON: the payload schema limited to what the filters leave visible, readable back', async () => {
    const { ui, index, scopes } = await openDialog({ source: null });
    await fireEvent.click(radio(ui, 'JSON'));
    const file = await download(ui);
    expect(file.name).toMatch(new RegExp(`^trama_dup-2022-2024-mini_visible_${DATE}\\.json$`));
    const back = JSON.parse(await file.blob.text());
    const want = expectedScope(index, scopes.visible);
    expect(back.schemaVersion).toBe(index.payload.schemaVersion);
    expect(back.nodes.map((n: { id: string }) => n.id)).toEqual(want.nodes);
    expect(back.edges.map((e: { id: string }) => e.id)).toEqual(want.edges);
    expect(back.meta.counts.edges).toBe(want.edges.length);
    expect(() => new PlanIndex(back)).not.toThrow();
  });

  it('GEXF: parses as XML with exactly the whole graph\'s nodes and edges, positions from the canvas', async () => {
    const { ui, index, scopes } = await openDialog();
    await fireEvent.click(radio(ui, 'GEXF'));
    await fireEvent.click(radio(ui, /^Tutto il grafo/));
    const file = await download(ui);
    expect(file.name).toMatch(new RegExp(`^trama_dup-2022-2024-mini_all_${DATE}\\.gexf$`));
    const doc = new DOMParser().parseFromString(await file.blob.text(), 'application/xml');
    const want = expectedScope(index, scopes.all);
    const nodes = [...doc.getElementsByTagName('node')];
    expect(nodes.map((n) => n.getAttribute('id'))).toEqual(want.nodes);
    expect([...doc.getElementsByTagName('edge')].map((e) => e.getAttribute('id')).sort()).toEqual([...want.edges].sort());
    // The fake canvas puts the 8th node at (100, 100); Gephi's y axis points up.
    const pos = nodes[7].getElementsByTagName('viz:position')[0];
    expect([pos.getAttribute('x'), pos.getAttribute('y')]).toEqual(['100', '-100']);
  });

  it('hostile document text survives as data: JSON round trip and XML stay well formed', async () => {
    const payload = hostilePayload();
    const IMG = '<img src=x onerror="globalThis.__pwned=1">';
    for (const n of payload.nodes) if (n.kind === 'organism') n.label = `${IMG} ${n.label}`;
    const index = new PlanIndex(payload);
    const { ui, scopes, dialog } = await openDialog({ index, source: fakeSource(index) });
    await fireEvent.click(radio(ui, /^Tutto il grafo/));
    // The alternative text quotes hostile labels as text; nothing of them becomes markup.
    expect((ui.getByRole('textbox', { name: 'Testo alternativo' }) as HTMLTextAreaElement).value).toContain(IMG);
    expect(dialog.querySelector('script, img')).toBeNull();
    await fireEvent.click(radio(ui, 'JSON'));
    await fireEvent.click(radio(ui, /^Tutto il grafo/));
    const json = JSON.parse(await (await download(ui)).blob.text());
    expect(json.nodes.map((n: { label: string }) => n.label)).toEqual(index.payload.nodes.filter((n) => scopes.all.has(n.id)).map((n) => n.label));
    await fireEvent.click(radio(ui, 'GraphML'));
    const errors: string[] = [];
    const xml = new DOMParser({ onError: (_level, msg) => errors.push(msg) }).parseFromString(await (await download(ui)).blob.text(), 'application/xml');
    expect(errors).toEqual([]);
    expect(xml.getElementsByTagName('node')).toHaveLength(index.payload.nodes.length);
  });

  it('SVG through the canvas: the scope\'s labels as text, the file named after the focus', async () => {
    const { ui, index, scopes } = await openDialog();
    await fireEvent.click(radio(ui, 'SVG'));
    await fireEvent.click(radio(ui, /^La catena/));
    const file = await download(ui);
    expect(file.name).toMatch(new RegExp(`^trama_dup-2022-2024-mini_focus-consiag-servizi-comuni-srl_${DATE}\\.svg$`));
    const doc = new DOMParser().parseFromString(await file.blob.text(), 'image/svg+xml');
    const ids = [...doc.getElementsByTagName('g')].map((g) => g.getAttribute('data-id')).filter(Boolean);
    expect(ids).toEqual(expectedScope(index, scopes.focus!).nodes);
    expect(doc.getElementsByTagName('desc')[0]?.textContent).toBe((ui.getByRole('textbox', { name: 'Testo alternativo' }) as HTMLTextAreaElement).value);
  });

  it('PNG: the canvas renders the planned size for the scope and the blob is saved', async () => {
    const index = mini();
    const source = fakeSource(index);
    const { ui } = await openDialog({ index, source });
    await fireEvent.click(radio(ui, 'Larghezza scelta'));
    await fireEvent.input(ui.getByRole('spinbutton', { name: 'Larghezza in pixel' }), { target: { value: '640' } });
    const plan = ui.getByTestId('png-plan');
    const file = await download(ui);
    expect(file.name).toMatch(new RegExp(`^trama_dup-2022-2024-mini_visible_${DATE}\\.png$`));
    expect(file.blob.type).toBe('image/png');
    expect(source.calls).toContain(`png ${plan.dataset.width}x${plan.dataset.height}`);
    expect(plan.dataset.width).toBe('640');
  });
});

describe('ExportDialog: failures', () => {
  let saved: Saved[];
  beforeEach(() => (saved = catchDownloads()));
  afterEach(() => document.body.replaceChildren());

  it('a canvas that refuses the PNG: the message in the status, the dialog open, Download usable again', async () => {
    const index = mini();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const source = fakeSource(index, { png: new ExportError('encode-failed', 'the browser could not encode a 8000 × 6000 image', { width: 8000, height: 6000 }) });
    const { ui, dialog, onclose } = await openDialog({ index, source });
    const button = ui.getByRole('button', { name: 'Scarica' }) as HTMLButtonElement;
    await fireEvent.click(button);
    await waitFor(() => expect(ui.getByRole('status').textContent).toBe('Esportazione non riuscita. Il browser non è riuscito a produrre un’immagine di 8000 × 6000 pixel: provare una dimensione minore.'));
    expect((dialog as HTMLDialogElement).open).toBe(true);
    expect(onclose).not.toHaveBeenCalled();
    expect(saved).toHaveLength(0);
    expect(button.disabled).toBe(false);
    await fireEvent.click(button);
    await waitFor(() => expect(source.calls.filter((c) => c.startsWith('png'))).toHaveLength(2));
  });

  it('an SVG whose scene throws something unforeseen: same, in English, without the developer\'s message', async () => {
    const index = mini();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const source = fakeSource(index, { scene: new Error('the graph is being redrawn') });
    const { ui, dialog } = await openDialog({ index, source, lang: 'en' });
    await fireEvent.click(radio(ui, 'SVG'));
    await fireEvent.click(ui.getByRole('button', { name: 'Download' }));
    await waitFor(() => expect(ui.getByRole('status').textContent).toBe('Export failed. An unexpected error occurred.'));
    expect(logged).toHaveBeenCalledWith(expect.objectContaining({ message: 'the graph is being redrawn' }));
    expect((dialog as HTMLDialogElement).open).toBe(true);
    expect((ui.getByRole('button', { name: 'Download' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('a PNG the canvas cannot measure: an alert before anything is tried, Download disabled', async () => {
    const index = mini();
    const source = fakeSource(index, { extent: new ExportError('empty-scope', 'nothing to draw: the scope is empty.') });
    const { ui } = await openDialog({ index, source });
    expect(ui.getByRole('alert').textContent).toBe('Niente da disegnare: la scelta non contiene nodi.');
    expect((ui.getByRole('button', { name: 'Scarica' }) as HTMLButtonElement).disabled).toBe(true);
    // A data format does not need the canvas's measures.
    await fireEvent.click(radio(ui, 'GEXF'));
    expect(ui.queryByRole('alert')).toBeNull();
    expect((ui.getByRole('button', { name: 'Scarica' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('Print whose picture cannot be built keeps the dialog open and says why', async () => {
    const index = mini();
    const source = fakeSource(index, { scene: new ExportError('empty-scope', 'nothing to draw: the scope is empty.') });
    const print = stubPrint();
    const { ui, dialog, onclose } = await openDialog({ index, source });
    await fireEvent.click(radio(ui, 'Stampa'));
    await fireEvent.click(ui.getByRole('button', { name: 'Stampa o salva in PDF…' }));
    await waitFor(() => expect(ui.getByRole('status').textContent).toBe('Esportazione non riuscita. Niente da disegnare: la scelta non contiene nodi.'));
    expect((dialog as HTMLDialogElement).open).toBe(true);
    expect(onclose).not.toHaveBeenCalled();
    expect(print).not.toHaveBeenCalled();
  });

  it('Print that works closes the dialog (onclose once), lays out the page and opens the browser\'s print', async () => {
    const index = mini();
    const print = stubPrint();
    const { ui, dialog, onclose, opener } = await openDialog({ index, lang: 'en' });
    await fireEvent.click(radio(ui, 'Print'));
    await fireEvent.click(radio(ui, /^The focused chain/));
    await fireEvent.click(ui.getByRole('button', { name: 'Print or save as PDF…' }));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    expect((dialog as HTMLDialogElement).open).toBe(false);
    expect(onclose).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(opener);
    const page = document.querySelector<HTMLElement>('.trama-print-host')!;
    expect(page.textContent).toContain(index.payload.meta.title);
    expect(page.textContent).toContain(index.node(ORGANISM)!.label);
  });
});
