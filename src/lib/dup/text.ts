/**
 * Cell text cleaning: markup out, entities decoded, white space collapsed.
 *
 * Order matters. Tags are stripped first and entities decoded after, so an encoded
 * `&lt;script&gt;` comes out as the literal text `<script>`, never as markup; the result
 * is plain text for every consumer. Block tags (<p>, <br>, <div>, <li>, <hr>, <td>,
 * headings, sectioning tags: text-rules.ts) end a paragraph; any other tag is dropped
 * without a trace (it was inline formatting).
 */
import { decodeHTMLStrict } from 'entities/decode';
import { ANY_TAG_SOURCE, BLOCK_NAMES_SOURCE, BLOCK_TAG_SOURCE, INVISIBLE_CLASS, NEEDS_WORK } from './text-rules';
import { scanParagraphs } from './cell-scan';

const BLOCK_TAG = new RegExp(BLOCK_TAG_SOURCE, 'gi');
const ANY_TAG = new RegExp(ANY_TAG_SOURCE, 'g');
/** A tag cut off at the end of the cell (`… <span class="x`): dropped too, when it names a
 *  tag an extractor writes. Any `<` and a letter is not one: "attesa <trenta giorni" is text. */
const TRUNCATED_TAG = /<\/?(?:span|font|b|i|u|s|a|em|strong|sup|sub|small|mark|strike|del|ins|code|img|p|br|div|li|ul|ol|h[1-6]|tr|td|th|table|tbody|thead|blockquote)(?![A-Za-z0-9])[^<>]*$/i;
const INVISIBLE = new RegExp(`[${INVISIBLE_CLASS}]`, 'g');
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const SPACES = /\s+/g;
/** White space other than single spaces between words. */
const UNUSUAL_SPACE = /\s\s|[^\S ]/;
/** An opening block tag at the start: any of them, so a continuation that opens with
 *  `<ul><li>` adds an action as `<li>` alone does. */
const STARTS_WITH_BLOCK = new RegExp(`^\\s*<\\s*(?:${BLOCK_NAMES_SOURCE})(?![A-Za-z0-9])`, 'i');

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
  return scanParagraphs(raw) ?? generalParagraphs(raw);
}

/** The rule for any cell (cell-scan.ts gives the same paragraphs faster for most). */
export function generalParagraphs(raw: string): string[] {
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
