import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { labelBox, wrapLabel } from '../../../src/lib/view/label';
import { textWidth } from '../../../src/lib/view/text-width';

describe('wrapLabel', () => {
  it('keeps a short label on one line', () => {
    expect(wrapLabel('Recupero fauna selvatica', 26, 3)).toBe('Recupero fauna selvatica');
  });
  it('wraps at word boundaries and ends a cut text with an ellipsis', () => {
    const out = wrapLabel('Verde pubblico: Miglioramento dello stato sanitario e sicurezza alberature poste su sede stradale', 20, 2);
    const lines = out.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('Verde pubblico:');
    expect(lines[1].endsWith('…')).toBe(true);
    for (const l of lines) expect([...l].length).toBeLessThanOrEqual(20);
  });
  it('cuts a word longer than a line instead of overflowing', () => {
    const out = wrapLabel('Supercalifragilisticexpialidocious', 10, 3);
    expect(out.split('\n').every((l) => [...l].length <= 10)).toBe(true);
  });
  it('never exceeds its width or line count, never loses a text that fits', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 2, max: 40 }), fc.integer({ min: 1, max: 4 }), (s, w, n) => {
        const out = wrapLabel(s, w, n);
        const lines = out ? out.split('\n') : [];
        expect(lines.length).toBeLessThanOrEqual(n);
        for (const l of lines) expect(l.length).toBeLessThanOrEqual(w);
        if (!out.endsWith('…')) expect(out.replace(/\n/g, ' ').replace(/\s+/g, '')).toBe(s.replace(/\s+/g, ''));
      }),
    );
  });
  it('counts capitals and bold as wider than lower case: widths are per glyph, not per character', () => {
    expect(textWidth('CITTÀ DEL FUTURO', 15)).toBeGreaterThan(textWidth('città del futuro', 15));
    expect(textWidth('CITTÀ DEL FUTURO', 15, true)).toBeGreaterThan(textWidth('CITTÀ DEL FUTURO', 15));
    // Accented letters count as their base letter; unknown glyphs as the widest class.
    expect(textWidth('À', 10)).toBe(textWidth('A', 10));
    expect(textWidth('漢', 10)).toBeGreaterThanOrEqual(textWidth('M', 10));
    // Never short of DejaVu Sans Bold as Chromium draws it (160.2 px measured for this line at 15 px).
    expect(labelBox('CITTÀ DEL FUTURO', 15, true).w).toBeGreaterThanOrEqual(161);
  });
  it('estimates a box that grows with lines and length', () => {
    const one = labelBox('abc', 12);
    const two = labelBox('abc\nabcdef', 12);
    expect(two.w).toBeGreaterThan(one.w);
    expect(two.h).toBeGreaterThan(one.h);
  });
});
