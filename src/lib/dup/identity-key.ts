/**
 * What decides that two texts are one node: their match keys, not counting the spaces
 * between letters. Writers space abbreviations and initials every way ("Ist. F. Datini",
 * "Ist F Datini", "Ist.F.Datini"), and no rule on dots can tell "F. Datini" (= "F.Datini")
 * from "F Datini" (= "F. Datini"); so a space counts only between two digits, where "1 2"
 * (from "1.2") and "12" are two objectives. The match key, spaces and all, still gives the
 * id and the slug.
 *
 * Keys are compared and hashed in place rather than rewritten: a large document has ~200k
 * distinct keys, and a space-free copy of each (a regular expression and a new string)
 * made the whole build half as slow again (measured on 100k rows).
 */

const SPACE = 0x20;
const NUMERIC = /^\p{N}$/u;

function isDigit(code: number): boolean {
  if (code < 0x80) return code >= 0x30 && code <= 0x39;
  return NUMERIC.test(String.fromCharCode(code));
}

/** Whether the character at `i` (of a match key: trimmed, single-spaced) is a space that does not count. */
function ignoredSpace(key: string, i: number): boolean {
  return key.charCodeAt(i) === SPACE && !(isDigit(key.charCodeAt(i - 1)) && isDigit(key.charCodeAt(i + 1)));
}

/** Whether two match keys denote one entity. */
export function sameIdentity(a: string, b: string): boolean {
  if (a === b) return true;
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < a.length && ignoredSpace(a, i)) i++;
    while (j < b.length && ignoredSpace(b, j)) j++;
    if (i === a.length || j === b.length) return i === a.length && j === b.length;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
    i++;
    j++;
  }
}

/** A hash of what counts in a match key (equal for keys that sameIdentity finds the same), as a small integer. */
export function identityHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    if (ignoredSpace(key, i)) continue;
    h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  }
  // Small enough to be a V8 small integer, the cheapest Map key.
  return h & 0x3fffffff;
}

/** The key as it counts for identity (its ignored spaces removed), for reading and tests. */
export function identityKey(key: string): string {
  let out = '';
  for (let i = 0; i < key.length; i++) if (!ignoredSpace(key, i)) out += key[i];
  return out;
}
