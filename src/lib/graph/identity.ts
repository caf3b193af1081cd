/**
 * Node identity: the stable, readable id a node gets from its kind and match key.
 *
 * Ids are `${kind}:${slug}` (the parser's slug, which already shortens long keys with a
 * hash); should two different keys ever slug alike (a hash collision), the later one gets
 * a numeric suffix, so two keys never share an id. Which texts are one node (the key) is
 * the builder's business; here only the id is made, from as few strings as possible:
 * an action's key is its management objective's key plus its own, ~150 characters, and a
 * large document has ~100k of them, so its hash is taken over the two parts as they are.
 */
import type { NodeKind } from '../types';
import { slug } from '../dup/match-key';
import { AsciiWriter } from '../dup/ascii-writer';

const ACTION_CUT = 48;
/** Joins the management objective's key and the action's key into the action's identity. */
const ACTION_SEPARATOR = '\u241f';
const FNV_OFFSET = 0x811c9dc5;
/** A key made of lowercase ASCII words and single spaces, as matchKey gives for most text. */
const SIMPLE_KEY = /^[a-z0-9]+(?: [a-z0-9]+)*$/;
const HYPHEN = 0x2d;
const ACTION_PREFIX = 'action:';
const writer = new AsciiWriter();

/** FNV-1a over UTF-16 code units, continued from `h` (32 bits). */
function fnv(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

function hex8(h: number): string {
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** FNV-1a over UTF-16 code units, 32 bits, as 8 hex digits: short, stable, no dependencies. */
export function hash8(text: string): string {
  return hex8(fnv(FNV_OFFSET, text));
}

/** Identity of an action: its management objective plus its own text. */
export function actionKey(managementKey: string, textKey: string): string {
  return managementKey + ACTION_SEPARATOR + textKey;
}

/**
 * The id an action would get before any clash: its own text's words, cut short, plus a
 * hash of its whole identity (`actionKey(managementKey, textKey)`): the same sentence
 * under two objectives is two actions with two ids. `simple`: the key is known to be
 * lowercase ASCII words joined by single spaces (as plainMatchKey's are).
 */
export function actionIdBase(
  managementKey: string, textKey: string, seed = actionHashSeed(managementKey), simple = SIMPLE_KEY.test(textKey),
): string {
  const h = fnv(seed, textKey);
  if (simple) {
    // The first words, up to ACTION_CUT characters (what the rule below keeps of such a
    // key), written with the rest of the id as one flat string.
    const cut = wordsEnd(textKey);
    return writer.begin(ACTION_PREFIX.length + cut + 10).text(ACTION_PREFIX).text(textKey, 0, cut, HYPHEN).text('--').hex8(h).end();
  }
  let head = '';
  for (const word of textKey.split(' ')) {
    if (head.length + word.length + 1 > ACTION_CUT && head !== '') break;
    head = head === '' ? word : head + ' ' + word;
  }
  const words = slug(head.slice(0, ACTION_CUT)).split('--')[0]!.replace(/-+$/, '');
  return `${ACTION_PREFIX}${words || 'n'}--${hex8(h)}`;
}

/** The hash of an action's identity is taken over its management objective's key first:
 *  the same for all its actions, so the builder works it out once per objective. */
export function actionHashSeed(managementKey: string): number {
  return fnv(fnv(FNV_OFFSET, managementKey), ACTION_SEPARATOR);
}

/** Where the first words of a simple key end: the first word, and those after it within ACTION_CUT. */
function wordsEnd(textKey: string): number {
  let cut = textKey.indexOf(' ');
  if (cut < 0 || cut >= ACTION_CUT) return Math.min(textKey.length, ACTION_CUT);
  for (;;) {
    const next = textKey.indexOf(' ', cut + 1);
    const end = next < 0 ? textKey.length : next;
    if (end > ACTION_CUT) return cut;
    cut = end;
    if (next < 0) return cut;
  }
}

/** The id a node of any other kind would get before any clash. */
export function idBase(kind: Exclude<NodeKind, 'action'>, key: string, simple?: boolean): string {
  // One short prefix on a flat slug: a two-piece rope is cheaper than copying the slug.
  return `${kind}:${slug(key, simple) || 'n--' + hash8(key)}`;
}

/** `base`, or `base-2`, `base-3`… the first one not taken. */
export function uniqueId(base: string, taken: (id: string) => boolean): string {
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
}

/** Hands out ids for keys and remembers them (the builder keeps its own key → node maps). */
export class IdAllocator {
  readonly #idOf = new Map<NodeKind, Map<string, string>>();
  readonly #taken = new Set<string>();
  readonly #isTaken = (id: string) => this.#taken.has(id);

  /**
   * The id for `key` of `kind`. For an action, `key` is `actionKey(management, text)`
   * and `readable` the text's own key, which the id's words come from.
   */
  id(kind: NodeKind, key: string, readable: string = key): string {
    let ofKind = this.#idOf.get(kind);
    if (ofKind === undefined) this.#idOf.set(kind, (ofKind = new Map()));
    const known = ofKind.get(key);
    if (known !== undefined) return known;
    let base: string;
    if (kind === 'action') {
      const management = key.slice(0, key.length - readable.length - ACTION_SEPARATOR.length);
      base = actionIdBase(management, readable);
    } else {
      base = idBase(kind, key);
    }
    const id = uniqueId(base, this.#isTaken);
    ofKind.set(key, id);
    this.#taken.add(id);
    return id;
  }
}
