import { describe, expect, it } from 'vitest';
import { parseTour, serializeTour, TourFileError, jsonErrorLine } from '../../../src/lib/tour/tour-file';
import { addStep, emptyTour } from '../../../src/lib/tour/edit';
import { EMPTY_FILTERS } from '../../../src/lib/view/filters';
import type { Tour } from '../../../src/lib/tour/types';
import { HOSTILE, index, miniPayload } from './helpers';

function sampleTour(): Tour {
  const p = miniPayload();
  const ix = index(p);
  const org = ix.byKind('organism')[0];
  const area = ix.byKind('area')[0];
  let t = emptyTour(p.meta, 'Consiglio comunale', new Date('2026-11-30T10:00:00Z'));
  t = addStep(t, { state: { view: 'hierarchy', focus: null, selection: area.id, filters: { ...EMPTY_FILTERS, hiddenAreas: [] } }, shown: [area.id, ...ix.descendants(area.id)] }, 'Primo', 'Il primo ambito');
  t = addStep(t, { state: { view: 'radial', focus: { id: org.id, depth: 2 }, selection: org.id, filters: { ...EMPTY_FILTERS, organisms: [org.id], hiddenKinds: ['action'], minMeasure: 1 } }, shown: [org.id] }, HOSTILE[0], HOSTILE[1]);
  return t;
}

function rejects(text: string, code: TourFileError['code'], withIndex = true): TourFileError {
  try {
    parseTour(text, 'tour.json', withIndex ? index(miniPayload()) : undefined);
  } catch (e) {
    expect(e).toBeInstanceOf(TourFileError);
    const err = e as TourFileError;
    expect(err.code).toBe(code);
    expect(err.file).toBe('tour.json');
    expect(err.message).toContain('tour.json');
    return err;
  }
  throw new Error(`expected a ${code} rejection`);
}

const mutate = (f: (t: Record<string, any>) => void) => {
  const t = JSON.parse(serializeTour(sampleTour()));
  f(t);
  return JSON.stringify(t, null, 2);
};

describe('tour files', () => {
  it('round-trips exactly, hostile captions included', () => {
    const t = sampleTour();
    const back = parseTour(serializeTour(t), 'tour.json', index(miniPayload()));
    expect(back).toEqual(t);
    expect(back.steps[1].title).toBe(HOSTILE[0]);
    expect(serializeTour(back)).toBe(serializeTour(t));
  });

  it('rejects text that is not JSON, naming the line', () => {
    const text = serializeTour(sampleTour());
    const lines = text.split('\n');
    lines[5] = lines[5] + ' oops';
    const err = rejects(lines.join('\n'), 'json');
    expect(err.params.line).toBe(6);
    expect(rejects(text.slice(0, text.length / 2), 'json').params.line).toBeGreaterThan(1);
  });

  it('jsonErrorLine reads both engine message styles', () => {
    expect(jsonErrorLine('{\n\n x', 'Unexpected token x in JSON at position 4')).toBe(3);
    expect(jsonErrorLine('{}', "Expected ',' (line 7 column 2)")).toBe(7);
  });

  it('rejects JSON that is not a tour', () => {
    rejects('[]', 'format');
    rejects('{"schemaVersion":1,"nodes":[]}', 'format');
    rejects('null', 'format');
  });

  it('rejects other versions, saying which', () => {
    expect(rejects(mutate((t) => (t.version = 2)), 'version').params.found).toBe('2');
    expect(rejects(mutate((t) => delete t.version), 'version').params.found).toBe('undefined');
    rejects(mutate((t) => (t.version = '1')), 'version');
  });

  const shapes: Array<[string, (t: Record<string, any>) => void, string]> = [
    ['title', (t) => (t.title = 3), 'title'],
    ['documents', (t) => (t.documents = 'abc'), 'documents'],
    ['a document', (t) => (t.documents = [1]), 'documents[0]'],
    ['created', (t) => delete t.created, 'created'],
    ['steps', (t) => (t.steps = {}), 'steps'],
    ['a step', (t) => (t.steps[0] = 'x'), 'steps[0]'],
    ['a step id', (t) => (t.steps[1].id = ''), 'steps[1].id'],
    ['a duplicate id', (t) => (t.steps[1].id = t.steps[0].id), 'steps[1].id'],
    ['a kind', (t) => (t.steps[0].kind = 'slide'), 'steps[0].kind'],
    ['a caption', (t) => (t.steps[0].caption = { html: '<b>' }), 'steps[0].caption'],
    ['light', (t) => (t.steps[0].light = [1, 2]), 'steps[0].light[0]'],
    ['fit', (t) => delete t.steps[0].fit, 'steps[0].fit'],
    ['state', (t) => (t.steps[0].state = null), 'steps[0].state'],
    ['a view', (t) => (t.steps[0].state.view = 'matrix'), 'steps[0].state.view'],
    ['a focus', (t) => (t.steps[1].state.focus = 'x'), 'steps[1].state.focus'],
    ['a focus depth', (t) => (t.steps[1].state.focus.depth = 9), 'steps[1].state.focus.depth'],
    ['filters', (t) => delete t.steps[0].state.filters, 'steps[0].state.filters'],
    ['a hidden kind', (t) => (t.steps[1].state.filters.hiddenKinds = ['slide']), 'steps[1].state.filters.hiddenKinds[0]'],
    ['a minimum', (t) => (t.steps[1].state.filters.minMeasure = -1), 'steps[1].state.filters.minMeasure'],
    ['a selection', (t) => (t.steps[1].state.selection = 7), 'steps[1].state.selection'],
  ];
  for (const [what, f, path] of shapes) {
    it(`rejects a wrong ${what}, naming the field`, () => {
      expect(rejects(mutate(f), 'shape').params.path).toBe(path);
    });
  }

  it('rejects steps naming nodes these data do not hold, only when given the data', () => {
    const cases: Array<(t: Record<string, any>) => void> = [
      (t) => t.steps[0].light.push('area:elsewhere'),
      (t) => t.steps[0].fit.push('organism:nobody'),
      (t) => (t.steps[1].state.selection = 'organism:nobody'),
      (t) => (t.steps[1].state.focus.id = 'organism:nobody'),
      (t) => t.steps[1].state.filters.organisms.push('organism:nobody'),
      (t) => t.steps[0].state.filters.hiddenAreas.push('area:elsewhere'),
    ];
    for (const f of cases) {
      const text = mutate(f);
      const err = rejects(text, 'node');
      expect(String(err.params.id)).toMatch(/elsewhere|nobody/);
      expect(() => parseTour(text, 'tour.json')).not.toThrow();
    }
  });

  it('accepts a tour with no notes field (older hand-written files) and no steps', () => {
    const t = parseTour(mutate((t) => delete t.steps[0].notes), 'tour.json');
    expect(t.steps[0].notes).toBe('');
    expect(parseTour(mutate((t) => (t.steps = [])), 'tour.json').steps).toEqual([]);
  });
});
