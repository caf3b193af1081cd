import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { PATTERN_TILE, isMarked, patternMarks, patternTileUri } from '../../../src/lib/view/area-pattern';
import { AREA_PATTERNS, areaStyles, NEUTRAL } from '../../../src/lib/view/palette';
import { LARGE_GRAPH, patternRules, stylesheet } from '../../../src/lib/view/style';
import { planElements, organismElements } from '../../../src/lib/view/elements';
import { fixturePayloads } from './payloads';

/** The SVG document inside a tile's data URI, parsed, with any parse errors. */
function tile(uri: string) {
  const prefix = 'data:image/svg+xml;charset=utf-8,';
  expect(uri.startsWith(prefix)).toBe(true);
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, msg) => { if (level !== 'warning') errors.push(msg); } }).parseFromString(decodeURIComponent(uri.slice(prefix.length)), 'image/svg+xml');
  return { doc, errors };
}

describe('area patterns as drawing', () => {
  it('gives every pattern but the plain one a tile of marks, each tile different', () => {
    const marked = AREA_PATTERNS.filter((p) => p !== 'solid');
    expect(patternMarks('solid')).toBe('');
    expect(patternTileUri('solid')).toBeNull();
    expect(isMarked('solid')).toBe(false);
    expect(isMarked(undefined)).toBe(false);
    const uris = marked.map((p) => patternTileUri(p)!);
    expect(new Set(uris).size).toBe(marked.length);
    for (const [i, uri] of uris.entries()) {
      expect(isMarked(marked[i])).toBe(true);
      const { doc, errors } = tile(uri);
      expect(errors).toEqual([]);
      const svg = doc.documentElement!;
      // Intrinsic size is what a canvas pattern repeats at: one tile, in model units.
      expect([svg.getAttribute('width'), svg.getAttribute('height')]).toEqual([String(PATTERN_TILE), String(PATTERN_TILE)]);
      expect(svg.childNodes.length).toBeGreaterThan(0);
      // Transparent between the marks: the node's own colour shows through.
      expect(doc.getElementsByTagName('rect').length).toBe(0);
    }
  });

  it('puts a pattern rule on the canvas for each marked pattern, on small graphs only', () => {
    // Not in the first frame's stylesheet: the canvas adds them after it.
    expect(stylesheet(100).some((r) => r.selector.startsWith('node[pattern'))).toBe(false);
    const small = patternRules(100);
    expect(small.map((r) => r.selector).sort()).toEqual(AREA_PATTERNS.filter((p) => p !== 'solid').map((p) => `node[pattern = "${p}"]`).sort());
    for (const r of small) {
      expect(r.style['background-repeat']).toBe('repeat');
      expect(String(r.style['background-image'])).toBe(patternTileUri(r.selector.match(/"(\w+)"/)![1]!));
    }
    expect(patternRules(LARGE_GRAPH + 1)).toEqual([]);
  });

  for (const { name, index } of fixturePayloads()) {
    it(`gives ${name}'s nodes their colour's area pattern, none where the colour is not an area's`, () => {
      const styles = areaStyles(index.payload);
      const all = new Set(index.payload.nodes.map((n) => n.id));
      for (const set of [planElements(index, all), organismElements(index, all)]) {
        for (const { data } of set.nodes) {
          if (data.color === NEUTRAL) expect(data.pattern).toBe('');
          else expect(data.pattern).toBe(styles.get(data.area)!.pattern);
        }
      }
      const neutral = planElements(index, all, { organismColor: 'neutral' });
      for (const { data } of neutral.nodes) if (data.kind === 'organism') expect(data.pattern).toBe('');
    });
  }
});
