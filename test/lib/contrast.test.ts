/**
 * Colour contrast, from the colours the app really uses (WCAG 2.1 AA):
 * - text ≥ 4.5:1, graphical objects and UI component boundaries ≥ 3:1 (1.4.3, 1.4.11);
 * - src/app.css's custom properties, read from the file, each with a declared role;
 * - every text colour in app.css and in the components' <style> blocks, against every
 *   background of the opposite lightness its component paints (or, if it paints none, the
 *   whole app: the worst case), inactive (:disabled) controls excepted as WCAG allows;
 * - the canvas: area colours and the neutral colour (src/lib/view/palette.ts), label,
 *   edge and state colours from the real stylesheet (src/lib/view/style.ts), and both
 *   projector themes (src/lib/tour/projector-style.ts).
 * Rendered contrast of each view is also audited by axe in test/e2e/a11y.spec.ts.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AREA_PALETTE, CANVAS_BACKGROUND, NEUTRAL, contrastRatio } from '../../src/lib/view/palette';
import { stylesheet } from '../../src/lib/view/style';
import { PROJECTOR_COLORS, PROJECTOR_THEMES, projectorStyle } from '../../src/lib/tour/projector-style';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TEXT = 4.5;
const GRAPHIC = 3;

interface Rule {
  file: string;
  selector: string;
  decls: Map<string, string>;
}

/** Innermost `selector { declarations }` blocks (at-rule wrappers fall away), comments out. */
function parseCss(css: string, file: string): Rule[] {
  const rules: Rule[] = [];
  const clean = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const m of clean.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const decls = new Map<string, string>();
    for (const d of m[2].split(';')) {
      const i = d.indexOf(':');
      if (i > 0) decls.set(d.slice(0, i).trim().toLowerCase(), d.slice(i + 1).trim());
    }
    rules.push({ file, selector: m[1].trim(), decls });
  }
  return rules;
}

/** #RGB, #RRGGBB, rgb(r g b) / rgb(r, g, b) → #RRGGBB; null for anything else (or translucent). */
function hex(value: string): string | null {
  const v = value.trim().toLowerCase();
  let m = /^#([0-9a-f]{3})$/.exec(v);
  if (m) return `#${[...m[1]].map((c) => c + c).join('')}`;
  m = /^#([0-9a-f]{6})$/.exec(v);
  if (m) return v;
  if (v === 'white') return '#ffffff';
  if (v === 'black') return '#000000';
  const rgb = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)\s*(?:[,/]\s*([\d.]+%?)\s*)?\)$/.exec(v);
  if (rgb && (rgb[4] === undefined || rgb[4] === '1' || rgb[4] === '100%')) {
    return `#${rgb.slice(1, 4).map((c) => Number(c).toString(16).padStart(2, '0')).join('')}`;
  }
  return null;
}

const luminance = (c: string) => contrastRatio(c, '#000000') / 21;
const isLight = (c: string) => contrastRatio(c, '#000000') > contrastRatio(c, '#ffffff');

const appCss = parseCss(readFileSync(path.join(ROOT, 'src/app.css'), 'utf8'), 'src/app.css');
const rootVars = new Map<string, string>();
for (const r of appCss.filter((r) => r.selector === ':root')) {
  for (const [k, v] of r.decls) if (k.startsWith('--')) rootVars.set(k, v);
}
/** A colour value with app.css's custom properties resolved; null when it is not a plain colour. */
function resolve(value: string): string | null {
  const v = /^var\(\s*(--[\w-]+)\s*(?:,\s*([^)]+))?\)$/.exec(value.trim());
  if (v) return rootVars.has(v[1]) ? hex(rootVars.get(v[1])!) : v[2] ? hex(v[2]) : null;
  return hex(value);
}
/** The colour a `background` shorthand paints, when it is a single colour. */
function backgroundOf(r: Rule): string | null {
  const value = r.decls.get('background-color') ?? r.decls.get('background');
  if (!value) return null;
  return resolve(value.split(/\s+(?![^(]*\))/)[0]);
}

function svelteFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? svelteFiles(p) : p.endsWith('.svelte') ? [p] : [];
  });
}
const componentCss = [path.join(ROOT, 'src/App.svelte'), ...svelteFiles(path.join(ROOT, 'src/components'))].flatMap((file) => {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].flatMap((m) => parseCss(m[1], path.relative(ROOT, file)));
});
const allRules = [...appCss, ...componentCss];

describe('src/app.css custom properties', () => {
  /** Every colour property has a role; a new one fails here until it is given one. */
  const ROLES: Record<string, 'text' | 'graphic' | 'background'> = {
    '--text': 'text',
    '--muted': 'text',
    '--border': 'graphic',
    '--focus': 'graphic',
    '--bg': 'background',
  };
  const colours = [...rootVars].filter(([, v]) => hex(v) !== null);

  it('are read from the file, and each colour has a role', () => {
    expect(colours.length).toBeGreaterThanOrEqual(4);
    expect(colours.map(([k]) => k).filter((k) => !(k in ROLES))).toEqual([]);
    expect(rootVars.has('--bg')).toBe(true);
  });

  it.each(colours.filter(([k]) => ROLES[k] !== 'background'))('%s (%s) against --bg and the header band', (name, value) => {
    const need = ROLES[name] === 'text' ? TEXT : GRAPHIC;
    const bands = [hex(rootVars.get('--bg')!)!, ...allRules.filter((r) => /^\.header$/.test(r.selector)).map(backgroundOf).filter((c): c is string => c !== null)];
    for (const bg of bands) expect(contrastRatio(hex(value)!, bg), `${name} on ${bg}`).toBeGreaterThanOrEqual(need);
  });
});

