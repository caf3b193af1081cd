/**
 * The builder's lookups that replaced simpler ones: actions by objective in flat lists
 * (action-index.ts), and ids made without re-testing keys the one-pass rule already
 * vouches for. Each is checked against the plain structure or call it replaced.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ActionIndex } from '../../../src/lib/graph/action-index';
import { actionHashSeed, actionIdBase, idBase } from '../../../src/lib/graph/identity';
import { generalKey, matchKey, plainMatchKey, slug } from '../../../src/lib/dup/match-key';

describe('ActionIndex', () => {
  it('answers as one Map per objective would, below and past its list size', () => {
    const op = fc.tuple(fc.nat({ max: 4 }), fc.stringMatching(/^[a-c]{1,3}$/));
    fc.assert(fc.property(fc.array(op, { maxLength: 200 }), (ops) => {
      const index = new ActionIndex();
      const oracle = new Map<number, Map<string, number>>();
      ops.forEach(([management, key], i) => {
        const expected = oracle.get(management)?.get(key);
        expect(index.get(management, key)).toBe(expected);
        if (expected === undefined) {
          index.add(management, key, i);
          if (!oracle.has(management)) oracle.set(management, new Map());
          oracle.get(management)!.set(key, i);
        }
      });
      for (const [management, keys] of oracle) for (const [key, node] of keys) expect(index.get(management, key)).toBe(node);
    }), { numRuns: 2_000 });
  });
});

describe('ids from one-pass keys', () => {
  const text = fc.array(fc.oneof(
    fc.stringMatching(/^[A-Za-z0-9 ]{0,12}$/),
    fc.constantFrom('à', 'È', '’', '“', "'", '.', 'S.p.A.', ':', '(', ')', 'ß', '\u00a0', '-', 'x'.repeat(70)),
  ), { maxLength: 10 }).map((p) => p.join(''));
  it('are the ids the key alone gives: the one-pass key is simple whenever it is not empty', () => {
    fc.assert(fc.property(text, fc.string({ maxLength: 30 }).map(matchKey), (t, management) => {
      const plain = plainMatchKey(t);
      if (plain === null) {
        expect(matchKey(t)).toBe(generalKey(t));
        return;
      }
      expect(plain).toBe(matchKey(t));
      const simple = plain !== '';
      if (simple) expect(plain).toMatch(/^[a-z0-9]+(?: [a-z0-9]+)*$/);
      expect(slug(plain, simple)).toBe(slug(plain));
      expect(idBase('area', plain, simple)).toBe(idBase('area', plain));
      const seed = actionHashSeed(management);
      expect(actionIdBase(management, plain, seed, simple)).toBe(actionIdBase(management, plain));
    }), { numRuns: 10_000 });
  });
});
