/**
 * The match key in one pass, for the texts most documents are made of: ASCII, accented
 * Latin letters and typographic quotes, with no dots. Such a text's key is its letters
 * and digits lowercased and unaccented, in words joined by single spaces, which a table
 * lookup per character gives directly; the general rule (match-key.ts) runs several
 * regular expressions over the whole text, and ~100k distinct action texts per large
 * document made it a visible share of the build. Anything else (a dot, which the
 * abbreviation rules look at; a letter that needs Unicode decomposition) returns null,
 * and the caller applies the general rule. Equality with it is tested on random text.
 */

import { AsciiWriter } from './ascii-writer';

/** Per UTF-16 code unit below TABLE_SIZE: output character code, SEPARATOR, or GENERAL. */
const TABLE_SIZE = 0x2020;
const SEPARATOR = 0;
const GENERAL = -1;
const DOT = 0x2e;

function isWordCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

/**
 * Built from the same fold the general rule uses: `fold` maps a lowercase character to
 * its ASCII spelling (a letter, or an apostrophe for quotes and dashes), as FOLD does.
 */
export function buildKeyTable(fold: Readonly<Record<string, string>>): Int8Array {
  const table = new Int8Array(TABLE_SIZE);
  for (let u = 0; u < TABLE_SIZE; u++) {
    let lower = String.fromCharCode(u).toLowerCase();
    if (u >= 0x80 && lower.length === 1 && lower.charCodeAt(0) >= 0x80) lower = fold[lower] ?? '';
    const c = lower.length === 1 ? lower.charCodeAt(0) : -1;
    if (u === DOT || c === -1 || c >= 0x80) table[u] = GENERAL;
    else table[u] = isWordCode(c) ? c : SEPARATOR;
  }
  return table;
}

const writer = new AsciiWriter();

/** The match key of `text` when the one-pass rule applies to it, else null. */
export function plainKey(text: string, table: Int8Array): string | null {
  writer.begin(text.length);
  // Whether the key is `text` itself: then no new string is needed.
  let same = true;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    if (u >= TABLE_SIZE) return null;
    const c = table[u]!;
    if (c === GENERAL) return null;
    if (c === SEPARATOR) {
      if (u !== 0x20 || pendingSpace || writer.size === 0) same = false;
      pendingSpace = true;
      continue;
    }
    if (pendingSpace) {
      if (writer.size > 0) writer.code(0x20);
      pendingSpace = false;
    }
    if (c !== u) same = false;
    writer.code(c);
  }
  if (pendingSpace) same = false;
  return same ? text : writer.end();
}
