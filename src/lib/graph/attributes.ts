/**
 * Extra columns (an indicator, a responsibility centre…) kept as attributes of the
 * management objective and of the actions of the row that carries them. When rows
 * sharing a node disagree, the distinct values are kept in order of appearance.
 */
import type { TramaNode } from './model';

const JOIN = '; ';
/** The distinct values behind each joined one: a value may itself contain "; ". */
const seen = new WeakMap<Record<string, string>, Map<string, Set<string>>>();

/** Column names are document text: "constructor" or "__proto__" must be plain keys. */
function attributesOf(node: TramaNode): Record<string, string> {
  return (node.attributes ??= Object.create(null) as Record<string, string>);
}

export function mergeAttributes(node: TramaNode, extra: Readonly<Record<string, string>>): void {
  for (const header of Object.keys(extra)) {
    const value = extra[header]!;
    if (value === '') continue;
    const attributes = attributesOf(node);
    let values = seen.get(attributes);
    if (values === undefined) seen.set(attributes, (values = new Map()));
    const distinct = values.get(header);
    if (distinct === undefined) {
      values.set(header, new Set([value]));
      attributes[header] = value;
    } else if (!distinct.has(value)) {
      distinct.add(value);
      attributes[header] = attributes[header] + JOIN + value;
    }
  }
}
