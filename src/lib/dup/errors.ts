/**
 * The parser's one error class. It is thrown only for problems that make the whole
 * document unreadable (empty, binary, no table header); everything that concerns one
 * line is a Diagnostic instead, so one bad row never hides the rest of the table.
 */

/** Machine-readable reasons a document is refused as a whole. */
export type ParseErrorCode = 'empty-file' | 'binary-file' | 'no-header';

export class ParseError extends Error {
  readonly file: string;
  /** 1-based line the problem was found at (the first line when it concerns the whole file). */
  readonly line: number;
  readonly code: ParseErrorCode;
  /** The reason without the `file:line:` prefix. */
  readonly reason: string;

  constructor(file: string, line: number, code: ParseErrorCode, reason: string) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'ParseError';
    this.file = file;
    this.line = line;
    this.code = code;
    this.reason = reason;
  }
}

/** True for a ParseError, also across realms or bundles where `instanceof` would fail. */
export function isParseError(value: unknown): value is ParseError {
  return (
    value instanceof ParseError ||
    (value instanceof Error &&
      value.name === 'ParseError' &&
      typeof (value as Partial<ParseError>).file === 'string' &&
      typeof (value as Partial<ParseError>).line === 'number' &&
      typeof (value as Partial<ParseError>).code === 'string')
  );
}
