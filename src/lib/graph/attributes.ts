/**
 * Extra columns (an indicator, a responsibility centre…) kept as attributes of the
 * management objective and of the actions of the row that carries them. When rows
 * sharing a node disagree, the distinct values are kept in order of appearance.
 */
import type { TramaNode } from './model';

const JOIN = '; ';

export function mergeAttributes(node: TramaNode, extra: Readonly<Record<string, string>>): void {
  for (const header in extra) {
    const value = extra[header]!;
    if (value === '') continue;
    const attributes = (node.attributes ??= {});
    const previous = attributes[header];
    if (previous === undefined) attributes[header] = value;
    else if (!previous.split(JOIN).includes(value)) attributes[header] = previous + JOIN + value;
  }
}
