/**
 * Texts that stand for "none" in a list cell: a dash, a slash, "n.d.", "N/A", "nessuno".
 * A planning table prints them where a row has no action or no organism assigned; read as
 * text they became an action "—" or an organism "n.d." (unregistered, with edges to every
 * action of the row). In the AZIONI and organisms cells they name nothing, and the row gets
 * the warning an empty cell gets. Other cells keep them as written: there the graph needs
 * a node, and a dash is the document's word for it.
 */
import { matchKey } from './match-key';

/** Placeholders are short: longer texts skip the match key. */
const MAX_PLACEHOLDER = 24;
/** Match keys of "not available" / "none" (`n.d.`, `N/D`, `n.a.`, `N/A`…). */
const NONE = new Set(['nd', 'n d', 'na', 'n a', 'nessuno', 'nessuna', 'nessun organismo', 'non previsto', 'non prevista', 'non presente', 'non applicabile']);

/** True when `text` (cleaned) only says that there is nothing: no letter or digit at all, or a "none" word. */
export function isPlaceholder(text: string): boolean {
  if (text.length > MAX_PLACEHOLDER) return false;
  const key = matchKey(text);
  return key === '' || NONE.has(key);
}
