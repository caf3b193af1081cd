/**
 * Node identity: which texts denote the same node, and the stable, readable id it gets.
 *
 * Keys come from the parser's `matchKey` (case, accents-as-apostrophes, quotes, dots…),
 * cached because carried-down cells repeat the same text on thousands of rows.
 * Ids are `${kind}:${slug}` (the parser's slug, which already shortens long keys with a
 * hash); should two different keys ever slug alike (a hash collision), the later one gets
 * a numeric suffix, so two keys never share an id.
 */
import type { NodeKind } from '../types';
import { matchKey, slug } from '../dup/match-key';

const ACTION_CUT = 48;
/** Joins the management objective's key and the action's key into the action's identity. */
const ACTION_SEPARATOR = '\u241f';

/** FNV-1a over UTF-16 code units, 32 bits, as 8 hex digits: short, stable, no dependencies. */
export function hash8(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

export class KeyCache {
  readonly #cache = new Map<string, string>();

  key(text: string): string {
    let k = this.#cache.get(text);
    if (k === undefined) {
      k = matchKey(text);
      this.#cache.set(text, k);
    }
    return k;
  }
}

/** Identity of an action: its management objective plus its own text. */
export function actionKey(managementKey: string, textKey: string): string {
  return managementKey + ACTION_SEPARATOR + textKey;
}

/**
 * The slug part of an id. The parser's `slug` is readable and distinct per key (long keys
 * end in `--hash`). An action's key also holds its management objective, so its slug is
 * its own text's words, cut short, plus a hash of the whole key: the same sentence under
 * two objectives is two actions with two ids.
 */
function idSlug(kind: NodeKind, key: string, readable: string): string {
  if (kind !== 'action') return slug(key) || 'n--' + hash8(key);
  // The first words only: short enough for `slug` to keep them as they are (no hash).
  let head = '';
  for (const word of readable.split(' ')) {
    if (head.length + word.length + 1 > ACTION_CUT && head !== '') break;
    head = head === '' ? word : head + ' ' + word;
  }
  const words = slug(head.slice(0, ACTION_CUT)).split('--')[0].replace(/-+$/, '');
  return `${words || 'n'}--${hash8(key)}`;
}

export class IdAllocator {
  /** Per kind, key → id (no concatenated owner strings: keys are long, and there are many). */
  readonly #idOf = new Map<NodeKind, Map<string, string>>();
  readonly #taken = new Set<string>();

  /**
   * The id for `key` of `kind`. `readable` is the key the slug is made from (for an
   * action, its own text's key, while `key` also holds its management objective).
   */
  id(kind: NodeKind, key: string, readable: string = key): string {
    let ofKind = this.#idOf.get(kind);
    if (ofKind === undefined) this.#idOf.set(kind, (ofKind = new Map()));
    const known = ofKind.get(key);
    if (known !== undefined) return known;
    const base = `${kind}:${idSlug(kind, key, readable)}`;
    let id = base;
    for (let n = 2; this.#taken.has(id); n++) id = `${base}-${n}`;
    ofKind.set(key, id);
    this.#taken.add(id);
    return id;
  }
}
