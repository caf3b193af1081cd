/**
 * Counts in UI strings take the form their number needs: "1 nodo", "2 nodi", "1 node". The
 * rule is the language's (Intl.PluralRules); every string with a plural choice is checked
 * for 0, 1, 2 and a thousand in both languages, so no "1 nodi" and no raw pattern leaks.
 */
import { describe, expect, it } from 'vitest';
import { translate, LANGS, type MessageKey } from '../../../src/lib/i18n';
import * as common from '../../../src/lib/i18n/common';
import * as explorer from '../../../src/lib/i18n/explorer';
import * as panels from '../../../src/lib/i18n/panels';
import * as exportStrings from '../../../src/lib/i18n/export';
import * as presenter from '../../../src/lib/i18n/presenter';

const it_ = { ...common.it, ...explorer.it, ...panels.it, ...exportStrings.it, ...presenter.it } as Record<string, string>;
const en_ = { ...common.en, ...explorer.en, ...panels.en, ...exportStrings.en, ...presenter.en } as Record<string, string>;

describe('plural forms', () => {
  it('pick the singular for one and the plural otherwise, in each language', () => {
    expect(translate('it', 'panels.filters.hidden', { n: 1 })).toBe('1 nodo nascosto dai filtri');
    expect(translate('it', 'panels.filters.hidden', { n: 2 })).toBe('2 nodi nascosti dai filtri');
    expect(translate('it', 'panels.filters.hidden', { n: 0 })).toBe('0 nodi nascosti dai filtri');
    expect(translate('en', 'panels.filters.hidden', { n: 1 })).toBe('1 node hidden by the filters');
    expect(translate('en', 'panels.ranking.hidden', { n: 1 })).toBe('1 organism hidden by the filters');
    expect(translate('it', 'panels.ranking.hidden', { n: 1 })).toBe('1 organismo nascosto dai filtri');
    expect(translate('it', 'export.scope.counts', { nodes: 1, edges: 0 })).toBe('1 nodo, 0 collegamenti');
    expect(translate('en', 'export.scope.counts', { nodes: 1, edges: 1 })).toBe('1 node, 1 edge');
    expect(translate('it', 'presenter.andMore', { n: 1 })).toBe('e un altro');
    expect(translate('it', 'presenter.andMore', { n: 3 })).toBe('e altri 3');
  });

  it('format the number for the language inside the choice', () => {
    expect(translate('it', 'panels.filters.hidden', { n: 12345 })).toBe('12.345 nodi nascosti dai filtri');
    expect(translate('en', 'panels.filters.hidden', { n: 12345 })).toBe('12,345 nodes hidden by the filters');
  });

  it('leave no pattern behind in any string with a plural choice, for any count', () => {
    const keys = Object.keys(it_).filter((k) => it_[k]!.includes(', plural,') || en_[k]!.includes(', plural,'));
    expect(keys.length).toBeGreaterThan(10);
    for (const lang of LANGS) {
      for (const key of keys) {
        const names = [...(lang === 'it' ? it_ : en_)[key]!.matchAll(/\{(\w+)/g)].map((m) => m[1]!);
        for (const n of [0, 1, 2, 1000]) {
          const params = Object.fromEntries(names.map((name) => [name, n]));
          const text = translate(lang, key as MessageKey, params);
          expect(text, `${lang} ${key} ${n}`).not.toMatch(/[{}#]|plural/);
        }
      }
    }
  });

  it('keep a pattern whose count is missing visible, rather than guessing', () => {
    expect(translate('en', 'panels.filters.hidden', {})).toContain('plural');
  });
});
