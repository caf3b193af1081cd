/**
 * Per management objective, its actions by their own match key (the identity rule: an
 * action is its objective plus its text, keys compared as dup/identity-key.ts says). A
 * large document has tens of thousands of objectives with one to three actions each, and
 * a map apiece was that many small hash tables to allocate and collect; a flat list of
 * (key, node) pairs scanned in place is smaller and as quick at that size. Past a few
 * actions an IdentityMap takes over.
 */

import { sameIdentity } from '../dup/identity-key';
import { IdentityMap } from './identity-map';

/** Actions per objective kept in a list; beyond, an IdentityMap. */
const SCAN = 8;

export class ActionIndex {
  /** Per objective (by node index): key, node, key, node… */
  readonly #lists: Array<Array<string | number> | undefined> = [];
  readonly #maps = new Map<number, IdentityMap>();

  /** The action node of `management` whose key has this key's identity, or undefined. */
  get(management: number, key: string): number | undefined {
    const list = this.#lists[management];
    if (list === undefined) return this.#maps.get(management)?.get(key);
    for (let i = 0; i < list.length; i += 2) if (sameIdentity(list[i] as string, key)) return list[i + 1] as number;
    return undefined;
  }

  /** Notes a new action (get said there was none with this key). */
  add(management: number, key: string, node: number): void {
    const map = this.#maps.get(management);
    if (map !== undefined) {
      map.set(key, node);
      return;
    }
    const list = this.#lists[management];
    if (list === undefined) {
      this.#lists[management] = [key, node];
    } else if (list.length < 2 * SCAN) {
      list.push(key, node);
    } else {
      const byKey = new IdentityMap();
      for (let i = 0; i < list.length; i += 2) byKey.set(list[i] as string, list[i + 1] as number);
      byKey.set(key, node);
      this.#maps.set(management, byKey);
      this.#lists[management] = undefined;
    }
  }
}
