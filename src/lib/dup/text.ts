/**
 * Cell text cleaning: markup out, entities decoded, white space collapsed.
 *
 * Order matters. Tags are stripped first and entities decoded after, so an encoded
 * `&lt;script&gt;` comes out as the literal text `<script>`, never as markup; the result
 * is plain text for every consumer. Block tags (<p>, <br>, <div>, <li>, headings) end a
 * paragraph; any other tag is dropped without a trace (it was inline formatting).
 */
import { decodeHTMLStrict } from 'entities/decode';

/** Block-level tags: each one ends a paragraph. */
const BLOCK_TAG = /<\s*\/?(?:p|br|div|li|ul|ol|h[1-6]|tr|td|th|table|blockquote)(?![A-Za-z0-9])[^<>]*>/gi;
/** Any tag, comment, doctype or processing instruction; `[^<>]*` keeps matching linear. */
const ANY_TAG = /<(?:\/?\s*[A-Za-z][^<>]*|![^<>]*|\?[^<>]*)>/g;
/** A tag cut off at the end of the cell (`… <span class="x`): dropped too. */
const TRUNCATED_TAG = /<\/?[A-Za-z][^<>]*$/;
/** Control characters and invisible format characters (zero-width space, soft hyphen, bidi
 *  overrides). Zero-width (non-)joiners stay: they hold emoji sequences and some scripts together. */
const INVISIBLE = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u00AD\u200B\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Anything that needs more than white-space collapsing. */
const NEEDS_WORK = /[<&\u0000-\u0008\u000E-\u001F\u007F-\u009F\u00AD\u200B\u2060\uFEFF\u202A-\u202E\u2066-\u2069\uD800-\uDFFF]/;
const SPACES = /\s+/g;
/** White space other than single spaces between words. */
const UNUSUAL_SPACE = /\s\s|[^\S ]/;
const STARTS_WITH_BLOCK = /^\s*<\s*(?:p|br|div|li|h[1-6])(?![A-Za-z0-9])/i;

/** Collapses every run of white space (tabs, NBSP, thin spaces, line separators…) to one space. */
export function collapseSpaces(text: string): string {
  const trimmed = text.trim();
  return UNUSUAL_SPACE.test(trimmed) ? trimmed.replace(SPACES, ' ') : trimmed;
}

/** Plain text of one fragment that holds no block tag. */
function cleanInline(fragment: string): string {
  if (!NEEDS_WORK.test(fragment)) return collapseSpaces(fragment);
  let text = fragment.replace(INVISIBLE, '');
  if (text.includes('<')) text = text.replace(ANY_TAG, '').replace(TRUNCATED_TAG, '');
  if (text.includes('&')) text = decodeHTMLStrict(text);
  // Decoding can produce controls again (&#1;) and lone surrogates (&#xD800; is mapped
  // by the decoder, but raw input may hold them): clean once more after it.
  text = text.replace(INVISIBLE, '').replace(LONE_SURROGATE, '\uFFFD');
  return collapseSpaces(text);
}

/** A cell's paragraphs: trimmed, non-empty, markup-free. An empty cell gives []. */
export function cleanParagraphs(raw: string): string[] {
  if (!raw.includes('<')) {
    const text = cleanInline(raw);
    return text === '' ? [] : [text];
  }
  const out: string[] = [];
  for (const fragment of raw.split(BLOCK_TAG)) {
    const text = cleanInline(fragment);
    if (text !== '') out.push(text);
  }
  return out;
}

/** A cell as one line of text (paragraphs joined by a space). */
export function cleanText(raw: string): string {
  return cleanParagraphs(raw).join(' ');
}

/** True when the raw cell opens with a paragraph tag: a fragment that starts a new paragraph. */
export function startsWithParagraph(raw: string): boolean {
  return STARTS_WITH_BLOCK.test(raw);
}

/**
 * A title line without its Markdown-ish decoration (`## **TITLE**`, `* item`, `> quote`)
 * that converters add around headings, then cleaned like a cell.
 */
export function cleanTitle(raw: string): string {
  const text = cleanText(raw);
  return text
    .replace(/^(?:#{1,6}|>|[*+-](?=\s))\s*/, '')
    .replace(/\s#+$/, '')
    .replace(/^(\*\*|__|\*|_)(.*)\1$/, '$2')
    .replace(/^(\*\*|__)(.*)\1$/, '$2')
    .trim();
}
