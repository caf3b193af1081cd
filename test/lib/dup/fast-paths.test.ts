/**
 * The one-pass match key, the slug of simple keys and the organisms splitter were rewritten
 * for speed; each must agree with the rule it replaced. The old code is kept here as the
 * oracle, and compared on random text: ASCII, accented Latin, typographic quotes, dots,
 * letters that need Unicode decomposition, other scripts, controls and surrogates.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generalKey, matchKey, slug, MAX_SLUG_LENGTH } from '../../../src/lib/dup/match-key';
import { buildKeyTable, plainKey } from '../../../src/lib/dup/plain-key';
import { hash53Hex } from '../../../src/lib/dup/hash';
import { splitOrganisms } from '../../../src/lib/dup/organisms';
import { isPlaceholder } from '../../../src/lib/dup/placeholder';
import { AsciiWriter } from '../../../src/lib/dup/ascii-writer';
import { mayHoldInvisible, recognizeHeader } from '../../../src/lib/dup/header';
import { parseDocument } from '../../../src/lib/dup/parse';

const text = fc.array(
  fc.oneof(
    { weight: 6, arbitrary: fc.stringMatching(/^[A-Za-z0-9 ]{0,12}$/) },
    { weight: 3, arbitrary: fc.constantFrom('à', 'È', 'é', 'Ì', 'ò', 'Ù', 'ç', 'Ñ', 'ÿ', 'Ÿ', 'Ý', '’', '‘', '“', '”', '«', '»', '–', '—', "'", '"', '.', ' . ', 'S.p.A.', 'So.Ri', 'F. Datini', 's. p. a.', ',', ';', ':', '(', ')', '-', '/', '&') },
    { weight: 2, arbitrary: fc.constantFrom('ß', 'æ', 'Ø', 'ł', 'ı', 'İ', 'ﬁ', 'Ａ', 'ᴬ', 'Σ', 'ς', 'µ', 'e\u0301', '½', '²', 'Ω', '東京', 'עברית', '١٢', '\u00a0', '\u2009', '\u200b', '\u0000', '\u007f', '\ud800', '\u{1F600}', 'K', 'Å') },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  ),
  { maxLength: 12 },
).map((parts) => parts.join(''));

const FOLD_FOR_TEST = { à: 'a', é: 'e' };

describe('plainKey', () => {
  it('gives the general rule\'s key whenever it answers', () => {
    const table = buildKeyTable(Object.fromEntries([
      ...[...'àáâãäå'].map((c) => [c, 'a']), ...[...'èéêë'].map((c) => [c, 'e']), ...[...'ìíîï'].map((c) => [c, 'i']),
      ...[...'òóôõö'].map((c) => [c, 'o']), ...[...'ùúûü'].map((c) => [c, 'u']), ['ç', 'c'], ['ñ', 'n'], ['ý', 'y'], ['ÿ', 'y'],
      ...[...'‘’‚‛“”„‟«»–—'].map((c) => [c, "'"]),
    ]));
    fc.assert(
      fc.property(text, (t) => {
        const fast = plainKey(t, table);
        if (fast !== null) expect(fast).toBe(generalKey(t));
        expect(matchKey(t)).toBe(generalKey(t));
      }),
      { numRuns: 20_000 },
    );
  });

  it('answers plain Italian text itself, and leaves dots and decomposable letters to the general rule', () => {
    const table = buildKeyTable(FOLD_FOR_TEST);
    expect(plainKey("CITTA' DEL FUTURO", table)).toBe('citta del futuro');
    expect(plainKey('Città  del futuro (2)', table)).toBe('citta del futuro 2');
    expect(plainKey('S.p.A.', table)).toBeNull();
    expect(plainKey('Straße', table)).toBeNull();
    const key = 'gia una chiave';
    expect(plainKey(key, table)).toBe(key);
  });
});

/** The slug as it was written before simple keys got their own path (the oracle). */
function oldSlug(key: string): string {
  let plain: string;
  if (/^[a-z0-9]+(?: [a-z0-9]+)*$/.test(key)) {
    plain = key.replaceAll(' ', '-');
    if (plain.length <= 60) return plain;
  } else {
    const words = key.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
    const ascii = words.map((w) => w.replace(/[^a-z0-9]+/g, '')).filter((w) => w !== '');
    plain = ascii.join('-');
    const lossless = ascii.length === words.length && ascii.every((w, i) => w === words[i]) && key.toLowerCase() === words.join(' ');
    if (lossless && plain.length <= 60) return plain;
    if (words.length === 0) return '';
  }
  if (plain.length > 48) {
    plain = plain.slice(0, 48);
    const hyphen = plain.lastIndexOf('-');
    if (hyphen > 24) plain = plain.slice(0, hyphen);
    plain = plain.replace(/-+$/, '');
  }
  return `${plain === '' ? 'x' : plain}--${hash53Hex(key).slice(0, 10)}`;
}

