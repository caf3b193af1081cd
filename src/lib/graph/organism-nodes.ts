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
import { legalFormWarning, namesJoinedWarning, namesSplitAtBreakWarning } from './build-diagnostics';
import { IdentityMap } from './identity-map';

/** How a cell may join two names without a comma: " e ", " ed ", a slash. */
const JOINER = /\s+(?:e|ed)\s+|\s*\/\s*/i;

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
  /** Name as written → the organisms it joins with "e" or "/", or null when it is one name. */
  readonly #parts = new Map<string, readonly string[] | null>();

  constructor(
    private readonly graph: IndexedGraph,
    private readonly registry: OrganismMatcher,
    /** Where a spelling's warnings go, once per spelling. */
    private readonly diagnostics: Diagnostic[],
  ) {}

  /**
   * The row's organism names, each name that is two organisms read as the two, when the
   * registry knows both parts and not the whole:
   * - a name a page break joined from two halves ("Consiag srl" + "Estra spa");
   * - a name whose parts the cell joins with "e" or "/" rather than a comma ("Consiag
   *   S.p.A. e Estra S.p.A."). "Museo e Biblioteca", unknown in parts, stays one name.
   * A name the registry knows whole as another organism, or not in parts, is left as it is.
   */
  namesOf(row: ParsedRow): string[] {
    let names: string[] | undefined;
    for (let i = 0; i < row.organisms.length; i++) {
      const parts = this.#joinedParts(row.organisms[i]!, row);
      if (parts === null) continue;
      names ??= [...row.organisms];
      names.splice(names.indexOf(row.organisms[i]!), 1, ...parts.filter((n) => !names!.includes(n)));
    }
    const across = row.namesAcrossBreaks;
    if (across === undefined) return names ?? row.organisms;
    names ??= [...row.organisms];
    for (const { name, head, tail, line } of across) {
      const at = names.indexOf(name);
      if (at < 0 || this.registry.match(name).info.registered) continue;
      const parts = [this.registry.match(head), this.registry.match(tail)];
      if (!parts.every((m) => m.info.registered) || parts[0]!.key === parts[1]!.key) continue;
      names.splice(at, 1, ...[head, tail].filter((n) => !names!.includes(n)));
      this.diagnostics.push(namesSplitAtBreakWarning(row, line, name, head, tail));
    }
    return names;
  }

  /** The organisms a name joins with "e" or "/", worked out (and warned about) once per name; null when it is one. */
  #joinedParts(name: string, row: ParsedRow): readonly string[] | null {
    let parts = this.#parts.get(name);
    if (parts !== undefined) return parts;
    parts = null;
    if (JOINER.test(name)) {
      const whole = this.registry.match(name);
      const pieces = name.split(JOINER).map((p) => p.trim()).filter((p) => p !== '');
      const matches = pieces.map((p) => this.registry.match(p));
      const keys = new Set(matches.map((m) => m.key));
      // The whole may be registered through its first part alone (" / " starts a descriptor
      // for the registry): then the other parts would be lost. A whole registered as
      // something else ("Museo e Biblioteca", were it an entry) is one name.
      const wholeIsOne = whole.info.registered && !keys.has(whole.key);
      if (!wholeIsOne && pieces.length > 1 && matches.every((m) => m.info.registered) && keys.size === pieces.length) {
        parts = pieces;
        this.diagnostics.push(namesJoinedWarning(row, name, pieces));
      }
    }
    this.#parts.set(name, parts);
    return parts;
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
