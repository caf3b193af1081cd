/**
 * How the selection set looks on the canvas, and which clicks change it. The primary node
 * keeps style.ts's solid red ring with a blue outline; the other members of the set get a
 * dashed ring of the same red and full opacity (the chain of the primary node fades the
 * rest): a difference of line style and width, never of colour alone. Labels keep their
 * weight (see style.ts on why a bold label is not used).
 */
import type { StyleRule } from './style';

export const MARKED_CLASS = 'marked';
const SELECT = '#B00020';

export function markedStyle(): StyleRule[] {
  return [
    {
      selector: `node.${MARKED_CLASS}`,
      style: { 'border-color': SELECT, 'border-width': 4, 'border-style': 'dashed', opacity: 1, 'text-opacity': 1, 'z-index': 25 },
    },
    // The primary node's ring wins where both apply (it is a member of the set too).
    { selector: `node.${MARKED_CLASS}.selected`, style: { 'border-style': 'solid', 'border-width': 5, 'z-index': 30 } },
  ];
}

/** Shift, Ctrl or Cmd held: the click adds the node to the set or takes it out, as in file managers and graph editors. */
export function toggleModifier(e: { shiftKey?: boolean; ctrlKey?: boolean; metaKey?: boolean } | null | undefined): boolean {
  return !!e && (!!e.shiftKey || !!e.ctrlKey || !!e.metaKey);
}
