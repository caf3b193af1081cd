/**
 * UI strings. Italian first; English with ?lang=en. Document text never passes through here.
 * Each feature keeps its strings in its own file (common, explorer, panels, export, presenter)
 * so features grow without touching each other; this module merges them and checks at
 * compile time that both languages have every key.
 */
import * as common from './common';
import * as explorer from './explorer';
import * as panels from './panels';
import * as exportStrings from './export';
import * as presenter from './presenter';

export const LANGS = ['it', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'it';

const it = { ...common.it, ...explorer.it, ...panels.it, ...exportStrings.it, ...presenter.it };
export type MessageKey = keyof typeof it;
const en: Record<MessageKey, string> = { ...common.en, ...explorer.en, ...panels.en, ...exportStrings.en, ...presenter.en };
const DICTS: Record<Lang, Record<MessageKey, string>> = { it, en };

export function parseLang(value: string | null | undefined): Lang {
  return value === 'en' ? 'en' : DEFAULT_LANG;
}

export type Params = Record<string, string | number>;

/** A count's plural choice, the one part of ICU MessageFormat the strings need:
 *  `{n, plural, one {# nodo} other {# nodi}}`, `#` standing for the number. */
const PLURAL = /\{(\w+), plural, one \{([^{}]*)\} other \{([^{}]*)\}\}/g;
const PLURAL_RULES: Partial<Record<Lang, Intl.PluralRules>> = {};

function pluralCategory(lang: Lang, n: number): Intl.LDMLPluralRule {
  return (PLURAL_RULES[lang] ??= new Intl.PluralRules(LOCALES[lang])).select(n);
}

/**
 * `t('en', 'panels.filters.hidden', { n: 3 })` → "3 nodes hidden by the filters". Numbers are
 * formatted for the language; `{n, plural, one {…} other {…}}` picks the form for the count.
 */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const template = DICTS[lang][key] ?? DICTS[DEFAULT_LANG][key] ?? key;
  if (!params) return template;
  const value = (name: string, m: string) => {
    const v = params[name];
    if (v === undefined) return m;
    return typeof v === 'number' ? formatNumber(lang, v) : v;
  };
  return template
    .replace(PLURAL, (m, name: string, one: string, other: string) => {
      const v = params[name];
      if (typeof v !== 'number') return m;
      return (pluralCategory(lang, v) === 'one' ? one : other).replaceAll('#', formatNumber(lang, v));
    })
    .replace(/\{(\w+)\}/g, (m, name: string) => value(name, m));
}

const LOCALES: Record<Lang, string> = { it: 'it-IT', en: 'en-GB' };
export function locale(lang: Lang): string {
  return LOCALES[lang];
}

// Building an Intl.NumberFormat costs far more than using one, and panels format
// hundreds of numbers on their first render: one formatter per language and options.
const FORMATTERS = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${options ? JSON.stringify(options) : ''}`;
  let f = FORMATTERS.get(key);
  if (!f) FORMATTERS.set(key, (f = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 3, ...options })));
  return f;
}

export function formatNumber(lang: Lang, n: number, options?: Intl.NumberFormatOptions): string {
  // The first formatter of a language loads its locale data (some 30 ms here), and the
  // first frame needs numbers only for small counts: below a thousand both languages
  // write an integer as its plain digits, so those never wait for Intl.
  if (!options && Number.isInteger(n) && n > -1000 && n < 1000 && !Object.is(n, -0)) return String(n);
  return numberFormat(lang, options).format(n);
}

export function formatPercent(lang: Lang, share: number): string {
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/** "2° su 10 organismi" / "2nd of 10 organisms". `of` is the plural noun, already translated. */
export function formatRank(lang: Lang, rank: number, total: number, of: string): string {
  if (lang === 'it') return `${rank}° su ${formatNumber(lang, total)} ${of}`;
  const mod100 = rank % 100;
  const suffix = mod100 >= 11 && mod100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][rank % 10] ?? 'th');
  return `${rank}${suffix} of ${formatNumber(lang, total)} ${of}`;
}

export function formatDate(lang: Lang, date: Date): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { year: 'numeric', month: 'long', day: 'numeric' }).format(date);
}
