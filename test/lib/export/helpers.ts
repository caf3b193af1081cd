import { readFileSync } from 'node:fs';
import { PlanIndex } from '../../../src/lib/model/plan-index';
import { validatePayload } from '../../../src/lib/payload/validate';
import type { Payload } from '../../../src/lib/types';

export const MINI = 'test/fixtures/payload/mini.json';

export function miniPayload(): Payload {
  return validatePayload(JSON.parse(readFileSync(MINI, 'utf8')));
}

export const HOSTILE = [
  '<script>alert(1)</script>',
  'A & B "quoted" \'single\' ]]> end',
  '=HYPERLINK("http://evil","x")',
  '+1+2',
  '-cmd',
  '@SUM(A1)',
  'line one\nline two, with comma; and semicolon',
  'ctrl\u0001char\u0007s',
];

/** The mini payload with hostile text in labels and texts of its first nodes (one per kind at least). */
export function hostilePayload(): Payload {
  const p = miniPayload();
  p.nodes.forEach((n, i) => {
    const h = HOSTILE[i % HOSTILE.length];
    n.label = `${h} #${i}`;
    n.text = `${h}\n${n.text}`;
  });
  return p;
}

export const indexOf = (p: Payload) => new PlanIndex(p);

/** RFC 4180 reader for the tests (quotes, doubled quotes, separators and newlines inside fields). */
export function parseCsv(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
