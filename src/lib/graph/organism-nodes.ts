/**
 * Organism nodes: a name as written → the registry's match → one node per match key,
 * labelled as the registry says (or as first written, for an organism it does not know).
 * Names repeat on thousands of rows, so each spelling is matched once. Organisms the
 * registry does not know are counted, to be reported once each.
 */
import type { ParsedRow } from '../dup/types';
import type { IndexedGraph } from './indexed-graph';
import type { OrganismMatcher, UnknownOrganism } from './model';
import type { Diagnostic } from '../types';
import { idBase } from './identity';
import { legalFormWarning, namesSplitAtBreakWarning } from './build-diagnostics';
import { IdentityMap } from './identity-map';

interface KnownName {
  match: ReturnType<OrganismMatcher['match']>;
  index: number;
}

export class OrganismNodes {
  /** Organism match key → node, by the identity rule. */
  readonly #byKey = new IdentityMap();
  /** Name as written → its match and node. */
  readonly #byName = new Map<string, KnownName>();
  readonly #unknown = new Map<string, UnknownOrganism>();

  constructor(
    private readonly graph: IndexedGraph,
    private readonly registry: OrganismMatcher,
    /** Where a spelling's warnings go, once per spelling. */
    private readonly diagnostics: Diagnostic[],
  ) {}

  /**
   * The row's organism names, with each name a page break joined from two halves read as
   * the two names it was when the registry knows both halves and not the whole ("Consiag
   * srl Estra spa"). A name the registry knows whole, or not at all, is left as it is.
   */
  namesOf(row: ParsedRow): string[] {
    const across = row.namesAcrossBreaks;
    if (across === undefined) return row.organisms;
    const names = [...row.organisms];
    for (const { name, head, tail, line } of across) {
      const at = names.indexOf(name);
      if (at < 0 || this.registry.match(name).info.registered) continue;
      const parts = [this.registry.match(head), this.registry.match(tail)];
      if (!parts.every((m) => m.info.registered) || parts[0]!.key === parts[1]!.key) continue;
      names.splice(at, 1, ...[head, tail].filter((n) => !names.includes(n)));
      this.diagnostics.push(namesSplitAtBreakWarning(row, line, name, head, tail));
    }
    return names;
  }

  /** The node of the organism `name` (as written on `row`), added when new. */
  node(name: string, row: ParsedRow): number {
    let known = this.#byName.get(name);
    if (known === undefined) {
      const match = this.registry.match(name);
      let index = this.#byKey.get(match.key);
      if (index === undefined) {
        const text = match.info.registered ? match.info.canonical : name;
        index = this.graph.addNodeUnder(idBase('organism', match.key), {
          kind: 'organism', key: match.key, label: match.label, paragraphs: [text], organism: match.info,
        });
        this.#byKey.set(match.key, index);
      }
      known = { match, index };
      this.#byName.set(name, known);
      if (match.formDiffers) this.diagnostics.push(legalFormWarning(row, name, match));
    }
    if (!known.match.info.registered) this.#noteUnknown(this.graph.ids[known.index]!, name, row);
    return known.index;
  }

  #noteUnknown(id: string, name: string, row: ParsedRow): void {
    const seen = this.#unknown.get(id);
    if (seen === undefined) {
      this.#unknown.set(id, { id, name, file: row.file, line: row.line, rows: 1 });
    } else {
      seen.rows += 1;
    }
  }

  /** Organisms not in the registry, in order of first mention. */
  unknown(): UnknownOrganism[] {
    return [...this.#unknown.values()];
  }
}
