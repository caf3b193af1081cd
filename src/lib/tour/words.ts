/**
 * Small phrase builders for captions: "3 obiettivi strategici", "A, B e C". UI words come
 * from the dictionaries; the names inside the lists are document text and pass untouched.
 */
import { translate, type Lang, type MessageKey } from '../i18n';
import type { NodeKind } from '../types';

/** "1 azione" / "5 azioni", "1 action" / "5 actions". */
export function countOf(lang: Lang, kind: NodeKind, n: number): string {
  const noun = translate(lang, (n === 1 ? `presenter.one.${kind}` : `kinds.${kind}`) as MessageKey);
  return translate(lang, 'presenter.count', { n, noun });
}

/** "A, B e C" / "A, B and C", as the language writes lists. */
export function listOf(lang: Lang, items: readonly string[]): string {
  if (items.length === 0) return '';
  return new Intl.ListFormat(lang === 'it' ? 'it-IT' : 'en-GB', { style: 'long', type: 'conjunction' }).format(items);
}

/** First `max` items, then "e altri N" / "and N more". */
export function listSome(lang: Lang, items: readonly string[], max: number): string {
  if (items.length <= max) return listOf(lang, items);
  const rest = translate(lang, 'presenter.andMore', { n: items.length - max });
  return `${items.slice(0, max).join(', ')} ${rest}`;
}

/** Ends a sentence with a full stop, unless its last word already brought one ("So.Ri."). */
export function endSentence(text: string): string {
  const t = text.trimEnd();
  return /[.!?…]$/.test(t) ? t : `${t}.`;
}
