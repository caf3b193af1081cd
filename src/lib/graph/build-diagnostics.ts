/** The diagnostics the graph builder raises (the parser raises its own). */
import type { Diagnostic, NodeKind } from '../types';
import type { ParsedRow } from '../dup/types';
import type { UnknownOrganism } from './model';
import type { OrganismMatch } from '../registry/types';
import type { GraphView } from './indexed-graph';

const KIND_NAMES: Record<NodeKind, string> = {
  area: 'area',
  strategic_objective: 'strategic objective',
  operational_objective: 'operational objective',
  management_objective: 'management objective',
  action: 'action',
  organism: 'organism',
};

function quote(text: string): string {
  return `"${text.length > 80 ? text.slice(0, 79) + '…' : text}"`;
}

export function twoParentsWarning(graph: GraphView, parent: string, child: string, row: ParsedRow): Diagnostic {
  const childAttrs = graph.getNodeAttributes(child);
  const first = graph.inNeighbors(child)[0];
  return {
    level: 'warning',
    code: 'two-parents',
    file: row.file,
    line: row.line,
    message:
      `${KIND_NAMES[childAttrs.kind]} ${quote(childAttrs.label)} is under ${quote(graph.getNodeAttributes(first).label)}` +
      ` and also under ${quote(graph.getNodeAttributes(parent).label)}: one node, two parents`,
  };
}

export function incompleteRowWarning(row: ParsedRow, missing: NodeKind): Diagnostic {
  return {
    level: 'warning',
    code: 'incomplete-row',
    file: row.file,
    line: row.line,
    message: `row has no ${KIND_NAMES[missing]}: it is not in the graph below that level`,
  };
}

export function unknownOrganismWarning(u: UnknownOrganism): Diagnostic {
  return {
    level: 'warning',
    code: 'unknown-organism',
    file: u.file,
    line: u.line,
    message: `organism not in the registry: ${quote(u.name)} (${u.rows} row${u.rows === 1 ? '' : 's'})`,
  };
}

export function namesSplitAtBreakWarning(row: ParsedRow, line: number, name: string, head: string, tail: string): Diagnostic {
  return {
    level: 'warning',
    code: 'names-split-at-break',
    file: row.file,
    line,
    message:
      `the page break joined ${quote(head)} and ${quote(tail)} into ${quote(name)}, which the registry does not know:` +
      ' read as two organisms (a comma was probably lost at the break)',
  };
}

export function legalFormWarning(row: ParsedRow, name: string, match: OrganismMatch): Diagnostic {
  const { written, registered } = match.formDiffers!;
  return {
    level: 'warning',
    code: 'legal-form-differs',
    file: row.file,
    line: row.line,
    message:
      `${quote(name)} is taken as ${quote(match.info.canonical)}, but its legal form (${written}) is not the registry's (${registered}):` +
      ' check it is not another organism (if it is, add it to the registry)',
  };
}

export function namesJoinedWarning(row: ParsedRow, name: string, parts: readonly string[]): Diagnostic {
  return {
    level: 'warning',
    code: 'names-joined',
    file: row.file,
    line: row.line,
    message: `${quote(name)} is not in the registry, but its parts are: read as ${parts.length} organisms, ${parts.map(quote).join(', ')}`,
  };
}
