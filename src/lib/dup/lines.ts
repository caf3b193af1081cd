/**
 * Input bytes or text → lines. Handles the BOM, LF / CRLF / CR line ends, text that is
 * not UTF-8 (a diagnostic for the line, not a refusal of the file) and refuses what is not
 * text at all. A line is what a text editor shows as one: a final line end does not start
 * another line, so "a\nb\n" and "a\nb" both have two lines.
 */
import { ParseError } from './errors';
import { sha256Hex } from './sha256';

export interface SourceLines {
  /** Each line's text without its terminator ('' for a line that is not valid UTF-8). */
  lines: string[];
  /** 0-based indexes of lines that are not valid UTF-8. */
  invalidUtf8: number[];
  /** Hex SHA-256 of the input bytes (of the UTF-8 encoding when text was given). */
  sha256: string;
  /** The decoded text the lines were split from (absent when decoded line by line). */
  text?: string;
}

const LINE_END = /\r\n|\r|\n/;
const LF = 0x0a;
const CR = 0x0d;
/** Share of control characters in the first bytes above which a file is taken for binary. */
const BINARY_CONTROL_SHARE = 0.1;
const SNIFF = 4096;

/** Lines of a decoded text; an empty text has none. */
export function splitLines(text: string): string[] {
  // A plain split is several times faster than the regex, and most files use LF only.
  const lines = text.includes('\r') ? text.split(LINE_END) : text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** 1-based line of the code unit at `index`, counting LF, CR and CRLF as one end each. */
function lineAt(codeAt: (i: number) => number, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) {
    const u = codeAt(i);
    if (u === LF || (u === CR && codeAt(i + 1) !== LF)) line++;
  }
  return line;
}

function isControl(u: number): boolean {
  return (u < 0x20 && u !== 0x09 && u !== LF && u !== CR && u !== 0x0c) || u === 0x7f;
}

/** Throws for a NUL anywhere, a PDF, or mostly control characters near the start. */
function refuseBinary(codeAt: (i: number) => number, length: number, nulAt: number, file: string): void {
  if (length >= 5 && [0x25, 0x50, 0x44, 0x46, 0x2d].every((c, i) => codeAt(i) === c)) {
    throw new ParseError(file, 1, 'binary-file', 'this is a PDF, not text: convert it to text first');
  }
  // An Excel "Unicode text" export: UTF-16 with its byte-order mark, NUL in every other byte.
  if (length >= 2 && ((codeAt(0) === 0xff && codeAt(1) === 0xfe) || (codeAt(0) === 0xfe && codeAt(1) === 0xff))) {
    throw new ParseError(file, 1, 'binary-file', 'this is UTF-16 text (a spreadsheet\'s "Unicode text" export?): save it as UTF-8');
  }
  if (nulAt >= 0) {
    throw new ParseError(file, lineAt(codeAt, nulAt), 'binary-file', 'binary data (NUL byte): this is not a text file');
  }
  let controls = 0;
  const sniff = Math.min(length, SNIFF);
  for (let i = 0; i < sniff; i++) if (isControl(codeAt(i))) controls++;
  if (sniff >= 32 && controls / sniff > BINARY_CONTROL_SHARE) {
    throw new ParseError(file, 1, 'binary-file', 'mostly control characters: this is not a text file');
  }
}

function refuseEmpty(lines: string[], invalid: number[], file: string): void {
  if (invalid.length === 0 && !lines.some((l) => /\S/.test(l.replace(/\uFEFF/g, '')))) {
    throw new ParseError(file, 1, 'empty-file', 'the file is empty');
  }
}

/** Line-by-line decoding, used only when the whole file is not valid UTF-8. */
function decodeByLine(bytes: Uint8Array): { lines: string[]; invalidUtf8: number[] } {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const lines: string[] = [];
  const invalidUtf8: number[] = [];
  let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const push = (end: number) => {
    try {
      lines.push(decoder.decode(bytes.subarray(start, end)));
    } catch {
      invalidUtf8.push(lines.length);
      lines.push('');
    }
  };
  for (let i = start; i < bytes.length; i++) {
    const b = bytes[i];
    if (b !== LF && b !== CR) continue;
    push(i);
    if (b === CR && bytes[i + 1] === LF) i++;
    start = i + 1;
  }
  if (start < bytes.length) push(bytes.length);
  return { lines, invalidUtf8 };
}

/** Hex SHA-256 of bytes; the CLI passes node:crypto's, several times faster than ours in JS. */
export type Sha256 = (bytes: Uint8Array) => string;

/** Decodes and splits the input; throws ParseError for an empty or binary file. */
export function readLines(input: string | Uint8Array, file: string, sha256: Sha256 = sha256Hex): SourceLines {
  if (typeof input === 'string') {
    refuseBinary((i) => input.charCodeAt(i), input.length, input.indexOf('\0'), file);
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    const lines = splitLines(text);
    refuseEmpty(lines, [], file);
    return { lines, invalidUtf8: [], sha256: sha256(new TextEncoder().encode(input)), text };
  }
  refuseBinary((i) => input[i]!, input.length, input.indexOf(0), file);
  let result: { lines: string[]; invalidUtf8: number[]; text?: string };
  try {
    // Fast path: the whole file is valid UTF-8 (the decoder drops a leading BOM).
    const text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    result = { lines: splitLines(text), invalidUtf8: [], text };
  } catch {
    result = decodeByLine(input);
  }
  refuseEmpty(result.lines, result.invalidUtf8, file);
  return { ...result, sha256: sha256(input) };
}
