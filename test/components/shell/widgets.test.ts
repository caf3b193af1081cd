import { describe, expect, it, vi } from 'vitest';
import { render, screen, fireEvent } from '@testing-library/svelte';
import { readFileSync } from 'node:fs';
import LoadError from '../../../src/components/LoadError.svelte';
import SearchBox from '../../../src/components/SearchBox.svelte';
import ViewSwitch from '../../../src/components/ViewSwitch.svelte';
import { PayloadError, validatePayload } from '../../../src/lib/payload/validate';
import { SearchIndex } from '../../../src/lib/view/search';
import type { Payload } from '../../../src/lib/types';

const payload: Payload = JSON.parse(readFileSync('test/fixtures/payload/mini.json', 'utf8'));

describe('LoadError', () => {
  it('explains a wrong schema version in English as an alert', () => {
    render(LoadError, { error: new PayloadError('schema', 'schemaVersion 2', 2), url: './data/graph.json', lang: 'en', keeping: true });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('The data could not be loaded');
    expect(alert.textContent).toContain('schema version 2');
    expect(alert.textContent).toContain('The previous view stays on screen.');
  });
  it('speaks Italian by default and shows the detail as text', () => {
    render(LoadError, { error: new PayloadError('json', '<img src=x onerror=alert(1)>'), url: 'x.json', lang: 'it', keeping: false });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('non è JSON valido');
    expect(alert.querySelector('img')).toBeNull();
    expect(alert.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('LoadError: where a bad JSON file stops, said in the UI language', () => {
  it.each([
    ['it', 'errore alla riga 3, colonna 11'],
    ['en', 'error at line 3, column 11'],
  ] as const)('%s', (lang, said) => {
    const error = new PayloadError('json', 'Unexpected token \'b\', ... is not valid JSON', undefined, { key: 'json-at', params: { line: 3, column: 11 } });
    render(LoadError, { error, url: 'x.json', lang, keeping: false });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(said);
    expect(alert.textContent).not.toContain('Unexpected token');
  });
});

describe('LoadError: the shape of a bad payload, said in the UI language', () => {
  const bad: Array<[string, unknown]> = [
    ['not an object', [1, 2]],
    ['no meta', { schemaVersion: 1 }],
    ['nodes not an array', { schemaVersion: 1, meta: {}, nodes: {}, edges: [] }],
    ['edges not an array', { schemaVersion: 1, meta: {}, nodes: [], edges: 'x' }],
    ['a node without kind', { schemaVersion: 1, meta: {}, nodes: [{ id: 'a', label: 'A' }], edges: [] }],
    ['a node without metrics', { schemaVersion: 1, meta: {}, nodes: [{ id: 'a', label: 'A', kind: 'area' }], edges: [] }],
    ['an edge without ends', { schemaVersion: 1, meta: {}, nodes: [], edges: [{}] }],
    ['an edge to nowhere', { schemaVersion: 1, meta: {}, nodes: [{ id: 'a', label: 'A', kind: 'area', metrics: {} }], edges: [{ id: 'a->b', source: 'a', target: 'b' }] }],
  ];
  for (const [what, value] of bad) {
    it(`${what}: English as the CLI says it, Italian in Italian`, () => {
      let error: PayloadError | undefined;
      try {
        validatePayload(value);
      } catch (e) {
        error = e as PayloadError;
      }
      expect(error?.reason).toBeDefined();
      const en = render(LoadError, { error: error!, url: 'x.json', lang: 'en', keeping: false });
      // The English sentence carries exactly the detail the CLI prints.
      expect(screen.getByRole('alert').textContent).toContain(error!.detail);
      en.unmount();
      render(LoadError, { error: error!, url: 'x.json', lang: 'it', keeping: false });
      const it = screen.getByRole('alert').textContent!;
      expect(it).toContain('non ha la forma attesa');
      expect(it).not.toContain(error!.detail);
      expect(it).not.toMatch(/\b(lacks|missing|points to|not an array|has no)\b/);
    });
  }
});

describe('SearchBox', () => {
  it('is a combobox named Search whose suggestions show the kind; Enter selects', async () => {
    const onselect = vi.fn();
    render(SearchBox, { index: new SearchIndex(payload.nodes), lang: 'en', onselect });
    const box = screen.getByRole('combobox', { name: 'Search' });
    await fireEvent.input(box, { target: { value: 'consiag' } });
    const options = screen.getAllByRole('option');
    expect(options[0].textContent).toContain('Organism');
    expect(options[0].textContent).toMatch(/Consiag/);
    await fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toBe(options[0].id);
    await fireEvent.keyDown(box, { key: 'Enter' });
    expect(onselect).toHaveBeenCalledWith(payload.nodes.find((n) => /consiag/i.test(n.label) && n.kind === 'organism')!.id);
  });
});

describe('ViewSwitch', () => {
  it('offers the five views by name and marks the current one', async () => {
    const onchange = vi.fn();
    render(ViewSwitch, { view: 'radial', lang: 'en', onchange });
    for (const name of ['Hierarchy', 'Network', 'Organisms', 'Radial', 'Table']) expect(screen.getByRole('button', { name })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Radial' }).getAttribute('aria-pressed')).toBe('true');
    await fireEvent.click(screen.getByRole('button', { name: 'Table' }));
    expect(onchange).toHaveBeenCalledWith('table');
  });
});