describe('slug', () => {
  const simpleKey = fc.array(fc.stringMatching(/^[a-z0-9]{1,14}$/), { minLength: 1, maxLength: 14 }).map((w) => w.join(' '));
  it('of simple keys (the fast path) is what it was, at every length around the cuts', () => {
    fc.assert(fc.property(simpleKey, (key) => {
      expect(slug(key)).toBe(oldSlug(key));
    }), { numRuns: 20_000 });
    for (let n = 1; n <= 130; n++) {
      const key = Array.from({ length: n }, (_, i) => (i % 7 === 6 ? ' ' : 'abcdefghij'[i % 10])).join('').trim().replace(/ +/g, ' ');
      expect(slug(key)).toBe(oldSlug(key));
    }
  });
  it('of any key is what it was', () => {
    fc.assert(fc.property(text.map(matchKey), (key) => {
      expect(slug(key)).toBe(oldSlug(key));
    }), { numRuns: 5_000 });
    expect(slug('a'.repeat(200)).length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
  });
});

/** The organisms splitter before it compared character codes (the oracle). */
function oldSplit(paragraphs: readonly string[]): string[] {
  const CLOSERS: Record<string, string> = { '(': ')', '[': ']', '{': '}', '«': '»', '‹': '›', '“': '”' };
  const OPENER_OF: Record<string, string> = Object.fromEntries(Object.entries(CLOSERS).map(([o, c]) => [c, o]));
  const mask = (t: string) => {
    const depth = new Int32Array(t.length + 1);
    const open: Array<{ ch: string; at: number }> = [];
    const count: Record<string, number> = {};
    let quoteAt = -1;
    for (let i = 0; i < t.length; i++) {
      const ch = t[i]!;
      if (ch in CLOSERS) {
        open.push({ ch, at: i });
        count[ch] = (count[ch] ?? 0) + 1;
      } else if (ch in OPENER_OF && (count[OPENER_OF[ch]!] ?? 0) > 0) {
        let top = open.pop();
        while (top) {
          count[top.ch]! -= 1;
          if (top.ch === OPENER_OF[ch]) break;
          top = open.pop();
        }
        if (top) { depth[top.at]! += 1; depth[i + 1]! -= 1; }
      } else if (ch === '"' || ch === '＂' || ch === '”') {
        if (quoteAt < 0) quoteAt = i;
        else { depth[quoteAt]! += 1; depth[i + 1]! -= 1; quoteAt = -1; }
      }
    }
    const m = new Uint8Array(t.length);
    let level = 0;
    for (let i = 0; i < t.length; i++) { level += depth[i]!; m[i] = level > 0 ? 1 : 0; }
    return m;
  };
  const out: string[] = [];
  // Since placeholders ("n.d.", "/") name nothing, the rule has dropped them too.
  const tidy = (n: string) => {
    const name = n.replace(/^[\s·•▪◦*–—-]+/, '').trim();
    return isPlaceholder(name) ? '' : name;
  };
  for (const p of paragraphs) {
    const m = mask(p);
    let start = 0;
    for (let i = 0; i <= p.length; i++) {
      if (i < p.length && !(m[i] === 0 && (p[i] === ',' || p[i] === ';'))) continue;
      const name = tidy(p.slice(start, i));
      if (name !== '') out.push(name);
      start = i + 1;
    }
  }
  return out;
}

describe('splitOrganisms', () => {
  const cell = fc.array(fc.oneof(
    { weight: 4, arbitrary: fc.stringMatching(/^[A-Za-z .]{0,10}$/) },
    { weight: 4, arbitrary: fc.constantFrom(',', ';', ', ', '(', ')', '[', ']', '{', '}', '«', '»', '‹', '›', '“', '”', '"', '＂', ' • ', '- ', '* ', '—', '\u00a0', '/', 'n.d.', 'N/A') },
  ), { maxLength: 14 }).map((p) => p.join(''));
  it('splits as it did', () => {
    fc.assert(fc.property(fc.array(cell, { maxLength: 3 }), (ps) => {
      expect(splitOrganisms(ps)).toEqual(oldSplit(ps));
    }), { numRuns: 20_000 });
  });
});

describe('AsciiWriter', () => {
  it('writes text, codes and hex as one string, also past its first buffer', () => {
    const w = new AsciiWriter();
    expect(w.begin(20).text('ab cd', 0, 5, 0x2d).code(0x3a).hex8(0xdeadbeef).end()).toBe('ab-cd:deadbeef');
    expect(w.begin(3).text('xyz').end()).toBe('xyz');
    const long = 'k'.repeat(5000);
    expect(w.begin(long.length).text(long).end()).toBe(long);
    expect(w.begin(4).hex8(0).end()).toBe('00000000');
  });
});


describe('header recognition shortcuts', () => {
  const cells = ['AM\u00adBITO', 'OBIETTIVO STRATEGICO', 'ORGANISMI\u200b PARTECIPATI'];
  it('tests lines for invisible characters only when the document may hold some', () => {
    expect(mayHoldInvisible('AMBITO\tOBIETTIVO')).toBe(false);
    expect(mayHoldInvisible(cells.join('\t'))).toBe(true);
    expect(mayHoldInvisible(undefined)).toBe(true);
    expect(recognizeHeader(cells, 1)).not.toBeNull();
    expect(recognizeHeader(['AMBITO', 'OBIETTIVO STRATEGICO', 'ORGANISMI'], 1, 'AMBITO\tOBIETTIVO STRATEGICO\tORGANISMI', true)).not.toBeNull();
    expect(recognizeHeader(['AMBITO', 'OBIETTIVO STRATEGICO', 'AZIONI'], 1, 'AMBITO\tOBIETTIVO STRATEGICO\tAZIONI', true)).toBeNull();
    // Read through the document: found as before, the hidden characters and all.
    const d = parseDocument([cells.join('\t'), 'a\tb\tc'].join('\n'), 'x.txt');
    expect(d.lineKinds).toEqual(['header', 'row']);
  });

  it('reads a header repeated byte for byte like the first, at its own line', () => {
    const h = 'AMBITO\tOBIETTIVO STRATEGICO\tORGANISMI';
    const d = parseDocument([h, 'a\tb\tc', '', 'pag. 2', h, 'a2\tb2\tc2'].join('\n'), 'x.txt');
    expect(d.lineKinds).toEqual(['header', 'row', 'blank', 'title', 'header', 'row']);
    expect(d.diagnostics.filter((x) => x.code === 'header-remapped')).toEqual([]);
  });
});

describe('rows without extra columns', () => {
  it('take a continuation that brings one, under a header that has it', () => {
    const plain = 'AMBITO\tOBIETTIVO STRATEGICO\tORGANISMI';
    const extra = 'AMBITO\tOBIETTIVO STRATEGICO\tORGANISMI\tINDICATORE';
    const d = parseDocument([plain, 'a\tb\tc', extra, '\t\t\tn. alberi'].join('\n'), 'x.txt');
    expect(d.lineKinds).toEqual(['header', 'row', 'header', 'continuation']);
    expect(d.rows[0]!.extra).toEqual({ INDICATORE: 'n. alberi' });
    const other = parseDocument([plain, 'a\tb\tc', 'a2\tb2\tc2'].join('\n'), 'x.txt');
    expect(other.rows.map((r) => r.extra)).toEqual([{}, {}]);
  });
});
