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

/** Company forms, spelled without spaces ("S.c.a r.l." keys as "sca rl"), each with the
 *  one abbreviation it is the same form as. Other forms (onlus, ets…) say what a body is,
 *  not which company: they are never compared. */
const COMPANY_FORMS: Record<string, string> = {
  spa: 'spa', societaperazioni: 'spa', srl: 'srl', societaaresponsabilitalimitata: 'srl',
  srls: 'srls', societaaresponsabilitalimitatasemplificata: 'srls', scrl: 'scrl', scarl: 'scrl',
  societaconsortilearesponsabilitalimitata: 'scrl', scpa: 'scpa', societaconsortileperazioni: 'scpa',
  sapa: 'sapa', sas: 'sas', snc: 'snc', coop: 'coop', soccoop: 'coop', societacooperativa: 'coop',
  sc: 'coop', societacooperativasociale: 'coop',
};

function endsWith(words: string[], tail: string[]): boolean {
  if (tail.length >= words.length) return false;
  return tail.every((w, i) => words[words.length - tail.length + i] === w);
}

/** The words of a name's key and the legal forms at its end (last first), taken off them. */
function trailingForms(name: string): { words: string[]; forms: string[] } {
  const key = matchKey(name.replace(/\([^()]*\)/g, ' '));
  const words = key.split(' ').filter((w) => w !== '');
  const forms: string[] = [];
  let changed = true;
  while (changed) {
    changed = false;
    for (const form of LEGAL_FORMS) {
      if (endsWith(words, form)) {
        words.length -= form.length;
        forms.push(form.join(''));
        changed = true;
      }
    }
  }
  return { words, forms };
}

/** The key without legal forms at either end and without spaces (F. Datini = F.Datini). */
export function looseKey(name: string): string {
  const { words } = trailingForms(name);
  if (words.length > 1 && LEADING_FORMS.includes(words[0]!)) words.shift();
  return words.join('');
}

/** The company form a name ends in ("Consiag srl" → "srl", "Alfa S.p.A. Onlus" → "spa"), if any. */
export function companyForm(name: string): string | undefined {
  for (const form of trailingForms(name).forms) if (COMPANY_FORMS[form] !== undefined) return COMPANY_FORMS[form];
  return undefined;
}

/** The company form a legal form ("S.p.A.", "S.c.a r.l.") is, if it is one. */
export function companyFormOf(legalForm: string): string | undefined {
  return COMPANY_FORMS[matchKey(legalForm).replaceAll(' ', '')];
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
