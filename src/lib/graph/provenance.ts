/**
 * Provenance: where each node and edge came from. While building, a reference is packed
 * into one number (file index × 2³² + line) so that tens of thousands of rows touching
 * the same area cost an array push each; it is unpacked, deduplicated and sorted once,
 * when the payload is written.
 */
import type { SourceRef } from '../types';

const LINE_SPAN = 2 ** 32;

export function packRef(fileIndex: number, line: number): number {
  return fileIndex * LINE_SPAN + line;
}

/** Adds every line of a row to a provenance list. */
export function addRefs(into: number[], fileIndex: number, lines: readonly number[]): void {
  for (const line of lines) into.push(fileIndex * LINE_SPAN + line);
}

/** Sorted (by file as given, then line), deduplicated references. */
export function unpackRefs(packed: readonly number[], files: readonly string[]): SourceRef[] {
  const sorted = Float64Array.from(packed).sort();
  const out: SourceRef[] = [];
  let last = -1;
  for (const code of sorted) {
    if (code === last) continue;
    last = code;
    const fileIndex = Math.floor(code / LINE_SPAN);
    out.push({ file: files[fileIndex], line: code - fileIndex * LINE_SPAN });
  }
  return out;
}
