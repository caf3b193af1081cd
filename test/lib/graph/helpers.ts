/** Hand-built parser output for graph tests: the builder must not need the parser. */
import { COLUMNS, type Cell, type Column, type ParsedDocument, type ParsedRow } from '../../../src/lib/dup/types';
import { matchKey } from '../../../src/lib/dup/match-key';
import type { OrganismMatch } from '../../../src/lib/registry/types';
import type { OrganismMatcher } from '../../../src/lib/graph/model';
import type { LineKind } from '../../../src/lib/types';

export interface RowSpec {
  line: number;
  area: string;
  strategic: string;
  operational: string;
  management: string | string[];
  actions: string[];
  organisms: string[];
  extra?: Record<string, string>;
  lines?: number[];
}

const cell = (v: string | string[]): Cell => ({ paragraphs: (Array.isArray(v) ? v : [v]).filter((p) => p !== '') });

export function row(file: string, spec: RowSpec): ParsedRow {
  const values: Record<Column, string | string[]> = {
    area: spec.area, strategic: spec.strategic, operational: spec.operational,
    management: spec.management, actions: spec.actions, organisms: spec.organisms.join(', '),
  };
  return {
    file,
    line: spec.line,
    lines: spec.lines ?? [spec.line],
    cells: Object.fromEntries(COLUMNS.map((c) => [c, cell(values[c])])) as Record<Column, Cell>,
    actions: spec.actions,
    organisms: spec.organisms,
    extra: spec.extra ?? {},
  };
}

export function doc(file: string, specs: RowSpec[], meta: Partial<ParsedDocument['meta']> = {}): ParsedDocument {
  const last = Math.max(1, ...specs.flatMap((s) => s.lines ?? [s.line]));
  const lineKinds: LineKind[] = Array.from({ length: last }, () => 'blank');
  lineKinds[0] = 'header';
  const rawLines = new Map<number, string>();
  for (const s of specs) {
    for (const l of s.lines ?? [s.line]) {
      lineKinds[l - 1] = l === s.line ? 'row' : 'continuation';
      rawLines.set(l, `raw ${file}:${l}`);
    }
  }
  return {
    file, sha256: 'f'.repeat(64), meta: { titleLines: [], ...meta },
    rows: specs.map((s) => row(file, s)), lineKinds, rawLines,
    extraColumns: [...new Set(specs.flatMap((s) => Object.keys(s.extra ?? {})))], diagnostics: [],
  };
}

/** A registry stand-in: known names by match key, with short names; anything else unknown. */
export function fakeRegistry(known: Record<string, { canonical: string; short?: string; aliases?: string[] }>): OrganismMatcher {
  const byKey = new Map<string, { canonical: string; short?: string }>();
  for (const entry of Object.values(known)) {
    for (const name of [entry.canonical, ...(entry.aliases ?? [])]) byKey.set(matchKey(name), entry);
  }
  return {
    match(name: string): OrganismMatch {
      const entry = byKey.get(matchKey(name));
      if (!entry) return { key: matchKey(name), label: name, info: { canonical: name, registered: false } };
      return {
        key: matchKey(entry.canonical),
        label: entry.short ?? entry.canonical,
        info: { canonical: entry.canonical, ...(entry.short && { short: entry.short }), registered: true },
      };
    },
  };
}

export const REGISTRY = fakeRegistry({
  csc: { canonical: 'Consiag Servizi Comuni S.r.l.', aliases: ['Consiag Servizi Comuni srl'] },
  sori: { canonical: 'So.Ri. S.p.A.', short: 'So.Ri.', aliases: ['So.Ri spa', 'SORI'] },
  epp: { canonical: 'Edilizia Pubblica Pratese S.p.A.', short: 'EPP' },
  met: { canonical: 'Fondazione Teatro Metastasio', aliases: ['Teatro Metastasio'] },
});

/** A base row; override what a test is about. */
export function spec(line: number, over: Partial<RowSpec> = {}): RowSpec {
  return {
    line, area: 'CITTÀ DEL FUTURO', strategic: 'PRATO CITTÀ GREEN', operational: 'Sviluppare il verde urbano',
    management: 'Nuove aree verdi', actions: ['Progetto di forestazione'], organisms: ['Consiag Servizi Comuni srl'],
    ...over,
  };
}
