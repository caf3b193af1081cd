/**
 * The patterns cell cleaning is defined by, shared by the general rule (text.ts) and the
 * one-pass scanner (cell-scan.ts), so the two cannot drift apart.
 */

/** Block-level tags: each one ends a paragraph. */
export const BLOCK_TAG_SOURCE = '<\\s*\\/?(?:p|br|div|li|ul|ol|h[1-6]|tr|td|th|table|blockquote)(?![A-Za-z0-9])[^<>]*>';
/** Any tag, comment, doctype or processing instruction; `[^<>]*` keeps matching linear. */
export const ANY_TAG_SOURCE = '<(?:\\/?\\s*[A-Za-z][^<>]*|![^<>]*|\\?[^<>]*)>';
/** Control characters and invisible format characters (zero-width space, soft hyphen, bidi
 *  overrides). Zero-width (non-)joiners stay: they hold emoji sequences and some scripts together. */
export const INVISIBLE_CLASS = '\\u0000-\\u0008\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u200B\\u2060\\uFEFF\\u202A-\\u202E\\u2066-\\u2069';
/** Anything that needs more than white-space collapsing. */
export const NEEDS_WORK = new RegExp(`[<&${INVISIBLE_CLASS}\\uD800-\\uDFFF]`);
