/**
 * The patterns cell cleaning is defined by, shared by the general rule (text.ts) and the
 * one-pass scanner (cell-scan.ts), so the two cannot drift apart.
 */

/** Names of the block-level tags. Each one ends a paragraph: stripped without a trace, as
 *  an inline tag is, `Az2<hr>Az3` or `<section>` boundaries glued two texts into one word. */
export const BLOCK_NAMES_SOURCE = 'p|br|hr|div|li|ul|ol|dl|dt|dd|h[1-6]|tr|td|th|table|caption|blockquote|section|article|aside|header|footer|figure|figcaption|address';
/** A block-level tag, opening or closing. */
export const BLOCK_TAG_SOURCE = `<\\s*\\/?(?:${BLOCK_NAMES_SOURCE})(?![A-Za-z0-9])[^<>]*>`;
/** Any tag, comment, doctype or processing instruction; `[^<>]*` keeps matching linear. */
export const ANY_TAG_SOURCE = '<(?:\\/?\\s*[A-Za-z][^<>]*|![^<>]*|\\?[^<>]*)>';
/** Control characters and invisible format characters (zero-width space, soft hyphen, bidi
 *  overrides). Zero-width (non-)joiners stay: they hold emoji sequences and some scripts together. */
export const INVISIBLE_CLASS = '\\u0000-\\u0008\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u200B\\u2060\\uFEFF\\u202A-\\u202E\\u2066-\\u2069';
/** Anything that needs more than white-space collapsing. */
export const NEEDS_WORK = new RegExp(`[<&${INVISIBLE_CLASS}\\uD800-\\uDFFF]`);
