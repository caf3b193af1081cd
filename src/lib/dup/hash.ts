/**
 * cyrb53 (bryc, public domain): a fast, well-mixed, non-cryptographic 53-bit string hash
 * over UTF-16 code units. Ids need a stable short suffix that tells long keys apart, not
 * a digest; SHA-256 per key cost more than the rest of id making (measured on 100k rows).
 * Collisions are still handled where ids are given out (graph/identity.ts).
 */

/** 53-bit hash of `text` as 14 lowercase hex digits. */
export function hash53Hex(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return value.toString(16).padStart(14, '0');
}
