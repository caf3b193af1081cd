/**
 * Extra columns (an indicator, a responsibility centre…) kept as attributes of the
 * management objective and of the actions of the row that carries them. When rows
 * sharing a node disagree, the distinct values are kept in order of appearance.
 */
import type { TramaGraph } from './model';

const JOIN = '; ';

export function mergeAttributes(graph: TramaGraph, node: string, extra: Readonly<Record<string, string>>): void {
  let attributes: Record<string, string> | undefined;
  for (const [header, value] of Object.entries(extra)) {
    if (value === '') continue;
    attributes ??= graph.getNodeAttribute(node, 'attributes') ?? {};
    const previous = attributes[header];
    if (previous === undefined) attributes[header] = value;
    else if (!previous.split(JOIN).includes(value)) attributes[header] = previous + JOIN + value;
  }
  if (attributes !== undefined) graph.setNodeAttribute(node, 'attributes', attributes);
}
