/**
 * XML text safety for our own writers (GraphML, SVG) and for values handed to the GEXF
 * writer. Document text is data: it is escaped, and characters XML 1.0 cannot carry at
 * all (C0 controls, lone surrogates, U+FFFE/FFFF) are dropped rather than producing a
 * file no parser opens.
 */

// eslint-disable-next-line no-control-regex
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(ILLEGAL, '');
}

/** Escapes for element content and attribute values alike (quotes, and `>` so `]]>` never appears). */
export function escapeXml(text: string): string {
  return xmlSafe(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Attribute values also keep their line breaks and tabs (a parser would otherwise normalise them to spaces). */
export function escapeAttr(text: string): string {
  return escapeXml(text).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

/** Numbers as XML/CSS want them: no exponent surprises for ordinary values, at most 3 decimals for coordinates. */
export function num(n: number, digits = 2): string {
  if (!Number.isFinite(n)) return '0';
  return String(Math.round(n * 10 ** digits) / 10 ** digits);
}
