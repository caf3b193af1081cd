/**
 * The identity rule: which spellings denote the same ambito, objective or organism.
 *
 * Two texts are the same when they differ only in case, accents (also accents written as
 * apostrophes: CITTA' / CITTÀ), straight vs typographic quotes and apostrophes, dashes,
 * punctuation or white space, or dots in abbreviations (S.p.A. / spa, So.Ri. / SORI,
 * F. Datini / F.Datini). The key keeps word boundaries (single spaces) so it can be read
 * and slugged; it is never shown to people, who see the text as first written.
 */
import { hash53Hex } from './hash';
import { buildKeyTable, plainKey } from './plain-key';
import { AsciiWriter } from './ascii-writer';

/** Letters Unicode decomposition does not fold to ASCII, spelled as Italian writers would. */
const TRANSLITERATE: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', ı: 'i', þ: 'th', ð: 'd' };
const SPECIAL_LETTERS = /[ßæœøđłıþð]/g;
const MARKS = /\p{M}+/gu;
const ASCII = /^[\x00-\x7f]*$/;
/** A spaced abbreviation ("s. p. a.") closes up; then an initial before a word ("f. datini")
 *  does, unless it ends an abbreviation ("s.p.a. onlus" stays two words). */
// Not after two dotted letters: "E.P.P. S.p.A." is an acronym and a legal form, two words.
const SPACED_LETTERS = /(?<![\p{L}\p{N}])(?<!\p{L}\.\p{L}\.)(\p{L})\.\s+(?=\p{L}\.)/gu;
const SPACED_INITIAL = /(?<![\p{L}\p{N}.])(\p{L})\.\s+(?=\p{L})/gu;
/** A dot between digits ("1.2", "1.5%") is a separator, not an abbreviation's: "1.2" and
 *  "12" are two objectives. */
const DECIMAL_DOT = /(?<=\p{N})\.(?=\p{N})/gu;
/** A run of short dotted segments ("s.p.a.", "so.ri", "f.datini"): the dots go, joining them. */
const DOTTED_ABBREVIATION = /(?<![\p{L}\p{N}.])(?:[\p{L}\p{N}]{1,3}\.)+/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
// The same three for ASCII text, several times faster than the Unicode-aware ones.
const SPACED_LETTERS_ASCII = /(?<![a-z0-9])(?<![a-z]\.[a-z]\.)([a-z])\.\s+(?=[a-z]\.)/g;
const SPACED_INITIAL_ASCII = /(?<![a-z0-9.])([a-z])\.\s+(?=[a-z])/g;
const DOTTED_ABBREVIATION_ASCII = /(?<![a-z0-9.])(?:[a-z0-9]{1,3}\.)+/g;
const NOT_WORD_ASCII = /[^a-z0-9]+/g;

/** Accented Latin-1 lowercase letters, typographic quotes: what Italian text holds beyond ASCII.
 *  Each maps to what NFKD, mark removal and the word rule below would make of it. */
const FOLD: Record<string, string> = Object.fromEntries([
  ...[...'àáâãäå'].map((c) => [c, 'a']), ...[...'èéêë'].map((c) => [c, 'e']), ...[...'ìíîï'].map((c) => [c, 'i']),
  ...[...'òóôõö'].map((c) => [c, 'o']), ...[...'ùúûü'].map((c) => [c, 'u']), ['ç', 'c'], ['ñ', 'n'], ['ý', 'y'], ['ÿ', 'y'],
  // Not a letter, digit, dot or space, like the apostrophe: the rules treat them alike.
  ...[...'‘’‚‛“”„‟«»–—'].map((c) => [c, "'"]),
]);
const FOLDABLE = /[àáâãäåèéêëìíîïòóôõöùúûüçñýÿ‘’‚‛“”„‟«»–—]/g;
// Built on first use, not at import: the app imports this module for its search, and
// building the table (8k code units) was ~9 ms of its start, before the first draw.
let plainTable: Int8Array | undefined;
const table = () => (plainTable ??= buildKeyTable(FOLD));

/** The match key of a text: lowercase, unaccented, words separated by single spaces. */
export function matchKey(text: string): string {
  return plainKey(text, table()) ?? generalKey(text);
}

