/**
 * formatNumber skips Intl for small integers: it must write exactly what Intl writes, in
 * both languages, for every number, on and off the fast path.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatNumber, locale, type Lang } from '../../../src/lib/i18n';

const LANGS: Lang[] = ['it', 'en'];
const intl = (lang: Lang, n: number, options?: Intl.NumberFormatOptions) =>
  new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 3, ...options }).format(n);

describe('formatNumber', () => {
  it.each(LANGS)('%s: every integer from -1500 to 1500, and -0, as Intl writes it', (lang) => {
    for (let n = -1500; n <= 1500; n++) expect(formatNumber(lang, n)).toBe(intl(lang, n));
    expect(formatNumber(lang, -0)).toBe(intl(lang, -0));
  });

  it.each(LANGS)('%s: any number, with or without options, as Intl writes it', (lang) => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -999, max: 999 })), (n) => {
        expect(formatNumber(lang, n)).toBe(intl(lang, n));
        expect(formatNumber(lang, n, { maximumSignificantDigits: 3 })).toBe(intl(lang, n, { maximumSignificantDigits: 3 }));
      }),
      { numRuns: 300 },
    );
  });

  it('groups thousands as each language does', () => {
    expect(formatNumber('en', 1000)).toBe('1,000');
    expect(formatNumber('it', 12345)).toBe('12.345');
    expect(formatNumber('it', 0.5)).toBe('0,5');
  });
});
