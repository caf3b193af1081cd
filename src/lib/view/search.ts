/**
 * Search over every text of the plan (labels, full texts, organism names and acronyms,
 * extra columns), ignoring case, accents and punctuation. Hits are ranked: the label
 * equal to the query, then starting with it, then a word of the label starting with it,
 * then anywhere in the label, then the same in the other texts. Ties: shorter labels
 * first (the more specific hit), then higher levels of the plan, then alphabetical.
 */
import { KIND_ORDER } from '../model/plan-index';
import type { NodeKind, PayloadNode } from '../types';

export type MatchQuality = 'exact' | 'prefix' | 'word' | 'substring' | 'words';
export type MatchField = 'label' | 'text';

export interface SearchHit {
  id: string;
  kind: NodeKind;
  label: string;
  quality: MatchQuality;
  field: MatchField;
  score: number;
}

interface Entry {
  node: PayloadNode;
  label: string;
  other: string;
}

/** Lower case, no diacritics, every run of non-letters or digits a single space. */
export function normalizeText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export class SearchIndex {
  readonly #nodes: readonly PayloadNode[];
  #built: Entry[] | null = null;

  // Normalising every text costs ~0.5 s at 20k nodes: done at the first search, not while
  // the page is drawing the graph.
  constructor(nodes: readonly PayloadNode[]) {
    this.#nodes = nodes;
  }

  get #entries(): Entry[] {
    return (this.#built ??= this.#nodes.map((node) => ({
      node,
      label: normalizeText(node.label),
      other: normalizeText(
        [
          node.text,
          node.organism?.canonical,
          node.organism?.short,
          ...Object.values(node.attributes ?? {}),
        ]
          .filter(Boolean)
          .join(' \u0000 '),
      ),
    })));
  }

  search(query: string, limit = 12): SearchHit[] {
    const q = normalizeText(query);
    if (!q) return [];
    const tokens = q.split(' ');
    const hits: SearchHit[] = [];
    for (const e of this.#entries) {
      const inLabel = grade(e.label, q, tokens);
      const inOther = inLabel === null ? grade(e.other, q, tokens) : null;
      const quality = inLabel ?? inOther;
      if (quality === null) continue;
      const field: MatchField = inLabel !== null ? 'label' : 'text';
      const score = QUALITY_SCORE[quality] + (field === 'text' ? 10 : 0);
      hits.push({ id: e.node.id, kind: e.node.kind, label: e.node.label, quality, field, score });
    }
    hits.sort(
      (a, b) =>
        a.score - b.score ||
        a.label.length - b.label.length ||
        KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        a.label.localeCompare(b.label, 'it'),
    );
    return hits.slice(0, limit);
  }
}

const QUALITY_SCORE: Record<MatchQuality, number> = { exact: 0, prefix: 1, word: 2, substring: 3, words: 4 };

function grade(hay: string, q: string, tokens: string[]): MatchQuality | null {
  if (!hay) return null;
  if (hay === q) return 'exact';
  if (hay.startsWith(q)) return 'prefix';
  const at = hay.indexOf(q);
  if (at > 0 && hay[at - 1] === ' ') return 'word';
  if (at >= 0) return 'substring';
  // Every word of the query starts a word of the text, in any order ("prato centro").
  if (tokens.length > 1 && tokens.every((t) => hay.startsWith(t) || hay.includes(' ' + t))) return 'words';
  return null;
}
