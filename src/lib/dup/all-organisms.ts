/**
 * Names in the organisms cell that stand for all organisms, or for a whole group of them,
 * rather than naming one: "Tutte le partecipate", "tutti gli organismi partecipati",
 * "tutte le altre società controllate", "Tutti". Read as names they became one unknown
 * organism "tutti gli organismi", with edges to every action of the row and a place in the
 * load ranking. They are not organisms: the row keeps its actions, and the parser warns
 * (`organisms-all`, rows.ts) that they are assigned to no organism through this phrase.
 *
 * The phrase is not expanded to every organism in the registry: the registry lists the
 * Comune's organisms, which need not be the ones the document means ("tutte le partecipate"
 * may mean the companies and not the foundations, or those in one sector), and giving a
 * row to all 36 would put every organism's load up by the same guess.
 *
 * A name is the phrase only as a whole (quotes, brackets and a trailing remark in
 * parentheses aside), by the identity rule (case, accents, apostrophes, spacing):
 * "Tutti in scena srl" is a name. The one exception is a phrase joined to a name with "e",
 * "ed" or "/" instead of a comma ("Consiag e tutte le altre partecipate"), when the phrase
 * has its group noun (a bare "e tutti" may end a name).
 */
import { matchKey } from './match-key';
import { identityKey } from './identity-key';

/** Longer texts are names (the longest phrase below with a remark is well under this). */
const MAX_PHRASE = 120;
/** Leading quotes and brackets skipped before the "tutt" test, at most this many. */
const MAX_LEADING = 3;
const LEADING = new Set([0x22, 0x27, 0x28, 0x5b, 0x7b, 0x20, 0xab, 0x2039, 0x201c, 0x201e, 0x2018, 0x201a, 0x201d, 0xff02]);
const T = 0x74;
const U = 0x75;
const CASE = 0x20;
/** "u" with an accent (ù ú û ü, either case): "Tùtti" is a slip of the same word. */
const ACCENTED_U = new Set([0xf9, 0xfa, 0xfb, 0xfc, 0xd9, 0xda, 0xdb, 0xdc]);

// The parts of the phrases, as identity keys (no spaces between letters).
const ARTICLE = '(?:gli|gl|le|l|i)?';
const GROUP = '(?:altr[ei])?(?:organismi|partecipat[ei]|societa|enti)(?:partecipat[ei]|controllat[ei]|collegat[ei])?';

/**
 * The identity key of the phrases: "tutti" or "tutte" alone, or followed by an optional
 * article (gli, gl', le, i, l'), an optional "altri"/"altre", a group noun (organismi,
 * partecipati/e, società, enti) and an optional qualifier (partecipati/e, controllati/e,
 * collegati/e); then an optional second group joined with "e"/"ed" ("tutti gli enti e le
 * società partecipate") and an optional "del/dal Comune (di Prato)".
 */
const PHRASE = new RegExp(`^tutt[ei](?:${ARTICLE}${GROUP}(?:(?:e|ed)${ARTICLE}${GROUP})?(?:(?:del|dal)comune(?:diprato)?)?)?$`);

function isPhrase(text: string): boolean {
  return PHRASE.test(identityKey(matchKey(text)));
}

/** Where a trailing remark in parentheses starts ("… (escluse le fondazioni)"), after `from`; -1 when none. */
function remarkAt(name: string, from: number): number {
  const open = name.lastIndexOf('(');
  return open > from && name.trimEnd().endsWith(')') ? open : -1;
}

/** Whether `name` (one tidied name of the organisms cell) stands for all organisms or a group, not one. */
export function isAllOrganisms(name: string): boolean {
  // The common path: a name that does not start with "tutt" (after a quote or bracket) is one.
  if (name.length > MAX_PHRASE) return false;
  let i = 0;
  while (i < MAX_LEADING && i < name.length && LEADING.has(name.charCodeAt(i))) i++;
  if (name.length < i + 5) return false;
  const u = name.charCodeAt(i + 1);
  if ((name.charCodeAt(i) | CASE) !== T || ((u | CASE) !== U && !ACCENTED_U.has(u))) return false;
  if ((name.charCodeAt(i + 2) | CASE) !== T || (name.charCodeAt(i + 3) | CASE) !== T) return false;
  if (isPhrase(name)) return true;
  // A remark in parentheses after the phrase: "tutte le partecipate (escluse le fondazioni)".
  const open = remarkAt(name, i);
  return open > 0 && isPhrase(name.slice(0, open));
}

/** Only a name holding "tutt" somewhere, at most this long, is looked at further. */
const MAX_JOINED = 240;
const TUTT = /t[uùúûü]tt/i;
/** "e", "ed" or "/" before a word starting with "tutt" (after a quote or bracket). */
const JOINER_BEFORE_PHRASE = /(?:\s+(?:e|ed)\s+|\s*\/\s*)(?=[^\p{L}\p{N}\s]{0,3}t[uùúûü]tt)/giu;

/** What one name of the organisms cell holds when it is, or ends in, a phrase for all organisms. */
export interface AllOrganismsName {
  /** The organism it still names ("Consiag" of "Consiag e tutte le partecipate"), or undefined. */
  name: string | undefined;
  /** The phrases, as written. */
  phrases: string[];
}

/**
 * The phrases for all organisms in `name` (one tidied name of the organisms cell): the whole
 * name, or a phrase joined after a name with "e", "ed" or "/". Undefined when there is none.
 */
export function allOrganismsIn(name: string): AllOrganismsName | undefined {
  // The common path: one search, no key, for a name with no "tutt" in it.
  if (name.length > MAX_JOINED || !TUTT.test(name)) return undefined;
  if (isAllOrganisms(name)) return { name: undefined, phrases: [name] };
  let at = -1;
  let end = -1;
  JOINER_BEFORE_PHRASE.lastIndex = 0;
  for (let m = JOINER_BEFORE_PHRASE.exec(name); m !== null; m = JOINER_BEFORE_PHRASE.exec(name)) {
    at = m.index;
    end = m.index + m[0].length;
  }
  if (at <= 0) return undefined;
  const phrase = name.slice(end).trim();
  const head = name.slice(0, at).trim();
  if (head === '' || !isAllOrganisms(phrase)) return undefined;
  // "Amici e tutti": a bare "tutti" after a name may be the end of that name.
  const open = remarkAt(phrase, 0);
  const bare = identityKey(matchKey(open > 0 ? phrase.slice(0, open) : phrase));
  if (bare === 'tutti' || bare === 'tutte') return undefined;
  return isAllOrganisms(head) ? { name: undefined, phrases: [head, phrase] } : { name: head, phrases: [phrase] };
}
