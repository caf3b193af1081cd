/**
 * Errors of the export feature. The code lets the CLI choose its exit status (usage
 * mistakes → 2, bad input → 1) and lets tests assert the reason, not the wording.
 * The message is English, for the CLI and logs; `params` hold the values it names, so the
 * dialog can say the same thing in the UI's language (error-text.ts) without parsing it.
 */
export type ExportErrorCode =
  | 'unknown-node'
  | 'unknown-kind'
  | 'unknown-format'
  | 'bad-depth'
  | 'empty-scope'
  | 'bad-width'
  | 'bad-scale'
  | 'render-failed'
  | 'encode-failed'
  | 'no-canvas';

export type ExportErrorParams = Readonly<Record<string, string | number>>;

export class ExportError extends Error {
  readonly code: ExportErrorCode;
  readonly params: ExportErrorParams;
  constructor(code: ExportErrorCode, message: string, params: ExportErrorParams = {}) {
    super(`export: ${message}`);
    this.name = 'ExportError';
    this.code = code;
    this.params = params;
  }
}
