/**
 * A row's actions from its cleaned AZIONI cell: one per paragraph, without the list marker
 * a bulleted or numbered list put before it (list-marker.ts: "• Prima azione" is the action
 * "Prima azione", whichever list style a year's document uses), less the paragraphs that
 * only say there is none (placeholder.ts). The cell's own array is shared when nothing
 * changes: rows are read-only once parsed.
 */
import { isPlaceholder } from './placeholder';
import { stripListMarker } from './list-marker';

export function actionsOf(paragraphs: readonly string[]): string[] {
  let out: string[] | undefined;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const text = stripListMarker(p);
    const keep = !isPlaceholder(text);
    if (out === undefined && keep && text === p) continue;
    out ??= paragraphs.slice(0, i);
    if (keep) out.push(text);
  }
  return out ?? (paragraphs as string[]);
}
