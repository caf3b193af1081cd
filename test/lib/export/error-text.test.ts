import { describe, expect, it } from 'vitest';
import { ExportError, type ExportErrorCode } from '../../../src/lib/export/errors';
import { exportErrorText } from '../../../src/lib/export/error-text';
import { planPng, type PngRequest } from '../../../src/lib/export/png-plan';
import { focusIds, parseKinds } from '../../../src/lib/export/scope';
import { parseDataFormat } from '../../../src/lib/export/data-formats';
import { indexOf, miniPayload } from './helpers';

const req = (size: PngRequest['size']): PngRequest => ({ size, full: true, background: 'white', decorations: null });
const caught = (f: () => unknown): ExportError => {
  try {
    f();
  } catch (e) {
    if (e instanceof ExportError) return e;
    throw e;
  }
  throw new Error('did not throw');
};

describe('export errors in the UI language', () => {
  it('a width the plan refuses: Italian and English sentences, the English message kept for the CLI', () => {
    for (const width of [0, -5, NaN, 3]) {
      const e = caught(() => planPng(req({ mode: 'width', width }), { width: 10, height: 10 }));
      expect(e.code).toBe('bad-width');
      expect(e.message).toMatch(/^export: invalid width .*at least 16 pixels\.$/);
      expect(exportErrorText('it', e)).toBe('Larghezza non valida: almeno 16 pixel.');
      expect(exportErrorText('en', e)).toBe('Invalid width: at least 16 pixels.');
    }
  });

  it('every error the core throws has a sentence in both languages, with its values filled in', () => {
    const index = indexOf(miniPayload());
    const errors = [
      caught(() => planPng(req({ mode: 'scale', scale: 1 }), { width: 0, height: 0 })),
      caught(() => planPng(req({ mode: 'scale', scale: -1 }), { width: 10, height: 10 })),
      caught(() => focusIds(index, 'organism:nobody')),
      caught(() => focusIds(index, index.payload.nodes[0].id, -1)),
      caught(() => parseKinds(['planet'])),
      caught(() => parseDataFormat('docx')),
      new ExportError('encode-failed', 'the browser could not encode a 20000 × 3000 image', { width: 20000, height: 3000 }),
      new ExportError('render-failed', 'the picture could not be rendered'),
      new ExportError('no-canvas', 'no 2D canvas available'),
    ];
    const codes = new Set<ExportErrorCode>(errors.map((e) => e.code));
    expect(codes.size).toBe(errors.length);
    for (const e of errors) {
      const it_ = exportErrorText('it', e);
      const en = exportErrorText('en', e);
      expect(it_).not.toBe(en);
      for (const text of [it_, en]) {
        expect(text).not.toMatch(/[{}]|export:/);
        expect(text).not.toBe(exportErrorText('en', new Error('x')));
      }
    }
    expect(exportErrorText('it', errors[2])).toBe('Nessun nodo ha l’identificativo «organism:nobody».');
    expect(exportErrorText('it', errors[6])).toBe('Il browser non è riuscito a produrre un’immagine di 20.000 × 3000 pixel: provare una dimensione minore.');
    expect(exportErrorText('en', errors[6])).toBe('The browser could not make a 20,000 × 3,000 pixel image: try a smaller size.');
  });

  it('anything else is an unexpected error, not a developer sentence', () => {
    expect(exportErrorText('it', new Error('Cannot read properties of undefined'))).toBe('Si è verificato un errore imprevisto.');
    expect(exportErrorText('en', 'boom')).toBe('An unexpected error occurred.');
  });
});
