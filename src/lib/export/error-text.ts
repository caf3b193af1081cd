/**
 * What an export failure says to the person using the dialog: the ExportError's code and
 * params in the UI's language. Its `message` stays English for the CLI and the logs; a
 * failure that is not an ExportError (a bug, a browser quirk) gets a plain "unexpected
 * error", never a developer's sentence in the middle of an Italian dialog.
 */
import { translate, type Lang, type MessageKey } from '../i18n';
import { ExportError, type ExportErrorCode } from './errors';

// A Record, so a new code without its sentence fails to compile.
const KEYS: Record<ExportErrorCode, MessageKey> = {
  'unknown-node': 'export.error.unknownNode',
  'unknown-kind': 'export.error.unknownKind',
  'unknown-format': 'export.error.unknownFormat',
  'bad-depth': 'export.error.badDepth',
  'empty-scope': 'export.error.emptyScope',
  'bad-width': 'export.error.badWidth',
  'bad-scale': 'export.error.badScale',
  'render-failed': 'export.error.renderFailed',
  'encode-failed': 'export.error.encodeFailed',
  'no-canvas': 'export.error.noCanvas',
};

export function exportErrorText(lang: Lang, error: unknown): string {
  if (error instanceof ExportError) return translate(lang, KEYS[error.code], { ...error.params });
  return translate(lang, 'export.error.unexpected');
}