/**
 * The match key by the one-pass rule, or null when the text needs the general one. A key
 * it gives is empty or lowercase ASCII words joined by single spaces (what `simple` below
 * means), so callers that know it came from here can skip testing for that.
 */
export function plainMatchKey(text: string): string | null {
  return plainKey(text, table());
}

/** The rule for any text (plain-key.ts gives the same key faster for the common ones). */
export function generalKey(text: string): string {
  let s = text.toLowerCase();
  let ascii = ASCII.test(s);
  if (!ascii) {
    // The common case, cheaply; anything else still goes through Unicode decomposition.
    s = s.replace(FOLDABLE, (c) => FOLD[c]!);
    ascii = ASCII.test(s);
  }
  if (!ascii) {
    // Lowercase again: compatibility forms decompose to capitals (ᴬ → A).
    s = s.normalize('NFKD').toLowerCase().replace(MARKS, '').replace(SPECIAL_LETTERS, (c) => TRANSLITERATE[c]!);
    ascii = ASCII.test(s);
  }
  if (s.includes('.')) {
    s = s.replace(DECIMAL_DOT, ' ');
    s = ascii
      ? s.replace(SPACED_LETTERS_ASCII, '$1.').replace(SPACED_INITIAL_ASCII, '$1.').replace(DOTTED_ABBREVIATION_ASCII, (m) => m.replaceAll('.', ''))
      : s.replace(SPACED_LETTERS, '$1.').replace(SPACED_INITIAL, '$1.').replace(DOTTED_ABBREVIATION, (m) => m.replaceAll('.', ''));
  }
  return s.replace(ascii ? NOT_WORD_ASCII : NOT_WORD, ' ').trim();
}

/** Longest slug returned; longer keys are cut at a word boundary and get a hash suffix. */
export const MAX_SLUG_LENGTH = 60;
const CUT_LENGTH = 48;
const HASH_LENGTH = 10;
const SIMPLE_KEY = /^[a-z0-9]+(?: [a-z0-9]+)*$/;
const HYPHEN = 0x2d;
const writer = new AsciiWriter();

/**
 * The slug of a key of lowercase ASCII words (what matchKey gives for most text): the rule
 * below, worked on the key itself and written as one flat string.
 */
function simpleSlug(key: string): string {
  if (key.length <= MAX_SLUG_LENGTH) return writer.begin(key.length).text(key, 0, key.length, HYPHEN).end();
  let cut = CUT_LENGTH;
  const space = key.lastIndexOf(' ', CUT_LENGTH - 1);
  if (space > CUT_LENGTH / 2) cut = space;
  while (cut > 0 && key.charCodeAt(cut - 1) === 0x20) cut--;
  const hash = hash53Hex(key);
  return writer.begin(cut + 2 + HASH_LENGTH).text(key, 0, cut, HYPHEN).text('--').text(hash, 0, HASH_LENGTH).end();
}

/**
 * A readable id fragment for a key: lowercase ASCII words joined by hyphens
 * (`consiag-servizi-comuni-srl`). Distinct keys get distinct slugs: when the key is too
 * long or holds letters ASCII cannot spell, the slug is cut and ends in `--` and a hash
 * of the whole key (a double hyphen never occurs otherwise). An empty key gives ''.
 * `simple`: the key is known to be lowercase ASCII words joined by single spaces.
 */
export function slug(key: string, simple = SIMPLE_KEY.test(key)): string {
  if (simple) return simpleSlug(key);
  const words = key.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  const ascii = words.map((w) => w.replace(/[^a-z0-9]+/g, '')).filter((w) => w !== '');
  let plain = ascii.join('-');
  const lossless = ascii.length === words.length && ascii.every((w, i) => w === words[i]) && key.toLowerCase() === words.join(' ');
  if (lossless && plain.length <= MAX_SLUG_LENGTH) return plain;
  if (words.length === 0) return '';
  if (plain.length > CUT_LENGTH) {
    plain = plain.slice(0, CUT_LENGTH);
    const hyphen = plain.lastIndexOf('-');
    if (hyphen > CUT_LENGTH / 2) plain = plain.slice(0, hyphen);
    plain = plain.replace(/-+$/, '');
  }
  const hash = hash53Hex(key).slice(0, HASH_LENGTH);
  return `${plain === '' ? 'x' : plain}--${hash}`;
}