describe('text colours in the app CSS and the components', () => {
  const textRules = allRules.filter((r) => r.decls.has('color') && !/:disabled/.test(r.selector));
  const texts = textRules.map((r) => ({ r, color: resolve(r.decls.get('color')!) })).filter((x): x is { r: Rule; color: string } => x.color !== null);
  const backgrounds = [...new Set(allRules.map(backgroundOf).filter((c): c is string => c !== null))];
  const pageBg = hex(rootVars.get('--bg')!)!;

  it('are found (the parser reads the real files)', () => {
    expect(texts.length).toBeGreaterThan(20);
    expect(backgrounds).toContain(pageBg);
  });

  it('each reaches 4.5:1 on its own background, or on every surface of the opposite lightness it may sit on', () => {
    const failures: string[] = [];
    for (const { r, color } of texts) {
      // Its own background when the rule sets one; else the surfaces its file paints (a
      // component's text sits on its own surfaces); else every surface of the app.
      const own = backgroundOf(r);
      const opposite = (list: string[]) => list.filter((b) => isLight(b) !== isLight(color));
      const local = opposite(allRules.filter((x) => x.file === r.file).map(backgroundOf).filter((c): c is string => c !== null));
      const against = own ? [own] : local.length ? local : opposite(backgrounds);
      for (const bg of against) {
        const ratio = contrastRatio(color, bg);
        if (ratio < TEXT) failures.push(`${r.file} ${r.selector}: ${color} on ${bg} = ${ratio.toFixed(2)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('focus outlines reach 3:1 on every light background', () => {
    const outlines = allRules.flatMap((r) => [r.decls.get('outline'), r.decls.get('outline-color')].filter((v): v is string => !!v).map((v) => ({ r, v })));
    const colours = outlines.map(({ r, v }) => ({ r, c: resolve(v.split(/\s+(?![^(]*\))/).find((p) => resolve(p) !== null) ?? '') })).filter((x): x is { r: Rule; c: string } => x.c !== null);
    expect(colours.length).toBeGreaterThan(0);
    const light = backgrounds.filter(isLight);
    const failures = colours.flatMap(({ r, c }) =>
      (isLight(c) ? backgrounds.filter((b) => !isLight(b)) : light).filter((b) => contrastRatio(c, b) < GRAPHIC).map((b) => `${r.file} ${r.selector}: ${c} on ${b}`),
    );
    expect(failures).toEqual([]);
  });
});

describe('the canvas (node colours against the background)', () => {
  const base = stylesheet(0);
  const nodeStyle = base.find((r) => r.selector === 'node')!.style as Record<string, string>;
  const edgeStyle = base.find((r) => r.selector === 'edge')!.style as Record<string, string>;

  it.each([...AREA_PALETTE, NEUTRAL])('node fill %s reaches 3:1 on the canvas', (c) => {
    expect(contrastRatio(c, CANVAS_BACKGROUND)).toBeGreaterThanOrEqual(GRAPHIC);
  });

  it('labels reach 4.5:1 on their backing and on the bare canvas; edges 3:1', () => {
    const label = hex(nodeStyle.color)!;
    expect(contrastRatio(label, hex(nodeStyle['text-background-color'])!)).toBeGreaterThanOrEqual(TEXT);
    expect(contrastRatio(label, CANVAS_BACKGROUND)).toBeGreaterThanOrEqual(TEXT);
    expect(contrastRatio(hex(edgeStyle['line-color'])!, CANVAS_BACKGROUND)).toBeGreaterThanOrEqual(GRAPHIC);
  });

  it('selection, chain, hover and search rings reach 3:1 on the canvas', () => {
    const rings = base.filter((r) => /^node\./.test(r.selector) && 'border-color' in r.style).map((r) => [r.selector, hex(String(r.style['border-color']))!] as const);
    expect(rings.length).toBeGreaterThanOrEqual(4);
    for (const [sel, c] of rings) expect(contrastRatio(c, CANVAS_BACKGROUND), sel).toBeGreaterThanOrEqual(GRAPHIC);
  });

  describe.each(PROJECTOR_THEMES)('projector theme %s', (theme) => {
    const colours = PROJECTOR_COLORS[theme];
    const rules = projectorStyle(theme);
    const node = rules.find((r) => r.selector === 'node')!.style as Record<string, string>;
    const edge = rules.find((r) => r.selector === 'edge')!.style as Record<string, string>;

    it('labels reach 7:1 (read from the back of a room), edges and lit rings 3:1', () => {
      expect(contrastRatio(hex(node.color)!, colours.background)).toBeGreaterThanOrEqual(7);
      expect(contrastRatio(hex(node['text-outline-color'])!, hex(node.color)!)).toBeGreaterThanOrEqual(TEXT);
      expect(contrastRatio(hex(edge['line-color'])!, colours.background)).toBeGreaterThanOrEqual(GRAPHIC);
      expect(contrastRatio(colours.lit, colours.background)).toBeGreaterThanOrEqual(GRAPHIC);
    });

    it('every node stands out by its fill or its border', () => {
      // The projector style keeps the area fills; the base border (white) outlines them on black.
      const border = hex(String(nodeStyle['border-color']))!;
      const weak = [...AREA_PALETTE, NEUTRAL].filter((c) => contrastRatio(c, colours.background) < GRAPHIC && contrastRatio(border, colours.background) < GRAPHIC);
      expect(weak).toEqual([]);
    });
  });
});

it('luminance helper agrees with the WCAG end points', () => {
  expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
  expect(luminance('#ffffff')).toBeCloseTo(1, 5);
  expect(hex('rgb(255, 0, 0)')).toBe('#ff0000');
  expect(hex('#abc')).toBe('#aabbcc');
  expect(hex('rgba(0, 0, 0, 0.5)')).toBeNull();
});
