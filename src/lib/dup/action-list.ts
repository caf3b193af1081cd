/**
 * A row's actions from its cleaned AZIONI cell: one per paragraph, less the paragraphs that
 * only say there is none (placeholder.ts). The cell's own array is shared when nothing is
 * left out: rows are read-only once parsed.
 */
import { isPlaceholder } from './placeholder';

export function actionsOf(paragraphs: readonly string[]): string[] {
  let out: string[] | undefined;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (isPlaceholder(p)) out ??= paragraphs.slice(0, i);
    else out?.push(p);
  }
  return out ?? (paragraphs as string[]);
}
