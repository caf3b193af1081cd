/**
 * Tolerant forms of an organism's name, for when the document's spelling is not in the
 * registry verbatim: without the legal form ("Pin S.c.r.l." / "PIN", "Fondazione Politeama"
 * / "Politeama"), without parenthesised remarks, and without descriptors the documents
 * append after a separator ("Fondazione PARSEC ex CSN", "Pin S.c.r.l.– Polo Universitario…").
 */
import { matchKey } from '../dup/match-key';

/** Legal forms as match-key word sequences, longest first so "societa per azioni" beats "societa". */
const LEGAL_FORMS = [
  'societa consortile a responsabilita limitata', 'societa a responsabilita limitata semplificata',
  'societa a responsabilita limitata', 'societa consortile per azioni', 'societa per azioni',
  'societa cooperativa sociale', 'societa cooperativa', 'impresa sociale', 'soc coop', 'in house',
  'scarl', 'scrl', 'srls', 'srl', 'spa', 'scpa', 'sapa', 'sas', 'snc', 'sc', 'coop', 'onlus', 'ets', 'odv', 'aps',
].map((f) => f.split(' '));
/** A legal form written before the name. */
const LEADING_FORMS = ['fondazione'];
/** Where a document starts a descriptor after the name. */
const DESCRIPTOR = /\s+(?:ex|gi[aà]|gi[aà] denominat[ao]|ora|gi[aà] ex)\s+|\s*[([]|\s+[-–—]\s+|\s*[–—]\s*|\s+\/\s+/giu;

function endsWith(words: string[], tail: string[]): boolean {
  if (tail.length >= words.length) return false;
  return tail.every((w, i) => words[words.length - tail.length + i] === w);
}

/** The key without legal forms at either end and without spaces (F. Datini = F.Datini). */
export function looseKey(name: string): string {
  const key = matchKey(name.replace(/\([^()]*\)/g, ' '));
  const words = key.split(' ').filter((w) => w !== '');
  let changed = true;
  while (changed) {
    changed = false;
    for (const form of LEGAL_FORMS) {
      if (endsWith(words, form)) {
        words.length -= form.length;
        changed = true;
      }
    }
  }
  if (words.length > 1 && LEADING_FORMS.includes(words[0]!)) words.shift();
  return words.join('');
}

/** The name cut before each descriptor separator, longest first ("A ex B – C" → "A ex B", "A"). */
export function namesBeforeDescriptors(name: string): string[] {
  const heads: string[] = [];
  for (const m of name.matchAll(DESCRIPTOR)) {
    const head = name.slice(0, m.index).trim();
    if (head !== '' && matchKey(head) !== '') heads.push(head);
  }
  return heads.reverse();
}
