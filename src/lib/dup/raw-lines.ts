/**
 * The raw text of the lines taken as rows and continuations, read off the document's
 * lines and line kinds as asked for. A Map holding them was 100k entries for a large
 * document, built while parsing and only ever read back in line order by the payload.
 */
import type { LineKind } from '../types';
import type { RawLines } from './types';

function isTableLine(kind: LineKind | undefined): boolean {
  return kind === 'row' || kind === 'continuation';
}

export class DocumentRawLines implements RawLines {
  /** `lines[i]` and `kinds[i]` are line i + 1's text and kind. */
  constructor(
    private readonly lines: readonly string[],
    private readonly kinds: readonly LineKind[],
  ) {}

  get(line: number): string | undefined {
    return Number.isInteger(line) && isTableLine(this.kinds[line - 1]) ? this.lines[line - 1] : undefined;
  }

  *keys(): IterableIterator<number> {
    for (let i = 0; i < this.kinds.length; i++) if (isTableLine(this.kinds[i])) yield i + 1;
  }

  *entries(): IterableIterator<[number, string]> {
    for (let i = 0; i < this.kinds.length; i++) if (isTableLine(this.kinds[i])) yield [i + 1, this.lines[i]!];
  }
}
