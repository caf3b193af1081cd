/**
 * A row's organisms from its cleaned organisms cell: the names split (organisms.ts), each
 * named once (by match key, first spelling kept), the names dropped as repeats, and the
 * names set apart because they stand for all organisms rather than one (all-organisms.ts).
 *
 * A large document names a few dozen organisms in a few thousand combinations, so the same
 * cell comes back on many rows; the cell cleaner hands out one paragraphs array per distinct
 * raw cell (row-cells.ts), and the list is worked out once per array. Lists are shared
 * between rows: they are read-only once parsed.
 */
import { matchKey } from './match-key';
import { identityKey } from './identity-key';
import { splitOrganisms } from './organisms';
import { allOrganismsIn } from './all-organisms';

export interface OrganismList {
  /** Names as written, in order, each organism once. */
  names: string[];
  /** Names left out because an earlier name on the row is the same organism, in order. */
  repeated: string[];
  /** Names that stand for all organisms or a group ("tutte le partecipate"), each once, in
   *  order: not organisms, so not in `names`. */
  all: string[];
}

/** Lists remembered before the memo starts over (it holds a document's distinct cells). */
const MEMO_LIMIT = 20_000;
/** A row names a handful of organisms: their keys are compared in a list, unless many. */
const SCAN = 16;
const NONE: string[] = Object.freeze([]) as unknown as string[];

export class OrganismLists {
  readonly #keys = new Map<string, string>();
  readonly #lists = new Map<readonly string[], OrganismList>();

  /** The identity key of an organism name (names repeat on thousands of rows: worth remembering). */
  key(name: string): string {
    let key = this.#keys.get(name);
    if (key === undefined) {
      if (this.#keys.size >= MEMO_LIMIT) this.#keys.clear();
      this.#keys.set(name, (key = identityKey(matchKey(name))));
    }
    return key;
  }

  /** The list for these paragraphs (the same array gives the same list). */
  of(paragraphs: readonly string[]): OrganismList {
    let list = this.#lists.get(paragraphs);
    if (list === undefined) {
      if (this.#lists.size >= MEMO_LIMIT) this.#lists.clear();
      this.#lists.set(paragraphs, (list = this.#make(paragraphs)));
    }
    return list;
  }

  #make(paragraphs: readonly string[]): OrganismList {
    const names = splitOrganisms(paragraphs);
    const keys = new Array<string>(names.length);
    const many = names.length > SCAN ? new Set<string>() : undefined;
    let repeated = NONE;
    let all = NONE;
    let kept = 0;
    for (let i = 0; i < names.length; i++) {
      let name = names[i]!;
      const phrases = allOrganismsIn(name);
      if (phrases !== undefined) {
        if (all === NONE) all = [];
        for (const p of phrases.phrases) if (!all.some((a) => this.key(a) === this.key(p))) all.push(p);
        if (phrases.name === undefined) continue;
        name = phrases.name;
      }
      const key = this.key(name);
      if (many ? many.has(key) : keys.lastIndexOf(key, kept - 1) >= 0) {
        if (repeated === NONE) repeated = [];
        repeated.push(name);
        continue;
      }
      many?.add(key);
      keys[kept] = key;
      names[kept++] = name;
    }
    // An exact-size copy: a list grown by push keeps room for 17.
    return { names: names.slice(0, kept), repeated, all };
  }
}
