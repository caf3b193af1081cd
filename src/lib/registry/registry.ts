/**
 * Matching organism names to the registry.
 *
 * The rule, most specific first; the first step that finds anything decides:
 * 1. the name's match key equals the key of an entry's canonical name, short name or alias;
 * 2. its loose key (legal forms at either end dropped, parenthesised remarks dropped,
 *    spaces ignored) equals the loose key of one of those;
 * 3. the same two tests on the name cut before a descriptor ("… ex CSN", "… – Polo …",
 *    "… (…)"), from the longest cut to the shortest.
 * When a step finds two or more entries, the name is ambiguous: it is not given to any of
 * them (never silently the first), but reported unregistered with the candidates. A name
 * that no step finds is unregistered: its key is its own match key and its label the name
 * as written, so a new document's organisms still become nodes.
 *
 * A name found by its loose key may end in another company form than the entry's
 * ("Consiag srl" for Consiag S.p.A.): it is still that entry, and the match says so
 * (`formDiffers`), for the builder to warn about.
 */
import type { OrganismMatch, Registry, RegistryEntry, RegistryFile } from './types';
import { matchKey } from '../dup/match-key';
import { companyForm, companyFormOf, looseKey, namesBeforeDescriptors } from './loose-name';

function namesOf(e: RegistryEntry): string[] {
  return [e.canonical, ...(e.short ? [e.short] : []), ...e.aliases];
}

function add(index: Map<string, Set<number>>, key: string, entry: number): void {
  if (key === '') return;
  let set = index.get(key);
  if (!set) index.set(key, (set = new Set()));
  set.add(entry);
}

export function createRegistry(file: RegistryFile): Registry {
  const entries = file.organisms;
  const exact = new Map<string, Set<number>>();
  const loose = new Map<string, Set<number>>();
  /** Per entry, the company forms its legal form and its names give it. */
  const forms = entries.map(() => new Set<string>());
  entries.forEach((e, i) => {
    for (const name of namesOf(e)) {
      add(exact, matchKey(name), i);
      add(loose, looseKey(name), i);
      const form = companyForm(name);
      if (form) forms[i]!.add(form);
    }
    const form = e.legalForm ? companyFormOf(e.legalForm) : undefined;
    if (form) forms[i]!.add(form);
  });

  const registered = (i: number, name: string): OrganismMatch => {
    const e = entries[i]!;
    const info: OrganismMatch['info'] = { canonical: e.canonical, registered: true };
    if (e.short) info.short = e.short;
    if (e.legalForm) info.legalForm = e.legalForm;
    const m: OrganismMatch = { key: matchKey(e.canonical), label: e.short ?? e.canonical, info };
    const written = companyForm(name);
    if (written && forms[i]!.size > 0 && !forms[i]!.has(written)) {
      m.formDiffers = { written, registered: e.legalForm ?? [...forms[i]!].join(', ') };
    }
    return m;
  };
  const unregistered = (name: string, ambiguous?: Set<number>): OrganismMatch => {
    const label = name.trim();
    const m: OrganismMatch = { key: matchKey(label), label, info: { canonical: label, registered: false } };
    if (ambiguous) m.ambiguous = [...ambiguous].sort((a, b) => a - b).map((i) => entries[i]!.canonical);
    return m;
  };
  const cache = new Map<string, OrganismMatch>();

  function find(name: string): OrganismMatch {
    for (const candidate of [name, ...namesBeforeDescriptors(name)]) {
      for (const hits of [exact.get(matchKey(candidate)), loose.get(looseKey(candidate))]) {
        if (!hits || hits.size === 0) continue;
        if (hits.size > 1) return unregistered(name, hits);
        return registered(hits.values().next().value!, name);
      }
    }
    return unregistered(name);
  }

  return {
    entries,
    match(name: string): OrganismMatch {
      let m = cache.get(name);
      if (!m) cache.set(name, (m = find(name)));
      // A copy: callers may attach things to the match without changing the cache.
      return { ...m, info: { ...m.info }, ...(m.ambiguous ? { ambiguous: [...m.ambiguous] } : {}), ...(m.formDiffers ? { formDiffers: { ...m.formDiffers } } : {}) };
    },
  };
}

export { validateRegistry, RegistryError } from './validate';
