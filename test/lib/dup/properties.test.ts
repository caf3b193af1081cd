/**
 * Property-based tests over generated documents (issue 6): whatever the input, the parser
 * throws nothing but ParseError, accounts for every line, and loses no row.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDocument } from '../../../src/lib/dup/parse';
import { isParseError } from '../../../src/lib/dup/errors';
import { countLineKinds } from '../../../src/lib/dup/counts';
import { SEED_HEADER } from './helpers';

const RUNS = { numRuns: 200 };

const fragment = fc.oneof(
  { weight: 6, arbitrary: fc.stringMatching(/^[A-Za-zÀ-ÿ0-9 ,;.'"“”()-]{0,40}$/) },
  { weight: 2, arbitrary: fc.constantFrom('<b>', '</b>', '<i>', '<p>', '</p>', '<br>', '<br/>', '<span class="x">', '<', '>', '<p', '<!--', '-->', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>') },
  { weight: 2, arbitrary: fc.constantFrom('&amp;', '&lt;script&gt;', '&nbsp;', '&egrave;', '&#233;', '&#x1F600;', '&#0;', '&#xD800;', '&bogus;', '&', '&#', '&#x;') },
  { weight: 1, arbitrary: fc.constantFrom('\u0001', '\u0007', '\u001b', '\u007f', '\u0085', '\u00a0', '\u200b', '\ufeff', '\u2028', '\ud800', '\u00ad') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 10 }).map((s) => s.replace(/[\0\r\n\t]/g, '')) },
  { weight: 1, arbitrary: fc.constant('x'.repeat(5000)) },
);
const cell = fc.array(fragment, { maxLength: 6 }).map((parts) => parts.join(''));
const header = fc.shuffledSubarray([...SEED_HEADER, 'Indicatore'], { minLength: 3 }).map((cells) => cells.join('\t'));
const tableLine = (width: number) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.array(cell, { minLength: width, maxLength: width }) },
    { weight: 1, arbitrary: fc.array(cell, { minLength: 2, maxLength: width + 2 }) },
    { weight: 1, arbitrary: fc.array(fc.constant(''), { minLength: 2, maxLength: width }) },
    { weight: 1, arbitrary: fc.tuple(fc.constant(''), fc.constant(''), fc.constant(''), cell, cell, cell) },
  ).map((cells) => cells.join('\t'));
const otherLine = fc.oneof(cell, fc.constant(''), fc.constant('pag. 212'), fc.constant('## **DOCUMENTO UNICO DI PROGRAMMAZIONE 2022/2024**'));
const lineEnd = fc.constantFrom('\n', '\r\n', '\r');

const documents = header.chain((h) => {
  const width = h.split('\t').length;
  const line = fc.oneof({ weight: 5, arbitrary: tableLine(width) }, { weight: 2, arbitrary: otherLine }, { weight: 1, arbitrary: fc.constant(h) });
  return fc.tuple(fc.array(otherLine, { maxLength: 3 }), fc.array(line, { maxLength: 30 }), fc.array(lineEnd, { minLength: 40, maxLength: 40 }), fc.boolean(), fc.boolean())
    .map(([before, body, ends, bom, finalEnd]) => {
      const lines = [...before, h, ...body];
      let text = bom ? '\ufeff' : '';
      lines.forEach((l, i) => {
        let end = i < lines.length - 1 || finalEnd ? ends[i % ends.length]! : '';
        // CR then an empty line ended by LF would read as one CRLF: a generator artefact.
        if (end === '\r' && lines[i + 1] === '') end = '\r\n';
        text += l + end;
      });
      // An empty last line with no line end is no line at all.
      const lineCount = lines[lines.length - 1] === '' && !finalEnd ? lines.length - 1 : lines.length;
      return { text, lineCount };
    });
});

/** Lines as an editor counts them: a final line end does not start a line. */
function countLines(text: string): number {
  const ends = text.match(/\r\n|\r|\n/g)?.length ?? 0;
  return ends + (/(\r\n|\r|\n)$/.test(text) || text === '' ? 0 : 1);
}

function parseOrParseError(input: string | Uint8Array) {
  try {
    return parseDocument(input, 'gen.txt');
  } catch (e) {
    if (isParseError(e)) return null;
    throw e;
  }
}

describe('the parser on generated documents', () => {
  it('accounts for every line and loses no row (text and bytes alike)', () => {
    fc.assert(
      fc.property(documents, fc.boolean(), ({ text, lineCount }, asBytes) => {
        const d = parseOrParseError(asBytes ? new TextEncoder().encode(text) : text);
        if (d === null) return;
        const total = countLines(text.replace(/^\ufeff/, ''));
        expect(total).toBe(lineCount);
        expect(d.lineKinds).toHaveLength(total);
        expect(d.lineKinds.every((k) => k !== undefined)).toBe(true);
        const counts = countLineKinds(d.lineKinds);
        expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(total);
        expect(counts.header).toBeGreaterThanOrEqual(1);
        // Every 'row' line is exactly one ParsedRow, in order; continuations belong to a row.
        const rowLines = d.lineKinds.flatMap((k, i) => (k === 'row' ? [i + 1] : []));
        expect(d.rows.map((r) => r.line)).toEqual(rowLines);
        const contLines = d.lineKinds.flatMap((k, i) => (k === 'continuation' ? [i + 1] : []));
        expect(d.rows.flatMap((r) => r.lines.slice(1)).sort((a, b) => a - b)).toEqual(contLines);
        // Rejected lines each have an error naming them.
        for (const [i, k] of d.lineKinds.entries()) {
          if (k === 'rejected') expect(d.diagnostics.some((x) => x.level === 'error' && x.line === i + 1)).toBe(true);
        }
        // Clean text only: no markup characters produced from tags, no control characters.
        for (const r of d.rows) {
          for (const c of Object.values(r.cells)) {
            for (const p of c.paragraphs) {
              expect(p).toBe(p.trim());
              expect(p).not.toBe('');
              expect(p).not.toMatch(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]|\s\s/);
            }
          }
        }
      }),
      RUNS,
    );
  });

  it('throws nothing but ParseError on arbitrary text and bytes', () => {
    const anything = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 400 }),
      fc.uint8Array({ maxLength: 400 }),
      fc.array(fc.oneof(fc.constant('\t'), fc.constant('\n'), fc.constant('\r'), fc.constantFrom(...SEED_HEADER), fc.string({ maxLength: 8 })), { maxLength: 60 }).map((p) => p.join('')),
    );
    fc.assert(
      fc.property(anything, (input) => {
        const d = parseOrParseError(input);
        if (d) expect(Object.values(countLineKinds(d.lineKinds)).reduce((a, b) => a + b, 0)).toBe(d.lineKinds.length);
      }),
      RUNS,
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(documents, ({ text }) => {
        const a = parseOrParseError(text);
        const b = parseOrParseError(text);
        expect(b).toEqual(a);
      }),
      { numRuns: 50 },
    );
  });
});
