import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { sha256Hex, sha256Text } from '../../../src/lib/dup/sha256';

const node = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('sha256', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ])('known digest of %j', (text, digest) => {
    expect(sha256Text(text)).toBe(digest);
  });

  it.each([55, 56, 63, 64, 65, 119, 120, 128, 1000])('padding boundary: %i bytes', (n) => {
    const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 31 + 7) & 0xff);
    expect(sha256Hex(bytes)).toBe(node(bytes));
  });

  it('agrees with node:crypto on random inputs, also on a view into a larger buffer', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.nat(16), (bytes, pad) => {
        const backing = new Uint8Array(bytes.length + pad * 2);
        backing.set(bytes, pad);
        const view = backing.subarray(pad, pad + bytes.length);
        expect(sha256Hex(view)).toBe(node(bytes));
      }),
      { numRuns: 200 },
    );
  });
});
