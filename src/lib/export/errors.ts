/**
 * Errors of the export feature. The code lets the CLI choose its exit status (usage
 * mistakes → 2, bad input → 1) and lets tests assert the reason, not the wording.
 */
export type ExportErrorCode =
  | 'unknown-node'
  | 'unknown-kind'
  | 'unknown-format'
  | 'bad-depth'
  | 'empty-scope'
  | 'bad-size';

export class ExportError extends Error {
  readonly code: ExportErrorCode;
  constructor(code: ExportErrorCode, message: string) {
    super(`export: ${message}`);
    this.name = 'ExportError';
    this.code = code;
  }
}
