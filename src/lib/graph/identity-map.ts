/**
 * Match key → node, by the identity rule (dup/identity-key.ts): a key that differs from a
 * known one only in the spaces between letters finds the known one's node. Keys are found
 * by a hash of what counts in them and compared in place, with no space-free copy made.
 */
import { identityHash, sameIdentity } from '../dup/identity-key';

export class IdentityMap {
  /** identityHash → entry, or entries when keys of two identities share a hash. */
  readonly #byHash = new Map<number, number | number[]>();
  readonly #keys: string[] = [];
  readonly #values: number[] = [];

  /** The node of `key`'s identity, or undefined. */
  get(key: string): number | undefined {
    const found = this.#byHash.get(identityHash(key));
    if (found === undefined) return undefined;
    if (typeof found === 'number') return sameIdentity(this.#keys[found]!, key) ? this.#values[found] : undefined;
    for (const entry of found) if (sameIdentity(this.#keys[entry]!, key)) return this.#values[entry];
    return undefined;
  }

  /** Notes a new identity (get found none for `key`). */
  set(key: string, value: number): void {
    const entry = this.#keys.push(key) - 1;
    this.#values.push(value);
    const h = identityHash(key);
    const found = this.#byHash.get(h);
    if (found === undefined) this.#byHash.set(h, entry);
    else if (typeof found === 'number') this.#byHash.set(h, [found, entry]);
    else found.push(entry);
  }
}
